/**
 * The shapes the table builder trades in: what the pane asks for (TableRequest), what goes into
 * the sheet (TablePlan), the values a preview shows (PreviewGrid) and what a search finds.
 * No Office.js and no DOM here: the plan is plain data that excel-actions.ts writes in one batch.
 */
import type { MoneyUnit, Unit } from "../../data/unit";
import type { CellIndex, RangeIndex } from "../a1";

/** What a table shows. The ids double as the e2e screenshot names (table-<kind>.png). */
export type TableKind =
  | "revenue"
  | "cost"
  | "segments"
  | "pl"
  | "oci"
  | "equity"
  | "balance"
  | "cashflow"
  | "kpi"
  | "search";

/**
 * Which periods a table keeps of those picked: one kind per table, or all of them. "ltm": the
 * twelve months to each quarter's end (LTM2Q23), and for balances every quarter-end date.
 */
export type Periodicity = "as-picked" | "quarters" | "halves" | "years" | "ltm";

export type Layout = "across" | "down";

/** Where a table goes: a cell, on the sheet named or else the active one ("Sheet2!C5"). */
export interface TableTarget extends CellIndex {
  readonly sheet?: string;
}

export interface TableRequest {
  readonly kind: TableKind;
  /**
   * Period codes as picked ("1H23", "FY22") or, for balance kinds, ISO dates ("2023-09-30"); a
   * period code picked for a balance kind means its end date. Any order: the plan orders them.
   */
  readonly periods: readonly string[];
  readonly unit: MoneyUnit;
  /** Periods across (default) or down. */
  readonly layout?: Layout;
  /** Default "as-picked". */
  readonly periodicity?: Periodicity;
  readonly yoy?: boolean;
  readonly margin?: boolean;
  /** For kind "search": the item names picked (SearchHit.name). */
  readonly items?: readonly string[];
  /** Keep the columns and YoY rows that would be entirely #N/A (default: left out, and said so). */
  readonly keepEmpty?: boolean;
  /**
   * Keep a column in which some lines have a figure though most have none: a full year, for which
   * the filings print only their selected financial data (revenues, operating profit, profit,
   * EPS), or its 2H worked out from it. Such a column is marked `partial`; a column with no figure
   * at all is still left out. The starter model sets it (halves and, where printed, full years).
   */
  readonly keepPartial?: boolean;
  /** "Roll forward with new filings": headers H0, H-1, FY0... with the period each resolves to. */
  readonly rolling?: boolean;
  /**
   * Mark a column that follows fiscal years missing from the dataset (1H19, then 1H22) with a
   * header note naming them ("after a gap: no FY20–FY21 in the dataset"), so the years are not read
   * as consecutive. Off by default; the starter model sets it.
   */
  readonly markGaps?: boolean;
  /** A title in place of the kind's ("Net debt" for a search table, not "Selected items"). */
  readonly title?: string;
  /**
   * How lines of a search stand (by the name picked): "subtotal" or "total" makes one bold with
   * a rule above, flush left, as revenue by service prints Network services under its lines.
   */
  readonly roles?: Readonly<Record<string, LineRole>>;
  /**
   * "latest": per-share figures and share counts on the latest share basis, every split the
   * filings print applied (IIJ.VALUE(item, period, "adjusted")); default as printed.
   */
  readonly shareBasis?: "printed" | "latest";
  /** The table's top-left cell (its title). */
  readonly anchor: TableTarget;
}

/** How a line stands in its statement: drives bold, the rule above, the indent and YoY. */
export type LineRole = "item" | "subtotal" | "total" | "balance";

/** The IIJ.* function a figure row calls. */
export type FunctionName = "REVENUE" | "COST" | "GROSSPROFIT" | "OPERATINGPROFIT" | "VALUE" | "KPI";

/** One line of figures. */
export interface LineSpec {
  /** As printed in the filing, for the label column: "Borrowings", "Other". */
  readonly label: string;
  readonly fn: FunctionName;
  /** The argument that names the line in the formula, unambiguous on its own: "Financial position: Borrowings (current)". */
  readonly name: string;
  /**
   * The name IIJ.VALUE, IIJ.PERIOD and IIJ.SOURCE know the line by, where it differs from `name`
   * ("Total revenues" for REVENUE's "Total", "KPI: Employees (consolidated)" for a KPI).
   */
  readonly item: string;
  readonly role: LineRole;
  /** 0 = flush left (section totals), 1 = a line under its section header, 2 = under a sub-section. */
  readonly indent: number;
  /** The unit the figures are printed in; money rows follow the unit corner. */
  readonly unit: Unit;
  /** Whether a YoY row makes sense for it (not for subtotals, opening and closing balances). */
  readonly yoy: boolean;
  /** Decimals the filing prints for a non-money line (counts, Gbps, yen per share). */
  readonly decimals: number;
  /** Flow (revenue for a period) or balance (at a date). */
  readonly timing: "flow" | "balance";
  /** What margin rows know the line by: "revenue", "revenue:SI", "gross-profit:SI", ... */
  readonly key?: string;
}

/** A margin row: one line of the table over another ("Gross margin" = gross profit / revenue). */
export interface MarginSpec {
  /** As the sheet labels it: "Gross margin", "Network services". */
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
}

/** A row of the statement as laid out: a section header or a line. */
export type StatementRow =
  | { readonly type: "section"; readonly label: string; readonly level: number }
  | { readonly type: "line"; readonly line: LineSpec };

/** A row of a matrix block (changes in equity): a movement in one period: its label as printed that period, and a line per component with a figure. */
export type MatrixRow =
  | { readonly type: "section"; readonly label: string }
  | {
      readonly type: "line";
      readonly label: string;
      readonly role: LineRole;
      readonly indent: number;
      /** One per component (EQUITY_COMPONENTS order); undefined where the report prints no figure. */
      readonly cells: readonly (LineSpec | undefined)[];
      /** Not printed (a page cut out of the text): worked out from printed lines. */
      readonly derived: boolean;
    };

export interface MatrixBlock {
  readonly column: PlanColumn;
  readonly rows: readonly MatrixRow[];
}

/** One column of figures (one row, with periods down). */
export interface PlanColumn {
  /** The fixed period the column shows: "1H23" or "2023-09-30". */
  readonly period: string;
  /** What the header cell holds: the code, an Excel date serial, or a relative code ("H0"). */
  readonly header: string | number;
  /** The header's note: "derived: 1H − 2Q", or the period a relative header resolves to. */
  readonly note?: string;
  /** 1Q and 2H: not printed, worked out from printed periods. */
  readonly derived: boolean;
  /**
   * Kept on request (TableRequest.keepPartial) although most of its lines have no figure: why
   * ("only 6 of 24 lines are printed").
   */
  readonly partial?: string;
}

/** Columns, lines or YoY rows left out (or kept, when asked), and why: one entry per reason. */
export interface Omission {
  readonly what: "columns" | "rows" | "yoy" | "chart";
  /** Period codes or dates as headed (columns), or line labels (lines, YoY rows). */
  readonly names: readonly string[];
  /** "only the total is printed" */
  readonly reason: string;
}

/** Cell styling by whole ranges, as excel-actions writes it (one Office.js call per property). */
export interface RangeStyle {
  readonly range: RangeIndex;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Excel's indentLevel. */
  readonly indent?: number;
  /** A thin rule above (the edge between this range and the row before). */
  readonly borderTop?: boolean;
  /** With periods down, the rule sits left of a total column. */
  readonly borderLeft?: boolean;
  readonly borderBottom?: boolean;
  readonly borderRight?: boolean;
  readonly horizontalAlignment?: "Left" | "Right" | "Center";
  /** Font colour, "#RRGGBB": grey for notes and the source line. */
  readonly color?: string;
  /** Wrap text (line labels heading columns, with periods down). */
  readonly wrap?: boolean;
}

/** A conditional format whose custom formula switches the number format (the unit corner). */
export interface UnitFormatRule {
  readonly range: RangeIndex;
  /** A custom-rule formula with absolute references: '=OR($B$4="JPY bn",...)'. */
  readonly formula: string;
  readonly numberFormat: string;
}

/** A slot of a chart: a column of the table (an index into TablePlan.columns), or fiscal years missing ("FY20–FY21"). */
export type ChartSlot = { readonly column: number } | { readonly gap: string };

/**
 * A data-validation rule on the unit corner of a table with no money line: nothing there reads
 * the corner, so Excel refuses another unit typed into it (JPY bn would rescale nothing and only
 * make the corner untrue) with a message saying why.
 */
export interface CornerGuard {
  readonly range: RangeIndex;
  /** A custom rule: '=$B$4="yen / shares, as printed"'. */
  readonly formula: string;
  readonly title: string;
  readonly message: string;
}

export interface ChartPlan {
  /**
   * Each line: its label (the series name) and label cell, and its figure cells: from the first
   * charted column to the last (columns of other kinds between them are not plotted: see slots).
   */
  readonly series: readonly {
    readonly label: string;
    readonly name: RangeIndex;
    readonly values: RangeIndex;
  }[];
  readonly categories: RangeIndex;
  readonly seriesBy: "rows" | "columns";
  readonly title: string;
  /**
   * What the chart plots, in order (chart-columns.ts): the columns of one kind of period, and an
   * empty slot where fiscal years are missing. The pane's preview and the native chart both
   * follow it. Not given for a matrix, whose chart is by component, all its cells plotted.
   */
  readonly slots?: readonly ChartSlot[];
}

/** What a cell of the plan is, for the preview (aligned with TablePlan.formulas). */
export type CellSpec =
  | { readonly role: "empty" }
  | {
      readonly role:
        "title" | "corner" | "header" | "note" | "section" | "label" | "unit" | "source";
      /** What the cell shows (a formula's result worked out already: the title's unit, a rolling header's period). */
      readonly value: string | number;
    }
  | {
      readonly role: "figure";
      readonly line: LineSpec;
      readonly header: string | number;
      /** On the latest share basis (IIJ.VALUE(item, period, "adjusted")). */
      readonly adjusted?: boolean;
    }
  | {
      readonly role: "yoy";
      readonly current: CellIndex;
      readonly previous: CellIndex;
      /** A per-share or share-count line: IIJ.YOY(item, header) compares on one share basis. */
      readonly call?: { readonly line: LineSpec; readonly header: string | number };
    }
  | { readonly role: "margin"; readonly numerator: CellIndex; readonly denominator: CellIndex };

export interface TablePlan {
  readonly request: TableRequest;
  /** The whole table, title and source line included: "B3:J40". */
  readonly address: string;
  readonly range: RangeIndex;
  /** The sheet named in the target, if any. */
  readonly sheet?: string;
  /** What range.formulas gets: text, numbers (dates as serials) and "=..." formulas. */
  readonly formulas: (string | number)[][];
  /** What range.numberFormat gets, the same shape. */
  readonly numberFormats: string[][];
  readonly styles: readonly RangeStyle[];
  readonly unitFormats: readonly UnitFormatRule[];
  /** Where no line is money: the rule that keeps the corner saying what the cells are. */
  readonly cornerGuard?: CornerGuard;
  /** What a chart of the table plots: a series per line (its label cell and figure cells), the headers as categories. */
  readonly chart: ChartPlan;
  /**
   * The columns (indexes into `columns`) a chart plots: those of one kind of period, never
   * quarters beside halves. Not given for a matrix, whose chart is by component.
   */
  readonly chartColumns?: readonly number[];
  /** Statement title: "Statement of profit or loss". */
  readonly title: string;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly StatementRow[];
  /** What was left out (or kept on request) because it would be entirely #N/A. */
  readonly omitted: readonly Omission[];
  /** One line for the pane: "Left out: FY22, 2H22 (only the total is printed)." Empty when nothing was. */
  readonly omittedMessage: string;
  /** Where the unit corner is, for the pane's wording: "B4". */
  readonly unitCell: string;
  /** Column widths in points, from the table's first column: labels fit (up to a cap), figures fit. */
  readonly columnWidths: readonly number[];
  /** What each cell is (positions relative to `range`), for previewTable. */
  readonly cells: readonly (readonly CellSpec[])[];
}

/** What a cell of the table is, for the preview grid's styling. */
export type CellRole =
  | "title"
  | "corner"
  | "header"
  | "note"
  | "section"
  | "label"
  | "unit"
  | "figure"
  | "yoy"
  | "margin"
  | "source"
  | "empty";

/** A cell of the preview: the value the formula will give, as Excel will show it. */
export interface PreviewCell {
  readonly role: CellRole;
  /** The text Excel shows, in the cell's number format (src/taskpane/i18n/format.ts formatCell). */
  readonly text: string;
  readonly value: number | string | undefined;
  /** "#N/A" and the reason, where the cell will be an error. */
  readonly error?: { readonly code: string; readonly message: string };
  readonly numberFormat: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly indent?: number;
  readonly borderTop?: boolean;
  /** Wraps within its column (the note under a derived period's header). */
  readonly wrap?: boolean;
  readonly align: "left" | "right" | "center";
}

export interface PreviewGrid {
  readonly rows: readonly (readonly PreviewCell[])[];
  /**
   * The chart's category labels, one per column of figures, as the sheet shows them: the headers,
   * or for rolling headers the periods they stand for ("1H23", not "H0").
   */
  readonly categories: readonly string[];
  /**
   * What the chart plots of those columns: their indexes (one kind of period), and before each
   * the fiscal years missing from the dataset ("FY20–FY21"), shown as a gap. All, gapless, when
   * not given.
   */
  readonly chart?: {
    readonly columns: readonly number[];
    readonly gaps: readonly (string | undefined)[];
  };
  /** Rows of the table left out of the preview (it shows the first few). */
  readonly moreRows: number;
  readonly omittedMessage: string;
}

/** A period the picker offers for a kind. */
export interface PeriodOption {
  /** "1H23" or "2023-09-30": what goes into TableRequest.periods. */
  readonly code: string;
  /** "1H23" or "30-Sep-23". */
  readonly label: string;
  readonly type: "period" | "date";
  /** Worked out from printed periods (1Q = 1H − 2Q, 2H = FY − 1H). */
  readonly derived: boolean;
}

/** A line a search found. */
export interface SearchHit {
  /** The name IIJ.VALUE knows it by (what goes into TableRequest.items). */
  readonly name: string;
  /** As printed. */
  readonly label: string;
  /** "Statement of financial position" */
  readonly statement: string;
  /** Why it matched, when not by its own words: 'for "capex"'. */
  readonly via?: string;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** A word the filings do not print a figure for ("EBITDA"), and what to use instead; or "nothing matches". */
  readonly message?: string;
}
