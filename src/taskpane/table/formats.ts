/**
 * Number formats an analyst keeps: accounting style, negatives in parentheses, a dash for zero,
 * decimals by unit (JPY bn one place, yen per share two, ratios 0.0%, counts and Gbps as
 * printed). Money figures follow the unit corner: the base format is the inserted unit's, and a
 * conditional format on the figures (custom rule on the corner cell) switches to the other.
 */
import { parseMoneyUnit, type MoneyUnit, type Unit } from "../../data/unit";
import { query } from "../../functions/iij";
import { linePrinting } from "../../data/line-facts";
import { parseIIJCalls } from "../source-card";

/** Accounting style with `decimals` places: 1,234 / (1,234) / –. */
export function accounting(decimals: number): string {
  const number = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return `${number};(${number});"–"`;
}

/** Money: one decimal in billions, whole numbers otherwise. */
export function moneyFormat(unit: MoneyUnit): string {
  return accounting(unit === "JPY bn" ? 1 : 0);
}

/**
 * Yen per share on the latest share basis: two places as printed, and a third where a split
 * makes one (29.25 yen before a 2-for-1 split is 14.625, not 14.63).
 */
export const ADJUSTED_YEN_FORMAT = '#,##0.00#;(#,##0.00#);"–"';

/** Growth rates and margins (fractions): 5.1%, (2.3%). */
export const RATIO_FORMAT = "0.0%;(0.0%);0.0%";

/** Balance dates in headers: 30-Sep-23. */
export const DATE_FORMAT = "d-mmm-yy";

/** A figure's format by its printed unit; money rows take the table's unit. */
export function figureFormat(unit: Unit, decimals: number, tableUnit: MoneyUnit): string {
  switch (unit) {
    case "yen":
      return accounting(2);
    case "%":
      return RATIO_FORMAT;
    case "count":
    case "Gbps":
      return accounting(decimals);
    default:
      return moneyFormat(tableUnit);
  }
}

/**
 * The custom-rule formula that holds while the corner names billions: Excel compares text
 * without regard to case, and IIJ's functions also take "billions" and 1000000000.
 */
export function billionsRule(corner: string): string {
  return `=OR(${corner}="JPY bn",${corner}="billions",${corner}=1000000000)`;
}

/** The rule for the other money units, when the table was inserted in billions. */
export function notBillionsRule(corner: string): string {
  return `=NOT(${billionsRule(corner).slice(1)})`;
}

function literal(arg: ReturnType<typeof parseIIJCalls>[number]["args"][number] | undefined) {
  if (!arg) return undefined;
  if (arg.kind === "string") return arg.value;
  if (arg.kind === "number") return arg.value;
  return undefined;
}

/**
 * The format a single IIJ.* formula gets when the function reference inserts it: the same as in
 * a table. Money in the unit its unit argument names (JPY mn when none, or a cell reference).
 */
export function formulaNumberFormat(formula: string, unit: MoneyUnit = "JPY mn"): string {
  const [call] = parseIIJCalls(formula);
  if (!call) return "General";
  const name = call.name.toUpperCase();
  const unitOf = (index: number): MoneyUnit => {
    const given = literal(call.args[index]);
    if (given === undefined || given === "") return unit;
    try {
      return parseMoneyUnit(given);
    } catch {
      return unit;
    }
  };
  switch (name) {
    case "REVENUE":
    case "COST":
    case "GROSSPROFIT":
    case "OPERATINGPROFIT":
      return moneyFormat(unitOf(2));
    case "YOY":
      return RATIO_FORMAT;
    case "PERIOD":
      // Text ("1H23") shows as typed; a balance's date serial as the date headers show dates.
      return DATE_FORMAT;
    case "VALUE":
    case "KPI": {
      const item = literal(call.args[0]);
      if (typeof item !== "string") return moneyFormat(unitOf(2));
      try {
        const printing = linePrinting(query(), name === "KPI" ? "KPI" : "VALUE", item);
        // A formula's percentages stay as printed (47.0): only tables divide them by 100.
        if (printing.unit === "%") return accounting(Math.max(1, printing.decimals));
        return figureFormat(printing.unit, printing.decimals, unitOf(2));
      } catch {
        return moneyFormat(unitOf(2));
      }
    }
    default:
      return "General";
  }
}
