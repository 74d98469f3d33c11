/**
 * How the statements are laid out as printed: section headers, which lines are totals, how far
 * each line is indented, and the label each line is printed under where the dataset's item name
 * carries a qualifier the page does not ("Borrowings (current)" is printed "Borrowings" under
 * "Current liabilities"). The task pane's tables follow it so a statement reads as filed.
 * test/data/layout.test.ts holds every entry to the reports' text and to the dataset's items.
 */
import type { Statement } from "./types";

/**
 * - `item`: a line; `subtotal`: a mechanical sum inside a section (bold, rule above, no YoY);
 * - `total`: a figure analysts track (bold, rule above, YoY); `balance`: an opening or closing
 *   balance inside a flow statement (no YoY).
 */
export type LineRole = "item" | "subtotal" | "total" | "balance";

export type LayoutEntry =
  | { readonly section: string; readonly level: number }
  | {
      readonly item: string;
      readonly role: LineRole;
      readonly indent: number;
      /** As printed, where it differs from the item name. */
      readonly label?: string;
    };

const section = (name: string, level = 0): LayoutEntry => ({ section: name, level });
/** Entries of one role: (item, indent, label as printed). */
const entries =
  (role: LineRole, defaultIndent: number) =>
  (item: string, indent = defaultIndent, label?: string): LayoutEntry => ({
    item,
    role,
    indent,
    ...(label ? { label } : {}),
  });
const line = entries("item", 1);
const total = entries("total", 0);
const subtotal = entries("subtotal", 0);

const PROFIT_OR_LOSS: readonly LayoutEntry[] = [
  section("Revenues"),
  line("Network services"),
  line("Systems integration"),
  line("ATM operation business"),
  total("Total revenues"),
  section("Cost of sales"),
  line("Cost of network services"),
  line("Cost of systems integration"),
  line("Cost of ATM operation business"),
  total("Total cost of sales"),
  total("Gross profit"),
  line("Selling, general and administrative expenses"),
  line("Other operating income"),
  line("Other operating expenses"),
  total("Operating profit"),
  line("Finance income"),
  line("Finance expenses"),
  line("Share of profit (loss) of investments accounted for using equity method"),
  total("Profit (loss) before tax"),
  line("Income tax expense"),
  total("Profit (loss) for the period"),
  section("Profit (loss) for the period attributable to:"),
  line("Profit attributable to owners of the parent", 1, "Owners of the parent"),
  line("Profit attributable to non-controlling interests", 1, "Non-controlling interests"),
  subtotal("Profit attributable, total", 1, "Total"),
  section("Earnings per share"),
  line("Basic earnings per share", 1, "Basic earnings per share (yen)"),
  line("Diluted earnings per share", 1, "Diluted earnings per share (yen)"),
];

const FINANCIAL_POSITION: readonly LayoutEntry[] = [
  section("Assets"),
  section("Current assets", 1),
  line("Cash and cash equivalents", 2),
  line("Trade receivables", 2),
  line("Inventories", 2),
  line("Prepaid expenses (current)", 2, "Prepaid expenses"),
  line("Contract assets (current)", 2, "Contract assets"),
  line("Other financial assets (current)", 2, "Other financial assets"),
  line("Other current assets", 2),
  subtotal("Total current assets", 1),
  section("Non-current assets", 1),
  line("Tangible assets", 2),
  line("Right-of-use assets", 2),
  line("Goodwill", 2),
  line("Intangible assets", 2),
  line("Investments accounted for using equity method", 2),
  line("Prepaid expenses (non-current)", 2, "Prepaid expenses"),
  line("Contract assets (non-current)", 2, "Contract assets"),
  line("Other investments", 2),
  line("Deferred tax assets", 2),
  line("Other financial assets (non-current)", 2, "Other financial assets"),
  line("Other non-current assets", 2),
  subtotal("Total non-current assets", 1),
  total("Total assets"),
  section("Liabilities"),
  section("Current liabilities", 1),
  line("Trade and other payables", 2),
  line("Borrowings (current)", 2, "Borrowings"),
  line("Income taxes payable", 2),
  line("Contract liabilities (current)", 2, "Contract liabilities"),
  line("Deferred income (current)", 2, "Deferred income"),
  line("Other financial liabilities (current)", 2, "Other financial liabilities"),
  line("Other current liabilities", 2),
  subtotal("Total current liabilities", 1),
  section("Non-current liabilities", 1),
  line("Borrowings (non-current)", 2, "Borrowings"),
  line("Retirement benefit liabilities", 2),
  line("Provisions", 2),
  line("Contract liabilities (non-current)", 2, "Contract liabilities"),
  line("Deferred income (non-current)", 2, "Deferred income"),
  line("Deferred tax liabilities", 2),
  line("Other financial liabilities (non-current)", 2, "Other financial liabilities"),
  line("Other non-current liabilities", 2),
  subtotal("Total non-current liabilities", 1),
  total("Total liabilities"),
  section("Equity"),
  line("Share capital"),
  line("Share premium"),
  line("Retained earnings"),
  line("Other components of equity"),
  line("Treasury shares"),
  subtotal("Total equity attributable to owners of the parent", 1),
  line("Non-controlling interests"),
  total("Total equity"),
  total("Total liabilities and equity"),
];

const CASH_FLOWS: readonly LayoutEntry[] = [
  section("Cash flows from operating activities"),
  line("Profit (loss) before tax"),
  section("Adjustments", 1),
  line("Depreciation and amortization", 2),
  line("Loss (gain) on sales/disposals of property and equipment", 2),
  line("Shares of loss (profit) of investments accounted for using equity method", 2),
  line("Finance income", 2),
  line("Finance expenses", 2),
  line("Other (operating)", 2, "Other"),
  section("Changes in working capital", 1),
  line("Decrease (increase) in trade receivables", 2),
  line("Decrease (increase) in inventories", 2),
  line("Decrease (increase) in prepaid expenses", 2),
  line("Decrease (increase) in contract assets", 2),
  line("Decrease (increase) in other assets", 2),
  line("Decrease (increase) in other financial assets", 2),
  line("Increase (decrease) in trade and other payables", 2),
  line("Increase (decrease) in contract liabilities", 2),
  line("Increase (decrease) in deferred income", 2),
  line("Increase (decrease) in other liabilities", 2),
  line("Increase (decrease) in other financial liabilities", 2),
  line("Increase (decrease) in retirement benefit liabilities", 2),
  subtotal("Subtotal", 1),
  line("Interest and dividends received"),
  line("Interest paid"),
  line("Income taxes paid"),
  total("Cash flows from operating activities"),
  section("Cash flows from investing activities"),
  line("Purchases of tangible assets"),
  line("Proceeds from sales of tangible assets"),
  line("Purchases of intangible assets"),
  line("Proceeds from sales of intangible assets"),
  line("Purchase of investments accounted for using equity method"),
  line("Purchases of other investments"),
  line("Proceeds from sales of other investments"),
  line("Payments for leasehold deposits and guarantee deposits"),
  line("Proceeds from collection of leasehold deposits and guarantee deposits"),
  line("Payments for refundable insurance policies"),
  line("Other (investing)", 1, "Other"),
  total("Cash flows from investing activities"),
  section("Cash flows from financing activities"),
  line("Repayment of long-term borrowings"),
  line("Net increase (decrease) in short-term borrowings"),
  line("Purchase of treasury shares"),
  line("Proceeds from other financial liabilities"),
  line("Payments of other financial liabilities"),
  line("Dividends paid"),
  line("Other (financing)", 1, "Other"),
  total("Cash flows from financing activities"),
  line("Effect of exchange rate changes on cash and cash equivalents", 0),
  subtotal("Net increase (decrease) in cash and cash equivalents"),
  { item: "Cash and cash equivalents, beginning of the period", role: "balance", indent: 0 },
  { item: "Cash and cash equivalents, end of the period", role: "balance", indent: 0 },
];

/**
 * The statement of comprehensive income (2019 report lines 711-726, 2023 report lines 747-762).
 * The English translation prints the comprehensive income lines as "Other comprehensive income"
 * (2,389,514 = profit 2,181,048 + other comprehensive income 208,466, 2019 line 722; the
 * Japanese original's 四半期包括利益); laid out under the term the selected data prints (2019
 * line 67), so the sheet does not call the total by the name of one of its parts.
 */
const COMPREHENSIVE_INCOME: readonly LayoutEntry[] = [
  total("Profit (loss)"),
  section("Other comprehensive income, net of tax"),
  section("Items that will not be reclassified to profit or loss", 1),
  line(
    "Net change in fair value of equity instruments designated as measured at fair value through other comprehensive income",
    2
  ),
  subtotal("Total of items that will not be reclassified to profit or loss", 1),
  section("Items that may be reclassified to profit or loss", 1),
  line("Exchange differences on translation of foreign operations", 2),
  line("Financial assets measured at fair value through other comprehensive income", 2),
  line("Share of other comprehensive income of investments accounted for using equity method", 2),
  subtotal("Total of items that may be reclassified to profit or loss", 1),
  total("Total other comprehensive income, net of tax"),
  total("Comprehensive income"),
  section("Comprehensive income attributable to:"),
  line("Comprehensive income attributable to owners of the parent", 1, "Owners of the parent"),
  line(
    "Comprehensive income attributable to non-controlling interests",
    1,
    "Non-controlling interest"
  ),
  subtotal("Comprehensive income attributable, total", 1, "Total"),
];

/**
 * The statement of changes in equity is a matrix: these movements down (2023 report lines
 * 786-798 and 805-818, 2019 lines 757-786), the equity components across. Its items are
 * "<component>: <movement>"; a balance row is printed under its date ("Balance, April 1, 2023"),
 * which the table takes from the figure. Opening and closing balances are `balance` and `total`
 * rows: the closing balance is what the statement adds up to.
 */
const CHANGES_IN_EQUITY: readonly LayoutEntry[] = [
  { item: "Balance at the beginning of the period", role: "balance", indent: 0 },
  line("Cumulative impact of adopting IAS 12", 0),
  line("Cumulative impact of adopting IFRS 16", 0),
  subtotal("Restated balance at the beginning of the period"),
  section("Comprehensive income"),
  line("Profit (loss)"),
  line("Other comprehensive income"),
  subtotal("Total comprehensive income"),
  section("Transactions with owners"),
  line("Issuance of common stock"),
  line("Purchase of treasury shares"),
  line("Disposal of treasury shares"),
  line("Cancellation of treasury shares"),
  line("Dividends paid"),
  line("Stock-based compensation"),
  line("Transfer from other components of equity to retained earnings"),
  subtotal("Total transactions with owners"),
  total("Balance at the end of the period"),
];

/** A column of the statement of changes in equity: the component, and its heading as printed. */
export interface EquityComponent {
  /** The first part of the statement's items: "Retained earnings". */
  readonly component: string;
  /** As printed: the owners' total is headed "Total" under "Owners of the parent's shareholders' equity". */
  readonly label: string;
  /** Under the owners' heading (the first six columns). */
  readonly owners: boolean;
  readonly role: "item" | "total";
}

const component = (
  name: string,
  owners: boolean,
  role: EquityComponent["role"] = "item",
  label = name
): EquityComponent => ({ component: name, label, owners, role });

/** The components in printed order (2023 report line 784). */
export const EQUITY_COMPONENTS: readonly EquityComponent[] = [
  component("Share capital", true),
  component("Share premium", true),
  component("Retained earnings", true),
  component("Other components of equity", true),
  component("Treasury shares", true),
  component("Equity attributable to owners of the parent", true, "total", "Total"),
  component("Non-controlling interests", false),
  component("Total equity", false, "total"),
];

/** What the statement heads its owners' columns with (2023 report line 783). */
export const EQUITY_OWNERS_HEADING = "Owners of the parent's shareholders' equity";

/**
 * Operating figures at a date, as the management analysis prints them: contracts and
 * subscriptions (line 239 on of the 2023 report), SI order backlog (line 270), employees (line 364).
 * Items are named across statements here ("si-orders: Order backlog: Total").
 */
export const OPERATING_DATA_AT_A_DATE: readonly LayoutEntry[] = [
  section("Contracts and subscriptions"),
  total(
    "kpi: Internet connectivity services (enterprise)",
    0,
    "Internet connectivity services (enterprise)"
  ),
  line("kpi: IP service (1Gbps or more)", 1, "IP service (greater than or equal to 1Gbps)"),
  line("kpi: IP service (less than 1Gbps)", 1, "IP service (less than 1Gbps)"),
  line("kpi: IIJ Mobile services", 1, "IIJ Mobile Services"),
  line("kpi: Enterprise mobile services", 2, "Enterprise mobile services (IoT usages etc.)"),
  line("kpi: MVNE", 2, "IIJ Mobile MVNO Platform Service (MVNE)"),
  line("kpi: Others (enterprise)", 1, "Others"),
  total(
    "kpi: Internet connectivity services (consumer)",
    0,
    "Internet connectivity services (consumer)"
  ),
  line("kpi: IIJmio Mobile services", 1, "IIJmio Mobile Services"),
  line("kpi: Others (consumer)", 1, "Others"),
  total("kpi: Total contracted bandwidth", 0, "Total contracted bandwidth"),
  section("SI order backlog"),
  line(
    "si-orders: Order backlog: Systems construction and equipment sales",
    1,
    "Systems construction and equipment sales"
  ),
  line(
    "si-orders: Order backlog: Systems operation and maintenance",
    1,
    "Systems operation and maintenance"
  ),
  total("si-orders: Order backlog: Total", 0, "Total"),
  section("Number of employees"),
  line("employees: Employees (consolidated)", 1, "Consolidated"),
  line("employees: Employees (non-consolidated)", 1, "Non-consolidated"),
];

/**
 * Statements where a YoY row means something only for the totals and these lines: the working
 * capital lines of a cash flow statement swing sign from half to half, and a growth rate of them
 * tells an analyst nothing.
 */
export const YOY_ONLY_FOR: Partial<Record<Statement, readonly string[]>> = {
  "cash-flows": [
    "Depreciation and amortization",
    "Purchases of tangible assets",
    "Purchases of intangible assets",
    "Dividends paid",
  ],
  // Owners' and non-controlling interests' shares follow profit; the other comprehensive income
  // lines are fair value and exchange swings.
  "comprehensive-income": [
    "Comprehensive income attributable to owners of the parent",
    "Comprehensive income attributable to non-controlling interests",
  ],
};

const LAYOUTS: Partial<Record<Statement, readonly LayoutEntry[]>> = {
  "profit-or-loss": PROFIT_OR_LOSS,
  "financial-position": FINANCIAL_POSITION,
  "cash-flows": CASH_FLOWS,
  "comprehensive-income": COMPREHENSIVE_INCOME,
  "changes-in-equity": CHANGES_IN_EQUITY,
};

/** The statement as printed, section by section; undefined for tables printed as plain lists. */
export function statementLayout(statement: Statement): readonly LayoutEntry[] | undefined {
  return LAYOUTS[statement];
}

/** Statement titles as the filings head them. */
export const STATEMENT_HEADINGS: Partial<Record<Statement, string>> = {
  "profit-or-loss": "Statement of profit or loss",
  "comprehensive-income": "Statement of comprehensive income",
  "financial-position": "Statement of financial position",
  "cash-flows": "Statement of cash flows",
  "changes-in-equity": "Statement of changes in equity",
  "selected-data": "Selected financial data",
  segments: "Segment information",
  "revenue-by-service": "Revenue by service",
  "network-breakdown": "Network services breakdown",
  "operating-summary": "Operating summary",
  kpi: "Operating data",
  "si-orders": "SI orders and backlog",
  employees: "Employees",
  dividends: "Dividends",
  eps: "Earnings per share",
  shares: "Shares",
  adjusted: "Adjusted figures",
};
