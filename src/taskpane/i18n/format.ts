/**
 * Numbers, dates and lists as the pane shows them, in the pane's language: the one place the pane
 * formats a figure. Cell values go through the same Excel-format formatter the preview host's
 * worksheet uses (src/shared/number-format.ts), as the sheet shows them in every language.
 */
import {
  displayCell,
  isoToSerial,
  type DisplayValue,
  type Displayed,
} from "../../shared/number-format";
import { currentLanguage, currentLocale, t, type StringKey } from "./index";

/**
 * Excel shows a cell's format codes the same in every display language (`d-mmm-yy` gives
 * 30-Sep-23 in Japanese Excel too; a month in Japanese needs a locale in the format), so a cell as
 * the sheet shows it is formatted the one way whatever the pane's language.
 */
const SHEET_LOCALE = "en-US";

/** A value as the sheet will show it in `numberFormat`. */
export function formatCell(value: DisplayValue, numberFormat: string): Displayed {
  return displayCell(value, numberFormat, SHEET_LOCALE);
}

/** 73981 -> "73,981"; with digits, fixed decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString(currentLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A balance date in the pane's words: "30-Sep-23" as the sheet's headers show it; "2023/09/30" in Japanese. */
export function formatDate(iso: string): string {
  return displayCell(isoToSerial(iso), currentLanguage() === "ja" ? "yyyy/mm/dd" : "d-mmm-yy").text;
}

/** A calendar day such as a filing date: 2023-11-14 as it is; "2023/11/14" in Japanese. */
export function formatDay(iso: string): string {
  return currentLanguage() === "ja" && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso) : iso;
}

/** A clock time: "14:05:09". */
export function formatTime(date: Date): string {
  return date.toLocaleTimeString(currentLocale(), { hour12: false });
}

/** A list of names: "1H22, 2H22, FY22"; "1H22、2H22、FY22" in Japanese. */
export function formatList(items: readonly string[]): string {
  return items.join(currentLanguage() === "ja" ? "、" : ", ");
}

/** A period code or a balance date, for the pane's words: "1H23" stays, "2023-09-30" -> "30-Sep-23". */
export function formatPeriod(code: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(code) ? formatDate(code) : code;
}

/** A figure as printed, up to `maxDigits` decimals: 61203.901 -> "61,203.901". */
export function formatFigure(value: number, maxDigits = 6): string {
  return value.toLocaleString(currentLocale(), { maximumFractionDigits: maxDigits });
}

/** A chart bar's value: whole numbers from 100 up, three significant digits below. */
export function formatShort(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return formatNumber(Math.round(value));
  return value.toLocaleString(currentLocale(), { maximumSignificantDigits: 3 });
}

/** A balance date short, as the picker's cells show it under their day-month column: "Sep-23"; "2023/09". */
export function formatMonthYear(iso: string): string {
  return displayCell(isoToSerial(iso), currentLanguage() === "ja" ? "yyyy/mm" : "mmm-yy").text;
}

/** A unit in the pane's words: "JPY mn"; "百万円" in Japanese. Units the pane does not name stay as they are. */
export function formatUnit(unit: string): string {
  const key = `unit.${unit}` as StringKey;
  const name = t(key);
  return name === key ? unit : name;
}
