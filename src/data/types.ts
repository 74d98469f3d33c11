import type { Unit } from "./unit";

/** Where in a filing a figure is printed: a statement, a note or a part of the management analysis. */
export type Statement =
  | "profit-or-loss"
  | "comprehensive-income"
  | "financial-position"
  | "cash-flows"
  | "changes-in-equity"
  | "selected-data"
  | "segments"
  | "revenue-by-service"
  | "network-breakdown"
  | "operating-summary"
  | "kpi"
  | "si-orders"
  | "employees"
  | "dividends"
  | "eps"
  | "shares"
  | "financial-instruments"
  | "other-financial-assets"
  | "other-financial-liabilities"
  | "leases"
  | "fair-value"
  | "shareholders"
  | "adjusted";

export const STATEMENTS: readonly Statement[] = [
  "profit-or-loss",
  "comprehensive-income",
  "financial-position",
  "cash-flows",
  "changes-in-equity",
  "selected-data",
  "segments",
  "revenue-by-service",
  "network-breakdown",
  "operating-summary",
  "kpi",
  "si-orders",
  "employees",
  "dividends",
  "eps",
  "shares",
  "financial-instruments",
  "other-financial-assets",
  "other-financial-liabilities",
  "leases",
  "fair-value",
  "shareholders",
  "adjusted",
];

/** How a statement is named to users, in `IIJ.ITEMS("Cash flows")` and in prefixes like "Cash flows: Other". */
export const STATEMENT_TITLES: Record<Statement, string> = {
  "profit-or-loss": "Profit or loss",
  "comprehensive-income": "Comprehensive income",
  "financial-position": "Financial position",
  "cash-flows": "Cash flows",
  "changes-in-equity": "Changes in equity",
  "selected-data": "Selected data",
  segments: "Segments",
  "revenue-by-service": "Revenue by service",
  "network-breakdown": "Network breakdown",
  "operating-summary": "Operating summary",
  kpi: "KPI",
  "si-orders": "SI orders",
  employees: "Employees",
  dividends: "Dividends",
  eps: "EPS",
  shares: "Shares",
  "financial-instruments": "Financial instruments",
  "other-financial-assets": "Other financial assets",
  "other-financial-liabilities": "Other financial liabilities",
  leases: "Leases",
  "fair-value": "Fair value",
  shareholders: "Major shareholders",
  adjusted: "Adjusted",
};

/**
 * What a line's figures are. A `flow` is for a stretch of time (revenue for 1H23); a `balance` is at
 * a date (total assets at 2023-09-30). `opening` and `closing` are balances printed in a flow
 * statement or note, under a period's column: the balance on the first or the last day of that
 * period (cash and cash equivalents at the beginning and at the end of 1H23). A balance is never the
 * difference of two figures, so only money flows are derived by subtraction.
 */
export type LineKind = "flow" | "balance" | "opening" | "closing";

export const LINE_KINDS: readonly LineKind[] = ["flow", "balance", "opening", "closing"];

/** `reported` is what the filing's statements say; `adjusted` is a restatement it prints beside them. */
export type Basis = "reported" | "adjusted";

/** A stock split as a filing prints it: from its effective date, each share is `ratio` shares. */
export interface ShareSplit {
  /** ISO date the split takes effect: 2022-10-01. */
  readonly effective: string;
  /** New shares per old share: 2 for a two-for-one split. */
  readonly ratio: number;
  /** 1-based line of the filing's text that prints it. */
  readonly line: number;
  /** The words as printed on that line (verify-data checks they are there). */
  readonly printed: string;
}

/** One filing the dataset is built from. */
export interface Report {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  /** ISO date; a later filing's figure wins where two print the same one. */
  readonly filed: string;
  /** The stock splits the filing prints. */
  readonly splits?: readonly ShareSplit[];
  /**
   * Tables whose per-share figures are per share on the record date, the period's last day
   * (dividends), not restated for later splits: `share_basis: record-date` in the source.
   */
  readonly recordDateTables?: readonly string[];
}

/** One figure as a filing prints it, or as it follows exactly from printed ones. */
export interface Figure {
  readonly report: string;
  readonly statement: Statement;
  /** The canonical item: the same concept has the same name in every filing. */
  readonly item: string;
  /** The label as printed, where it differs from the item. */
  readonly label?: string;
  /** Period code: 1H23, FY22, 2023-09-30. */
  readonly period: string;
  /** Exact decimal string in `unit`, sign as printed: "-4788074". */
  readonly value: string;
  readonly unit: Unit;
  /** The text as printed, "(4,788,074)"; absent for a derived figure. */
  readonly printed?: string;
  /** 1-based line in the filing's text; absent for a derived figure. */
  readonly line?: number;
  /** For a figure not printed: how it follows from printed ones in the same table. */
  readonly formula?: string;
  readonly basis: Basis;
  /** What the line measures: the same for every figure of a line and of the lines it repeats. */
  readonly kind: LineKind;
  /** Of an opening balance: the item (same statement) whose closing balance the next period opens with. */
  readonly closingItem?: string;
  /** Of an opening or closing balance: "<statement>: <item>" of the same balance at dates, if printed. */
  readonly balanceOf?: string;
  /** "<statement>: <item>" of the figure this one repeats (summary tables, selected data). */
  readonly sameAs?: string;
  /** Where the filing itself prints two figures that disagree. */
  readonly discrepancy?: string;
  /** The table within the source file, e.g. "pl-6m". */
  readonly table: string;
  /** What the filing calls the table or note, for the source card. */
  readonly source: string;
}
