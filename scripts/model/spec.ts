/**
 * What the starter model holds: one table per sheet, as the pane's planner lays it out, with the
 * periods each keeps, the rows it adds under the table (net debt, checks) and its notes.
 */
import * as iij from "../../src/functions/iij";
import { periodOptions, type TableRequest } from "../../src/taskpane/table";

/** A check row under a table: lines added with signs, which the statements say sum to 0. */
export interface Check {
  readonly label: string;
  /** [sign, the line's name as IIJ.VALUE knows it or its label] */
  readonly terms: readonly (readonly [1 | -1, string])[];
  /**
   * Instead of terms: the lines printed under a subtotal's heading, less the subtotal (named as
   * IIJ.VALUE knows it). A line a filing does not print ("n/a": contract assets in 2019) adds
   * nothing, as SUM skips text, so the check holds where every printed line is there.
   */
  readonly linesOf?: string;
}

/** The check that a statement section's printed lines add up to its subtotal. */
const linesAddUp = (label: string, total: string): Check => ({ label, terms: [], linesOf: total });

/** A row computed from the table's own lines (net debt), kept as a formula on them. */
export type Derived = Check;

export interface ModelSheet {
  readonly name: string;
  readonly request: Omit<TableRequest, "anchor" | "unit" | "periods">;
  /** Which periods or balance dates of those the table offers the sheet shows. */
  readonly keep: (code: string) => boolean;
  readonly derived?: readonly Derived[];
  readonly checks?: readonly Check[];
  /** A line under the table saying what an analyst must know to read it (a share basis). */
  readonly notes?: readonly string[];
  /** Whether to say under the table which columns and lines it left out, and why (default yes). */
  readonly sayLeftOut?: boolean;
  /**
   * What a half-year report prints of the previous full year that the sheet's lines come from,
   * for the note under a table that keeps full years (default: its selected financial data).
   */
  readonly yearsPrint?: string;
}

/** Halves and full years, printed or derived (2H = FY − 1H): what a model of a half-yearly filer keeps. */
const halvesAndYears = (code: string) => /^(1H|2H|FY)\d{2}$/.test(code);
/** Balance dates that close a half or a year. */
const halfYearEnds = (code: string) => /-(03-31|09-30)$/.test(code);

/**
 * A sheet of periods keeps a full year (and its 2H) where the filings print any of its lines:
 * for a year they print only their selected financial data (revenues, operating profit, profit,
 * EPS, the cash-flow totals), which an analyst wants beside the halves.
 */
const WITH_YEARS = { keepPartial: true } as const;

export function sheetsOfModel(): readonly ModelSheet[] {
  return [
    {
      name: "P&L",
      request: { kind: "pl", yoy: true, margin: true, ...WITH_YEARS },
      keep: halvesAndYears,
      checks: [
        {
          label: "Check: revenues + cost − gross profit",
          terms: [
            [1, "Total revenues"],
            [1, "Total cost of sales"],
            [-1, "Gross profit"],
          ],
        },
      ],
    },
    {
      name: "Balance sheet",
      request: { kind: "balance" },
      keep: halfYearEnds,
      checks: [
        linesAddUp("Check: current assets lines − total", "Total current assets"),
        linesAddUp("Check: non-current assets lines − total", "Total non-current assets"),
        {
          label: "Check: current + non-current assets − total assets",
          terms: [
            [1, "Total current assets"],
            [1, "Total non-current assets"],
            [-1, "Total assets"],
          ],
        },
        linesAddUp("Check: current liabilities lines − total", "Total current liabilities"),
        linesAddUp("Check: non-current liabilities lines − total", "Total non-current liabilities"),
        linesAddUp(
          "Check: equity lines − owners' equity",
          "Total equity attributable to owners of the parent"
        ),
        {
          label: "Check: assets − (liabilities + equity)",
          terms: [
            [1, "Total assets"],
            [-1, "Total liabilities and equity"],
          ],
        },
        {
          label: "Check: liabilities + equity − total",
          terms: [
            [1, "Total liabilities"],
            [1, "Total equity"],
            [-1, "Total liabilities and equity"],
          ],
        },
      ],
    },
    {
      name: "Cash flows",
      request: { kind: "cashflow", yoy: true, ...WITH_YEARS },
      keep: halvesAndYears,
      checks: [
        {
          label: "Check: opening cash + change − closing",
          terms: [
            [1, "Cash and cash equivalents, beginning of the period"],
            [1, "Net increase (decrease) in cash and cash equivalents"],
            [-1, "Cash and cash equivalents, end of the period"],
          ],
        },
      ],
    },
    {
      name: "Revenue",
      request: { kind: "revenue", yoy: true, ...WITH_YEARS },
      keep: halvesAndYears,
      checks: [
        {
          label: "Check: Network + SI + ATM − Total",
          terms: [
            [1, "Network"],
            [1, "SI"],
            [1, "ATM"],
            [-1, "Total revenues"],
          ],
        },
      ],
    },
    {
      name: "Segments",
      request: { kind: "segments", yoy: true, margin: true, ...WITH_YEARS },
      keep: halvesAndYears,
    },
    {
      name: "Revenue by service",
      request: {
        kind: "search",
        items: SERVICE_LINES.map(([item]) => item),
        title: "Revenue by service",
        roles: Object.fromEntries(
          SERVICE_LINES.flatMap(([item, of]) =>
            of === "subtotal" ? [[item, item.endsWith("Total") ? "total" : "subtotal"]] : []
          )
        ),
        ...WITH_YEARS,
      },
      keep: halvesAndYears,
      checks: SERVICE_SUBTOTALS,
    },
    {
      name: "Per share",
      request: {
        kind: "search",
        items: PER_SHARE,
        yoy: true,
        title: "Per share and dividends, on the latest share basis",
        shareBasis: "latest",
        ...WITH_YEARS,
      },
      keep: halvesAndYears,
      yearsPrint: "its year-end dividend (note 8, dividends paid)",
      // The notes say why the periods before 1H22 are not here; "nothing is printed" would not.
      sayLeftOut: false,
      notes: [
        'On one share basis, the latest (=IIJ.VALUE(item, period, "adjusted")): every stock split the filings print is applied. The 1H22 interim dividend is printed as 29.25 yen before the 2-for-1 stock split of 1 October 2022 (2023 report lines 1060 and 1062): 14.625 here; EPS and share counts for 1H22 are printed after it already.',
        "1H18, 1H19 and the years FY17, FY18 and FY21 (year-end dividends) are not shown: the 2019 report's share counts (about 45 million) against the 2023 report's (about 178 million) imply a split between 1H19 and 1H22 that no filing in the dataset prints, so they cannot be put on this basis (IIJ.VALUE gives #N/A saying so). IIJ.VALUE(item, period) without \"adjusted\" gives them as printed.",
      ],
    },
    {
      name: "Net debt",
      request: { kind: "search", items: netDebtItems(), title: "Net debt" },
      keep: halfYearEnds,
      derived: [
        {
          label:
            leaseItems().length > 0
              ? "Net debt (borrowings + leases − cash)"
              : "Net debt (borrowings − cash)",
          terms: [
            [1, "Borrowings (current)"],
            [1, "Borrowings (non-current)"],
            ...leaseItems().map((item) => [1, item] as const),
            [-1, "Cash and cash equivalents"],
          ],
        },
      ],
      notes:
        leaseItems().length > 0
          ? [
              "Lease obligations (note 7) rise from 18,034 at 31 March 2019 to 51,942 at 30 September 2019 (2019 report line 1024): IFRS 16, adopted from April 2019, brought operating leases onto the balance sheet (lines 98, 303, 305), so net debt either side of that date is not like for like.",
            ]
          : [
              "Lease obligations are not yet recorded in the dataset: net debt here is borrowings less cash; a build with them adds them.",
            ],
    },
    {
      name: "KPIs",
      request: { kind: "kpi" },
      keep: halfYearEnds,
    },
  ];
}

/** Revenue by service as the filings print it: Network's lines, then SI's, with their subtotals. */
const SERVICE_LINES: readonly (readonly [string, "Network" | "SI" | "subtotal" | "other"])[] = [
  ["Internet connectivity services (enterprise)", "Network"],
  ["Internet connectivity services (consumer)", "Network"],
  ["WAN services", "Network"],
  ["Outsourcing services", "Network"],
  ["Revenue by service: Network services", "subtotal"],
  ["Systems construction and equipment sales", "SI"],
  ["Systems operation and maintenance", "SI"],
  ["Revenue by service: Systems integration", "subtotal"],
  ["Revenue by service: ATM operation business", "other"],
  ["Revenue by service: Total", "subtotal"],
];

const SERVICE_SUBTOTALS: readonly Check[] = [
  {
    label: "Check: Network lines − Network",
    terms: [
      ...SERVICE_LINES.filter(([, of]) => of === "Network").map(([item]) => [1, item] as const),
      [-1, "Revenue by service: Network services"],
    ],
  },
  {
    label: "Check: SI lines − SI",
    terms: [
      ...SERVICE_LINES.filter(([, of]) => of === "SI").map(([item]) => [1, item] as const),
      [-1, "Revenue by service: Systems integration"],
    ],
  },
  {
    label: "Check: Network + SI + ATM − Total",
    terms: [
      [1, "Revenue by service: Network services"],
      [1, "Revenue by service: Systems integration"],
      [1, "Revenue by service: ATM operation business"],
      [-1, "Revenue by service: Total"],
    ],
  },
];

const PER_SHARE = [
  "EPS: Basic earnings per share",
  "EPS: Diluted earnings per share",
  "Interim dividend per share",
  "Year-end dividend per share",
  "Weighted average number of shares — basic",
  "Weighted average number of shares — diluted",
];

/** The lease obligations the dataset records (note 7), once it does: current and non-current, or one line. */
function leaseItems(): string[] {
  const known = (item: string) => {
    try {
      return iij.query().periods(item).length > 0;
    } catch {
      return false;
    }
  };
  const pair = ["Lease obligations (current)", "Lease obligations (non-current)"];
  if (pair.every(known)) return pair;
  return known("Lease obligations") ? ["Lease obligations"] : [];
}

function netDebtItems(): string[] {
  return [
    "Borrowings (current)",
    "Borrowings (non-current)",
    ...leaseItems(),
    "Cash and cash equivalents",
  ];
}

/** The periods (or balance dates) a sheet's table offers and keeps. */
export function periodsOf(sheet: ModelSheet): string[] {
  return periodOptions(sheet.request.kind, sheet.request.items)
    .map((option) => option.code)
    .filter(sheet.keep);
}
