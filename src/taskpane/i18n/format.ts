/**
 * Numbers, dates and lists as the pane shows them, in the pane's language: the one place the pane
 * formats a figure, so a second language (issue 14) changes them all. Cell values go through the
 * same Excel-format formatter the preview host's worksheet uses (src/shared/number-format.ts).
 */
import {
  displayCell,
  isoToSerial,
  type DisplayValue,
  type Displayed,
} from "../../shared/number-format";
import { currentLanguage, currentLocale } from "./index";

/** A value as the sheet will show it in `numberFormat`. */
export function formatCell(value: DisplayValue, numberFormat: string): Displayed {
  return displayCell(value, numberFormat, currentLocale());
}

/** 73981 -> "73,981"; with digits, fixed decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString(currentLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A balance date as the sheet's headers show it: 2023-09-30 -> "30-Sep-23". */
export function formatDate(iso: string): string {
  return formatCell(isoToSerial(iso), "d-mmm-yy").text;
}

/** A clock time: "14:05:09". */
export function formatTime(date: Date): string {
  return date.toLocaleTimeString(currentLocale(), { hour12: false });
}

/** A list of names: "1H22, 2H22, FY22". */
export function formatList(items: readonly string[]): string {
  return items.join(currentLanguage() === "en" ? ", " : "、");
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

/** A balance date short, as the picker's cells show it under their day-month column: "Sep-23". */
export function formatMonthYear(iso: string): string {
  return formatCell(isoToSerial(iso), "mmm-yy").text;
}
