/** The kinds of table the pane builds, and what each offers. */
import type { MoneyUnit } from "../../data/unit";
import type { Periodicity, TableKind } from "./types";

export interface KindInfo {
  readonly id: TableKind;
  /** "dates": balances, one column per balance date; "periods": flows. */
  readonly columns: "periods" | "dates";
  readonly yoy: boolean;
  readonly margin: boolean;
  /**
   * A matrix laid out as the report prints it (changes in equity: movements down, components
   * across, a block per period): no transposing, no rolling headers.
   */
  readonly matrix?: boolean;
}

/** In the order the pane offers them. */
export const TABLE_KINDS: readonly KindInfo[] = [
  { id: "revenue", columns: "periods", yoy: true, margin: false },
  { id: "cost", columns: "periods", yoy: true, margin: true },
  { id: "segments", columns: "periods", yoy: true, margin: true },
  { id: "pl", columns: "periods", yoy: true, margin: true },
  { id: "oci", columns: "periods", yoy: true, margin: false },
  { id: "equity", columns: "periods", yoy: false, margin: false, matrix: true },
  { id: "balance", columns: "dates", yoy: false, margin: false },
  { id: "cashflow", columns: "periods", yoy: true, margin: false },
  { id: "kpi", columns: "dates", yoy: true, margin: false },
  { id: "search", columns: "periods", yoy: true, margin: false },
];

export function kindInfo(kind: TableKind): KindInfo {
  const info = TABLE_KINDS.find((k) => k.id === kind);
  if (!info) throw new Error(`"${kind}" is not a kind of table`);
  return info;
}

/** The units a table can be written in; money rows follow the corner, other rows keep their own. */
export const TABLE_UNITS: readonly MoneyUnit[] = ["JPY mn", "JPY bn", "JPY k", "JPY"];

export const PERIODICITIES: readonly Periodicity[] = [
  "as-picked",
  "quarters",
  "halves",
  "years",
  "ltm",
];
