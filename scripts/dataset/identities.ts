/**
 * The accounting identities the dataset must satisfy, period by period. Signs are as printed
 * (costs are printed in parentheses, so they are negative and simply add).
 *
 * A term is "Item" or "statement: Item" (another statement, same period); a leading "?" marks a
 * line that not every filing prints (Contract assets, Right-of-use assets, ...).
 */
import type { Statement } from "../../src/data/types";

/** total = sum of the parts. */
export interface SumIdentity {
  readonly kind: "sum";
  readonly name: string;
  readonly statement: Statement;
  readonly total: string;
  readonly parts: readonly string[];
  /** Checked only where every part is printed (the adjusted 1H18 figures restate a few lines only). */
  readonly whereComplete?: boolean;
  /**
   * Checked only in the periods the filing prints: a "?" part is a cell printed blank, no term; in
   * a derived period a part with no figure is unknown, not nil (changes in equity).
   */
  readonly printedPeriodsOnly?: boolean;
}

/**
 * total = every line printed before it in table order, back to the table's start or to `after`
 * (which is itself a part when `includeAfter`: a subtotal carried into the next section).
 */
export interface SectionIdentity {
  readonly kind: "section";
  readonly name: string;
  readonly statement: Statement;
  readonly total: string;
  readonly after?: string;
  readonly includeAfter?: boolean;
  /** As a sum's: checked only in the periods the filing prints. */
  readonly printedPeriodsOnly?: boolean;
}

/**
 * An opening or closing balance printed in a flow statement or note equals the balance it is a
 * balance of (`balance_of`) at the period's first or last day: cash in the cash-flow statement and
 * in the selected data against the statement of financial position.
 */
export interface BalanceReconciliation {
  readonly kind: "balance";
  readonly name: string;
}

export type Identity = SumIdentity | SectionIdentity | BalanceReconciliation;

const sum = (statement: Statement, name: string, total: string, parts: string[]): SumIdentity => ({
  kind: "sum",
  name,
  statement,
  total,
  parts,
});

const section = (
  statement: Statement,
  name: string,
  total: string,
  after?: string,
  includeAfter = false
): SectionIdentity => ({
  kind: "section",
  name,
  statement,
  total,
  after,
  includeAfter,
});

const profitOrLoss = (statement: Statement): SumIdentity[] => [
  sum(statement, "revenue lines sum to total revenues", "Total revenues", [
    "Network services",
    "Systems integration",
    "ATM operation business",
  ]),
  sum(statement, "cost lines sum to total cost of sales", "Total cost of sales", [
    "Cost of network services",
    "Cost of systems integration",
    "Cost of ATM operation business",
  ]),
  sum(statement, "gross profit = revenues - cost of sales", "Gross profit", [
    "Total revenues",
    "Total cost of sales",
  ]),
  sum(
    statement,
    "operating profit = gross profit - SG&A + other income - other expenses",
    "Operating profit",
    [
      "Gross profit",
      "Selling, general and administrative expenses",
      "Other operating income",
      "Other operating expenses",
    ]
  ),
  sum(
    statement,
    "profit before tax = operating profit + finance income - finance expenses + equity method",
    "Profit (loss) before tax",
    [
      "Operating profit",
      "Finance income",
      "Finance expenses",
      "Share of profit (loss) of investments accounted for using equity method",
    ]
  ),
  sum(statement, "profit = profit before tax - income tax", "Profit (loss) for the period", [
    "Profit (loss) before tax",
    "Income tax expense",
  ]),
  sum(statement, "profit = owners + non-controlling interests", "Profit (loss) for the period", [
    "Profit attributable to owners of the parent",
    "Profit attributable to non-controlling interests",
  ]),
  sum(
    statement,
    "attributed total = owners + non-controlling interests",
    "Profit attributable, total",
    [
      "Profit attributable to owners of the parent",
      "Profit attributable to non-controlling interests",
    ]
  ),
];

/** The equity components as columns of the statement of changes in equity, owners' total last. */
export const EQUITY_COMPONENTS = [
  "Share capital",
  "Share premium",
  "Retained earnings",
  "Other components of equity",
  "Treasury shares",
] as const;
const EQUITY_COLUMNS = [
  ...EQUITY_COMPONENTS,
  "Equity attributable to owners of the parent",
  "Non-controlling interests",
  "Total equity",
];
const EQUITY_TRANSACTIONS = [
  "Issuance of common stock",
  "Purchase of treasury shares",
  "Disposal of treasury shares",
  "Cancellation of treasury shares",
  "Dividends paid",
  "Stock-based compensation",
  "Transfer from other components of equity to retained earnings",
];
const EQUITY_ADOPTIONS = [
  "Cumulative impact of adopting IAS 12",
  "Cumulative impact of adopting IFRS 16",
];
const EQUITY_MOVEMENTS = [
  "Balance at the beginning of the period",
  ...EQUITY_ADOPTIONS,
  "Restated balance at the beginning of the period",
  "Profit (loss)",
  "Other comprehensive income",
  "Total comprehensive income",
  ...EQUITY_TRANSACTIONS,
  "Total transactions with owners",
  "Balance at the end of the period",
];

/**
 * Changes in equity, down each column (a blank printed cell is no term, hence "?") and across each
 * row (components to the owners' total, owners and non-controlling interests to total equity).
 */
const changesInEquity = (): SumIdentity[] =>
  [
    ...EQUITY_COLUMNS.flatMap((column) => [
      sum(
        "changes-in-equity",
        `${column}: total comprehensive income = profit + other comprehensive income`,
        `${column}: Total comprehensive income`,
        [`?${column}: Profit (loss)`, `?${column}: Other comprehensive income`]
      ),
      sum(
        "changes-in-equity",
        `${column}: transactions with owners sum to their total`,
        `${column}: Total transactions with owners`,
        EQUITY_TRANSACTIONS.map((movement) => `?${column}: ${movement}`)
      ),
      sum(
        "changes-in-equity",
        `${column}: restated opening balance = opening + impact of a new standard`,
        `${column}: Restated balance at the beginning of the period`,
        [
          `${column}: Balance at the beginning of the period`,
          ...EQUITY_ADOPTIONS.map((adoption) => `?${column}: ${adoption}`),
        ]
      ),
      sum(
        "changes-in-equity",
        `${column}: closing = opening + new standards + comprehensive income + transactions with owners`,
        `${column}: Balance at the end of the period`,
        [
          `${column}: Balance at the beginning of the period`,
          ...EQUITY_ADOPTIONS.map((adoption) => `?${column}: ${adoption}`),
          `?${column}: Total comprehensive income`,
          `?${column}: Total transactions with owners`,
        ]
      ),
    ]),
    ...EQUITY_MOVEMENTS.flatMap((movement) => [
      sum(
        "changes-in-equity",
        `${movement}: components sum to the owners' total`,
        `Equity attributable to owners of the parent: ${movement}`,
        EQUITY_COMPONENTS.map((component) => `?${component}: ${movement}`)
      ),
      sum(
        "changes-in-equity",
        `${movement}: owners + non-controlling interests = total equity`,
        `Total equity: ${movement}`,
        [
          `?Equity attributable to owners of the parent: ${movement}`,
          `?Non-controlling interests: ${movement}`,
        ]
      ),
    ]),
    sum(
      "changes-in-equity",
      "profit agrees with the statement of profit or loss",
      "Total equity: Profit (loss)",
      ["profit-or-loss: Profit (loss) for the period"]
    ),
    sum(
      "changes-in-equity",
      "owners' profit agrees with the statement of profit or loss",
      "Equity attributable to owners of the parent: Profit (loss)",
      ["profit-or-loss: Profit attributable to owners of the parent"]
    ),
    sum(
      "changes-in-equity",
      "comprehensive income agrees with the statement of comprehensive income",
      "Total equity: Total comprehensive income",
      ["comprehensive-income: Comprehensive income"]
    ),
    sum(
      "changes-in-equity",
      "dividends paid to owners agree with the statement of cash flows",
      "Equity attributable to owners of the parent: Dividends paid",
      ["cash-flows: Dividends paid"]
    ),
  ].map((identity) => ({ ...identity, printedPeriodsOnly: true }));

/** Instruments of the fair value hierarchy tables, at fair value and at amortized cost. */
const FAIR_VALUE_ROWS = [
  "Debt securities",
  "Equity securities",
  "Investment trust and other securities",
  "Other financial assets",
  "Total",
  "Debt securities (amortized cost)",
  "Long-term borrowings (including current portion)",
];
const LEVELS = ["Level 1", "Level 2", "Level 3"];

/**
 * The notes on other financial assets and liabilities, the fair value hierarchy and the major
 * shareholders: components to totals, totals to the statement of financial position, levels to
 * fair value. Printed periods only: a blank cell there is no term.
 */
const notes = (): (SumIdentity | SectionIdentity)[] =>
  [
    section("other-financial-assets", "other financial assets sum to their total", "Total"),
    sum(
      "other-financial-assets",
      "other financial assets = current + non-current in the statement of financial position",
      "Total",
      [
        "financial-position: Other financial assets (current)",
        "financial-position: Other financial assets (non-current)",
      ]
    ),
    sum(
      "other-financial-liabilities",
      "lease obligations = finance leases + other leases",
      "Lease obligations",
      ["?Lease obligations: finance leases", "?Lease obligations: other leases"]
    ),
    sum("other-financial-liabilities", "other financial liabilities sum to their total", "Total", [
      "Account payable—non-current",
      "Deposit payable",
      "Others",
      "Lease obligations",
    ]),
    sum(
      "other-financial-liabilities",
      "other financial liabilities = current + non-current in the statement of financial position",
      "Total",
      [
        "financial-position: Other financial liabilities (current)",
        "financial-position: Other financial liabilities (non-current)",
      ]
    ),
    ...FAIR_VALUE_ROWS.map((row) =>
      sum(
        "fair-value",
        `${row}: fair value = Level 1 + Level 2 + Level 3`,
        `Fair value: ${row}`,
        LEVELS.map((level) => `?${level}: ${row}`)
      )
    ),
    ...[...LEVELS, "Fair value"].map((column) =>
      sum(
        "fair-value",
        `${column}: instruments measured at fair value sum to the total`,
        `${column}: Total`,
        FAIR_VALUE_ROWS.slice(0, 4).map((row) => `?${column}: ${row}`)
      )
    ),
    section("shareholders", "major shareholders' shares sum to their total", "Shares held: Total"),
  ].map((identity) => ({ ...identity, printedPeriodsOnly: true }));

export const IDENTITIES: readonly Identity[] = [
  ...profitOrLoss("profit-or-loss"),
  ...profitOrLoss("adjusted").map((identity) => ({ ...identity, whereComplete: true })),

  sum(
    "comprehensive-income",
    "items not reclassified sum to their total",
    "Total of items that will not be reclassified to profit or loss",
    [
      "Net change in fair value of equity instruments designated as measured at fair value through other comprehensive income",
    ]
  ),
  sum(
    "comprehensive-income",
    "items that may be reclassified sum to their total",
    "Total of items that may be reclassified to profit or loss",
    [
      "Exchange differences on translation of foreign operations",
      "Financial assets measured at fair value through other comprehensive income",
      "Share of other comprehensive income of investments accounted for using equity method",
    ]
  ),
  sum(
    "comprehensive-income",
    "other comprehensive income = both groups",
    "Total other comprehensive income, net of tax",
    [
      "Total of items that will not be reclassified to profit or loss",
      "Total of items that may be reclassified to profit or loss",
    ]
  ),
  sum(
    "comprehensive-income",
    "comprehensive income = profit + other comprehensive income",
    "Comprehensive income",
    ["Profit (loss)", "Total other comprehensive income, net of tax"]
  ),
  sum(
    "comprehensive-income",
    "comprehensive income = owners + non-controlling interests",
    "Comprehensive income",
    [
      "Comprehensive income attributable to owners of the parent",
      "Comprehensive income attributable to non-controlling interests",
    ]
  ),
  sum(
    "comprehensive-income",
    "attributed total = comprehensive income",
    "Comprehensive income attributable, total",
    ["Comprehensive income"]
  ),
  sum(
    "comprehensive-income",
    "profit agrees with the statement of profit or loss",
    "Profit (loss)",
    ["profit-or-loss: Profit (loss) for the period"]
  ),

  section("financial-position", "current assets sum to their total", "Total current assets"),
  section(
    "financial-position",
    "non-current assets sum to their total",
    "Total non-current assets",
    "Total current assets"
  ),
  sum("financial-position", "total assets = current + non-current", "Total assets", [
    "Total current assets",
    "Total non-current assets",
  ]),
  section(
    "financial-position",
    "current liabilities sum to their total",
    "Total current liabilities",
    "Total assets"
  ),
  section(
    "financial-position",
    "non-current liabilities sum to their total",
    "Total non-current liabilities",
    "Total current liabilities"
  ),
  sum("financial-position", "total liabilities = current + non-current", "Total liabilities", [
    "Total current liabilities",
    "Total non-current liabilities",
  ]),
  section(
    "financial-position",
    "equity lines sum to equity attributable to owners",
    "Total equity attributable to owners of the parent",
    "Total liabilities"
  ),
  sum("financial-position", "total equity = owners + non-controlling interests", "Total equity", [
    "Total equity attributable to owners of the parent",
    "Non-controlling interests",
  ]),
  sum(
    "financial-position",
    "liabilities and equity = liabilities + equity",
    "Total liabilities and equity",
    ["Total liabilities", "Total equity"]
  ),
  sum("financial-position", "total assets = total liabilities and equity", "Total assets", [
    "Total liabilities and equity",
  ]),

  section("cash-flows", "operating lines sum to the subtotal", "Subtotal"),
  section(
    "cash-flows",
    "operating cash flow = subtotal + interest, dividends and taxes",
    "Cash flows from operating activities",
    "Subtotal",
    true
  ),
  section(
    "cash-flows",
    "investing lines sum to their total",
    "Cash flows from investing activities",
    "Cash flows from operating activities"
  ),
  section(
    "cash-flows",
    "financing lines sum to their total",
    "Cash flows from financing activities",
    "Cash flows from investing activities"
  ),
  sum(
    "cash-flows",
    "net change = operating + investing + financing + exchange effect",
    "Net increase (decrease) in cash and cash equivalents",
    [
      "Cash flows from operating activities",
      "Cash flows from investing activities",
      "Cash flows from financing activities",
      "Effect of exchange rate changes on cash and cash equivalents",
    ]
  ),
  sum(
    "cash-flows",
    "closing cash = opening cash + net change",
    "Cash and cash equivalents, end of the period",
    [
      "Cash and cash equivalents, beginning of the period",
      "Net increase (decrease) in cash and cash equivalents",
    ]
  ),
  sum(
    "cash-flows",
    "profit before tax agrees with the statement of profit or loss",
    "Profit (loss) before tax",
    ["profit-or-loss: Profit (loss) before tax"]
  ),
  { kind: "balance", name: "opening and closing balances agree with the balance at that date" },
  ...changesInEquity(),
  ...notes(),

  sum(
    "segments",
    "Network & SI revenue = customers + intersegment",
    "Network & SI: total revenue",
    ["Network & SI: revenue from customers", "?Network & SI: intersegment revenue"]
  ),
  sum("segments", "ATM revenue = customers + intersegment", "ATM: total revenue", [
    "ATM: revenue from customers",
    "?ATM: intersegment revenue",
  ]),
  sum(
    "segments",
    "segment revenue + adjustments = consolidated revenue",
    "profit-or-loss: Total revenues",
    ["Network & SI: total revenue", "ATM: total revenue", "?Adjustments: total revenue"]
  ),
  sum(
    "segments",
    "revenue from customers = consolidated revenue",
    "profit-or-loss: Total revenues",
    [
      "Network & SI: revenue from customers",
      "ATM: revenue from customers",
      "?Adjustments: revenue from customers",
    ]
  ),
  sum(
    "segments",
    "segment operating profit + adjustments = consolidated operating profit",
    "profit-or-loss: Operating profit",
    ["Network & SI: operating profit", "ATM: operating profit", "Adjustments: operating profit"]
  ),

  sum("revenue-by-service", "network services lines sum to network services", "Network services", [
    "Internet connectivity services (enterprise)",
    "Internet connectivity services (consumer)",
    "WAN services",
    "Outsourcing services",
  ]),
  sum("revenue-by-service", "SI lines sum to systems integration", "Systems integration", [
    "Systems construction and equipment sales",
    "Systems operation and maintenance",
  ]),
  sum("revenue-by-service", "service lines sum to total revenues", "Total", [
    "Network services",
    "Systems integration",
    "ATM operation business",
  ]),
  sum(
    "revenue-by-service",
    "network services agree with the statement of profit or loss",
    "Network services",
    ["profit-or-loss: Network services"]
  ),
  sum(
    "revenue-by-service",
    "systems integration agrees with the statement of profit or loss",
    "Systems integration",
    ["profit-or-loss: Systems integration"]
  ),

  sum(
    "network-breakdown",
    "enterprise connectivity = IP + IIJ Mobile + others",
    "Internet connectivity services (enterprise)",
    ["IP services", "IIJ Mobile services", "Others (enterprise)"]
  ),
  sum("network-breakdown", "IIJ Mobile = enterprise mobile + MVNE", "IIJ Mobile services", [
    "Enterprise mobile services",
    "MVNE",
  ]),
  sum(
    "network-breakdown",
    "consumer connectivity = IIJmio + others",
    "Internet connectivity services (consumer)",
    ["IIJmio Mobile services", "Others (consumer)"]
  ),
  sum(
    "network-breakdown",
    "network services = enterprise + consumer + outsourcing + WAN",
    "Network services",
    [
      "Internet connectivity services (enterprise)",
      "Internet connectivity services (consumer)",
      "Outsourcing services",
      "WAN services",
    ]
  ),

  sum(
    "kpi",
    "enterprise contracts = IP + IIJ Mobile + others",
    "Internet connectivity services (enterprise)",
    [
      "IP service (1Gbps or more)",
      "IP service (less than 1Gbps)",
      "IIJ Mobile services",
      "Others (enterprise)",
    ]
  ),
  sum("kpi", "IIJ Mobile subscriptions = enterprise mobile + MVNE", "IIJ Mobile services", [
    "Enterprise mobile services",
    "MVNE",
  ]),
  sum(
    "kpi",
    "consumer subscriptions = IIJmio + others",
    "Internet connectivity services (consumer)",
    ["IIJmio Mobile services", "Others (consumer)"]
  ),

  sum(
    "financial-instruments",
    "Level 3 assets: closing = opening + gain or loss + purchases + sales",
    "Level 3 financial assets: closing balance",
    [
      "Level 3 financial assets: opening balance",
      "Level 3 financial assets: total gain or loss",
      "Level 3 financial assets: purchase",
      "Level 3 financial assets: sale",
    ]
  ),
  sum(
    "financial-instruments",
    "Level 3 assets: total gain or loss = in profit or loss + in other comprehensive income",
    "Level 3 financial assets: total gain or loss",
    [
      "Level 3 financial assets: profit or loss",
      "Level 3 financial assets: other comprehensive income",
    ]
  ),
  sum(
    "financial-instruments",
    "Level 3 equity securities: closing = opening + gain or loss + sales + reclassification",
    "Level 3 equity securities: closing balance",
    [
      "Level 3 equity securities: opening balance",
      "Level 3 equity securities: other comprehensive income",
      "Level 3 equity securities: sale",
      "Level 3 equity securities: reclassification",
    ]
  ),
  sum(
    "financial-instruments",
    "Level 3 investment trusts: closing = opening + gain or loss + purchases + sales",
    "Level 3 investment trusts and other: closing balance",
    [
      "Level 3 investment trusts and other: opening balance",
      "Level 3 investment trusts and other: profit or loss",
      "Level 3 investment trusts and other: purchase",
      "Level 3 investment trusts and other: sale",
    ]
  ),

  sum("si-orders", "orders received sum to their total", "Orders received: Total", [
    "Orders received: Systems construction and equipment sales",
    "Orders received: Systems operation and maintenance",
  ]),
  sum("si-orders", "order backlog sums to its total", "Order backlog: Total", [
    "Order backlog: Systems construction and equipment sales",
    "Order backlog: Systems operation and maintenance",
  ]),
];
