/**
 * Periods as Japanese disclosure and research write them, read as the period codes the rest of
 * the add-in knows. IIJ's fiscal year ends on 31 March, and Japanese names it two ways:
 * 2024年3月期 (the year ending March 2024) and 2023年度 (the year begun in 2023) are both FY2023,
 * April 2023 - March 2024.
 *
 *   2024年3月期 第2四半期, 2024年3月期 2Q      2Q2023, the three months July-September 2023
 *   2024年3月期 第2四半期累計                  1H2023 (第1四半期累計 1Q, 第3四半期累計 9M, 第4四半期累計 FY)
 *   2024年3月期 上期 / 中間期, 2023年度上期     1H2023; 下期 2H2023
 *   2024年3月期, 2023年度, 2024年3月期 通期     FY2023
 *   24/3期 2Q, 24.3期 1H, 24年3月期 9M          the short forms of research notes
 *   2023年9月30日, 2023/9/30, 2023年9月末       2023-09-30, a balance date
 *
 * Full-width digits and spaces read like ASCII ones (./width). Plain ASCII codes ("1H23") pass
 * through untouched, so the English parser (../period) sees exactly what it saw before.
 */
import { errorText, quoted } from "../messages";
import { hasNonAscii, narrow } from "./width";

/** The error the caller throws for what it cannot read (period.ts passes PeriodSyntaxError). */
type ErrorClass = new (message: string) => Error;

/** The forms, in words of no language but the forms' own: error messages in either quote them. */
const JAPANESE_PERIOD_FORMS =
  '"2024年3月期 第2四半期", "2024年3月期 第2四半期累計", "2024年3月期 上期" (中間期、下期), ' +
  '"2023年度上期", "2024年3月期", "2023年度", "24/3期 2Q", "2023年9月30日", "2023/9/30"';

/** Kana or kanji: text meant as Japanese, which is told the Japanese forms when it cannot be read. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

const DATE = /^(\d{4})(?:年(\d{1,2})月(?:(\d{1,2})日|(末))|\/(\d{1,2})\/(\d{1,2}))$/;

/** The fiscal year named first: 2024年3月期, 24年3月期, 24/3期, 24.3期, or 2023年度. */
const FISCAL_YEAR = /^(?:(\d{4}|\d{2})(?:年(\d{1,2})月|[/.](\d{1,2}))期|(\d{4}|\d{2})年度)(.*)$/;

const QUARTER = /^第([1-4一二三四])四半期(連結)?(累計)?(?:会計)?(?:期間)?$/;
const CODE = /^(?:([1-4])Q|Q([1-4])|([12])H|H([12]))$/;

const KANJI_DIGITS: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4" };

/** 第N四半期累計: April to the end of quarter N (the third is nine months, 9M). */
const CUMULATIVE: Record<string, string> = { "1": "1Q", "2": "1H", "3": "9M", "4": "FY" };

/** 上期, 中間期 ... : the half or year a word names. */
const PART_WORDS: Record<string, string> = {
  "": "FY",
  通期: "FY",
  上期: "1H",
  上半期: "1H",
  中間期: "1H",
  中間: "1H",
  下期: "2H",
  下半期: "2H",
};

function fullYear(digits: string): number {
  return digits.length === 4 ? Number(digits) : 2000 + Number(digits);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: string, month: string | number, day: string | number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The span code a part after the fiscal year names ("第2四半期" -> "2Q"), if any. */
function spanOf(part: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(PART_WORDS, part)) return PART_WORDS[part];
  const upper = part.toUpperCase();
  if (upper === "9M") return "9M";
  const code = CODE.exec(upper);
  if (code) return code[1] ? `${code[1]}Q` : code[2] ? `${code[2]}Q` : `${code[3] ?? code[4]}H`;
  const quarter = QUARTER.exec(part);
  if (!quarter) return undefined;
  const n = KANJI_DIGITS[quarter[1]] ?? quarter[1];
  if (!quarter[3]) return `${n}Q`;
  return CUMULATIVE[n];
}

/**
 * The period code Japanese text stands for ("2024年3月期 第2四半期" -> "2Q2023"); any other text
 * comes back as it was, full-width characters narrowed. Text in Japanese script that is no period
 * throws `fail` with the accepted forms.
 */
export function fromJapanesePeriod(input: string, fail: ErrorClass): string {
  if (!hasNonAscii(input) && !input.includes("/")) return input;
  const text = narrow(input).replace(/\s+/g, "");

  const date = DATE.exec(text);
  if (date) {
    const [, year, month, day, monthEnd, slashMonth, slashDay] = date;
    if (slashMonth) return isoDate(year, slashMonth, slashDay);
    return isoDate(year, month, monthEnd ? lastDay(Number(year), Number(month)) : day);
  }

  const fiscal = FISCAL_YEAR.exec(text);
  if (fiscal) {
    const [, endYear, endMonth, shortMonth, startYear, part] = fiscal;
    const month = endMonth ?? shortMonth;
    if (month !== undefined && Number(month) !== 3)
      throw new fail(errorText("period.march", { value: quoted(input) }));
    const year = endYear !== undefined ? fullYear(endYear) - 1 : fullYear(startYear);
    const span = spanOf(part);
    if (span) return span === "FY" ? `FY${year}` : `${span}${year}`;
  }

  if (JAPANESE_SCRIPT.test(text))
    throw new fail(
      errorText("period.japanese", { value: quoted(input), forms: JAPANESE_PERIOD_FORMS })
    );
  return narrow(input);
}
