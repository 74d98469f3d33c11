/**
 * A cell value as Excel displays it in a number format (`#,##0;(#,##0);"–"`, `#,##0.0`, `0.0%`,
 * `d-mmm-yy`, General, ...), through numfmt, a library written to follow Excel's formatter. The
 * pane's preview grid and the preview host's worksheet both show figures through here, so what the
 * pane previews is what the sheet shows.
 */
import { format, formatColor } from "numfmt";

export type DisplayValue = number | string | boolean | null | undefined;

export interface Displayed {
  readonly text: string;
  /** Excel's default alignment: numbers right, text left, errors and booleans centred. */
  readonly align: "left" | "right" | "center";
  /** A colour a format section names ("[Red]"), as a CSS colour. */
  readonly color?: string;
  readonly error: boolean;
}

const ERROR = /^#(?:N\/A|VALUE!|REF!|NAME\?|NUM!|DIV\/0!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function isErrorValue(value: DisplayValue): value is string {
  return typeof value === "string" && ERROR.test(value);
}

/** The text Excel shows for `value` in `numberFormat`; `locale` for month names and separators. */
export function displayCell(
  value: DisplayValue,
  numberFormat = "General",
  locale = "en-US"
): Displayed {
  if (value === null || value === undefined || value === "")
    return { text: "", align: "left", error: false };
  if (typeof value === "boolean")
    return { text: value ? "TRUE" : "FALSE", align: "center", error: false };
  if (isErrorValue(value)) return { text: value, align: "center", error: true };
  const pattern = numberFormat || "General";
  const options = { locale, throws: false, invalid: "######", nbsp: false };
  if (typeof value === "string")
    // A text section ("@") may dress text; otherwise Excel shows it as typed.
    return {
      text: pattern.includes("@") ? format(pattern, value, options) : value,
      align: "left",
      error: false,
    };
  const color = formatColor(pattern, value, { throws: false });
  return {
    text: format(pattern, value, options),
    align: "right",
    color: typeof color === "string" ? color : undefined,
    error: false,
  };
}

/** An ISO date (2023-09-30) as Excel's serial number (45199), the value a date cell holds. */
export { isoToExcelSerial as isoToSerial } from "../data/period";
