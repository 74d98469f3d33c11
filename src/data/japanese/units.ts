/**
 * Money units as Japanese filings head their tables (単位：百万円) and analysts write them. 億円,
 * 10^8 yen, is the unit Japanese research quotes revenue in; it has no English counterpart among
 * the printed units, so ../unit has "JPY 100mn" for it and scales exactly like the others.
 */
import { errorText, quoted } from "../messages";
import { hasNonAscii, narrow } from "./width";

/** The money units the Japanese ones stand for: each one of ../unit's MoneyUnit. */
export type JapaneseMoneyUnit = "JPY" | "JPY k" | "JPY mn" | "JPY 100mn" | "JPY bn";

type ErrorClass = new (message: string) => Error;

export const JAPANESE_UNITS: Readonly<Record<string, JapaneseMoneyUnit>> = {
  円: "JPY",
  千円: "JPY k",
  百万円: "JPY mn",
  億円: "JPY 100mn",
  十億円: "JPY bn",
};

/**
 * The money unit a Japanese unit names ("百万円", "単位：百万円", "千円" after an ideographic space), undefined for
 * anything else but text in Japanese script, which throws `fail` naming the accepted units.
 */
export function fromJapaneseMoneyUnit(
  input: string | number,
  fail: ErrorClass
): JapaneseMoneyUnit | undefined {
  if (typeof input !== "string" || !hasNonAscii(input)) return undefined;
  const key = narrow(input)
    .replace(/\s+/g, "")
    .replace(/^単位:?/, "");
  if (Object.prototype.hasOwnProperty.call(JAPANESE_UNITS, key)) return JAPANESE_UNITS[key];
  if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(key)) return undefined;
  throw new fail(
    errorText("unit.japanese", {
      value: quoted(input),
      list: Object.keys(JAPANESE_UNITS).map(quoted).join(", "),
    })
  );
}
