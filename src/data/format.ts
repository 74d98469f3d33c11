/** Figures written the way the filings print them, for derivations and source descriptions. */
import type Decimal from "decimal.js";

/** A figure the way the filings print it: 61,203.901, and (4,788,074) when negative. */
export function formatDecimal(value: Decimal): string {
  const [whole, fraction] = value.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = fraction ? `${grouped}.${fraction}` : grouped;
  return value.isNegative() ? `(${text})` : text;
}
