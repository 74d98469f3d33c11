/**
 * The names analysts use for printed lines ("net income", "SG&A", "EPS"), one table for both
 * IIJ.VALUE and the task pane's search. Each name stands for one printed line (as IIJ.VALUE
 * names it), the search also showing the lines it is often confused with (`related`); or for a
 * figure the filings never print (EBITDA, net debt), which names the printed lines to combine.
 * Printed names win: these are looked up only when no statement prints the name as typed.
 */
import { normalizeName } from "./names";

export interface AnalystName {
  readonly words: readonly string[];
  /** The printed line the words stand for, as IIJ.VALUE names it. */
  readonly line?: string;
  /** Lines the search shows beside it: "EPS" also finds diluted EPS. */
  readonly related?: readonly string[];
  /**
   * Not printed as one line: the printed lines to combine, and how; `also` lines belong in it
   * where the dataset records them (lease obligations, in net debt), named only then.
   */
  readonly combine?: {
    readonly lines: readonly string[];
    readonly also?: readonly string[];
    readonly how: string;
  };
}

export const ANALYST_NAMES: readonly AnalystName[] = [
  {
    words: ["net income", "net profit", "net earnings", "earnings", "profit to owners", "NI"],
    line: "Profit or loss: Profit attributable to owners of the parent",
  },
  {
    words: ["sales", "net sales", "revenue", "revenues", "turnover", "top line"],
    line: "Total revenues",
  },
  {
    words: ["operating income", "EBIT", "OP", "operating profit (loss)"],
    line: "Profit or loss: Operating profit",
  },
  {
    words: ["SG&A", "SGA", "SG and A", "opex", "overheads"],
    line: "Selling, general and administrative expenses",
  },
  {
    words: ["COGS", "cost of goods sold", "cost of revenue", "cost of revenues"],
    line: "Total cost of sales",
  },
  { words: ["GP"], line: "Profit or loss: Gross profit" },
  {
    words: ["PBT", "pretax profit", "pre-tax profit", "pretax income", "income before taxes"],
    line: "Profit or loss: Profit (loss) before tax",
  },
  {
    words: ["tax", "taxes", "income taxes"],
    line: "Income tax expense",
    related: ["Income taxes paid"],
  },
  {
    words: ["EPS", "basic EPS", "earnings per share"],
    line: "Profit or loss: Basic earnings per share",
    related: ["Profit or loss: Diluted earnings per share"],
  },
  {
    words: ["diluted EPS", "diluted earnings"],
    line: "Profit or loss: Diluted earnings per share",
  },
  {
    words: ["DPS", "interim DPS", "dividend per share", "dividends per share", "interim dividend"],
    line: "Interim dividend per share",
    related: ["Year-end dividend per share"],
  },
  {
    words: ["year-end DPS", "final DPS", "year-end dividend", "final dividend"],
    line: "Year-end dividend per share",
  },
  {
    words: [
      "D&A",
      "DA",
      "depreciation",
      "amortization",
      "amortisation",
      "depreciation and amortisation",
    ],
    line: "Cash flows: Depreciation and amortization",
  },
  {
    words: ["operating cash flow", "OCF", "CFO", "cash from operations"],
    line: "Cash flows from operating activities",
  },
  { words: ["cash", "cash balance"], line: "Financial position: Cash and cash equivalents" },
  {
    words: ["shareholders' equity", "shareholders equity", "book value", "owners' equity"],
    line: "Total equity attributable to owners of the parent",
  },
  { words: ["minority interests", "NCI"], line: "Financial position: Non-controlling interests" },
  { words: ["R&D", "research and development"], line: "Research and development expenses" },
  {
    words: ["headcount", "staff", "employees"],
    line: "Employees (consolidated)",
    related: ["Employees (non-consolidated)"],
  },
  { words: ["equity ratio"], line: "Ratio of owners' equity to gross assets" },
  { words: ["backlog"], line: "Order backlog: Total" },
  { words: ["orders", "order intake", "bookings"], line: "Orders received: Total" },
  {
    words: ["subscribers", "subscriptions", "subs"],
    line: "KPI: IIJ Mobile services",
    related: ["IIJmio Mobile services"],
  },
  { words: ["bandwidth", "traffic"], line: "Total contracted bandwidth" },
  { words: ["buyback", "buybacks", "share repurchase"], line: "Purchase of treasury shares" },
  {
    words: ["capex", "capital expenditure", "capital expenditures", "investment in equipment"],
    combine: {
      lines: ["Purchases of tangible assets", "Purchases of intangible assets"],
      how: "their sum (cash flows, printed negative)",
    },
  },
  {
    words: ["EBITDA", "OIBDA"],
    combine: {
      lines: ["Profit or loss: Operating profit", "Cash flows: Depreciation and amortization"],
      how: "operating profit plus depreciation and amortization",
    },
  },
  {
    words: ["free cash flow", "FCF"],
    combine: {
      lines: ["Cash flows from operating activities", "Cash flows from investing activities"],
      how: "their sum (investing printed negative)",
    },
  },
  {
    words: ["net debt", "net cash"],
    combine: {
      lines: [
        "Borrowings (current)",
        "Borrowings (non-current)",
        "Financial position: Cash and cash equivalents",
      ],
      also: ["Lease obligations", "Lease liabilities"],
      how: "borrowings (and lease obligations) less cash",
    },
  },
  {
    words: ["debt", "loans", "total borrowings"],
    combine: {
      lines: ["Borrowings (current)", "Borrowings (non-current)"],
      how: "their sum",
    },
  },
  {
    words: ["operating margin", "OP margin", "EBIT margin"],
    combine: {
      lines: ["Profit or loss: Operating profit", "Total revenues"],
      how: "operating profit divided by total revenues",
    },
  },
  {
    words: ["gross margin", "GP margin"],
    combine: {
      lines: ["Profit or loss: Gross profit", "Total revenues"],
      how: "gross profit divided by total revenues",
    },
  },
];

let byWord: Map<string, AnalystName> | undefined;

/** The analyst's name a typed name is, if any (compared as names are: case, spacing, wording). */
export function analystName(typed: string): AnalystName | undefined {
  if (!byWord) {
    byWord = new Map();
    for (const name of ANALYST_NAMES)
      for (const word of name.words) byWord.set(normalizeName(word), name);
  }
  return byWord.get(normalizeName(typed));
}
