/**
 * The rows of each kind of table: the lines (as printed, with the function and name each formula
 * calls), the sections they sit in, and the margin rows a kind offers. Statements follow their
 * printed layout (src/data/layout.ts); the summary kinds are the lines a broker's model keeps.
 */
import { parseLineReference } from "../../data/dataset";
import { linePrinting, lineTiming } from "../../data/line-facts";
import {
  OPERATING_DATA_AT_A_DATE,
  YOY_ONLY_FOR,
  statementLayout,
  type LayoutEntry,
  type LineRole,
} from "../../data/layout";
import type { LineFunction } from "../../data/query";
import { homeLine } from "../../data/search";
import type { Statement } from "../../data/types";
import { isMoneyUnit } from "../../data/unit";
import { query } from "../../functions/iij";
import type { LineSpec, MarginSpec, StatementRow, TableKind } from "./types";

interface LineInput {
  readonly label: string;
  readonly fn: LineFunction;
  readonly name: string;
  /** The name IIJ.VALUE knows it by, where `name` is a KPI's or a short line's (LineSpec.item). */
  readonly item?: string;
  readonly role?: LineRole;
  readonly indent?: number;
  readonly key?: string;
  /** Whether a YoY row makes sense; by default for lines and totals, not subtotals and balances. */
  readonly yoy?: boolean;
}

/** A line with what the dataset says about it: unit, decimals printed, flow or balance. */
function lineSpec(input: LineInput): LineSpec {
  const q = query();
  const { unit, decimals } = linePrinting(q, input.fn, input.name);
  const role = input.role ?? "item";
  return {
    label: input.label,
    fn: input.fn,
    name: input.name,
    item: input.item ?? itemName(input.fn, input.name),
    role,
    indent: input.indent ?? (role === "item" ? 1 : 0),
    unit,
    decimals,
    timing: lineTiming(q, input.fn, input.name),
    yoy: input.yoy ?? (role === "item" || role === "total"),
    ...(input.key ? { key: input.key } : {}),
  };
}

/** The totals REVENUE, COST, GROSSPROFIT and OPERATINGPROFIT give, by the name IIJ.VALUE takes. */
const TOTALS: Readonly<Record<string, string>> = {
  REVENUE: "Total revenues",
  COST: "Total cost of sales",
  GROSSPROFIT: "Gross profit",
  OPERATINGPROFIT: "Profit or loss: Operating profit",
};

/** The name IIJ.VALUE takes for a short-named line: a revenue line's own ("Network"), or the total. */
function itemName(fn: LineFunction, name: string): string {
  if (fn === "VALUE" || fn === "KPI") return name;
  return name === "Total" || fn !== "REVENUE" ? TOTALS[fn] : name;
}

const section = (label: string, level = 0): StatementRow => ({ type: "section", label, level });
const row = (input: LineInput): StatementRow => ({ type: "line", line: lineSpec(input) });

/** The business lines as the statement of profit or loss prints them, and the names REVENUE/COST/GROSSPROFIT take. */
const BUSINESS_LINES = [
  { name: "Network", label: "Network services" },
  { name: "SI", label: "Systems integration" },
  { name: "ATM", label: "ATM operation business" },
] as const;

function revenueRows(): StatementRow[] {
  return [
    ...BUSINESS_LINES.map(({ name, label }) =>
      row({ label, fn: "REVENUE", name, key: `revenue:${name}` })
    ),
    row({ label: "Total revenues", fn: "REVENUE", name: "Total", role: "total", key: "revenue" }),
  ];
}

function costRows(): StatementRow[] {
  return [
    section("Revenues"),
    ...revenueRows(),
    section("Cost of sales"),
    ...BUSINESS_LINES.map(({ name, label }) =>
      row({ label, fn: "COST", name, key: `cost:${name}` })
    ),
    row({ label: "Total cost of sales", fn: "COST", name: "Total", role: "total", key: "cost" }),
    section("Gross profit"),
    ...BUSINESS_LINES.map(({ name, label }) =>
      row({ label, fn: "GROSSPROFIT", name, key: `gross-profit:${name}` })
    ),
    row({
      label: "Gross profit",
      fn: "GROSSPROFIT",
      name: "Total",
      role: "total",
      key: "gross-profit",
    }),
  ];
}

const SEGMENT_LINES = [
  { name: "Network & SI", label: "Network services and SI business" },
  { name: "ATM", label: "ATM operation business" },
  { name: "Adjustments", label: "Adjustments" },
] as const;

function segmentRows(): StatementRow[] {
  return [
    section("Revenue"),
    ...SEGMENT_LINES.map(({ name, label }) =>
      row({
        label,
        fn: "VALUE",
        name: valueName("segments", `${name}: total revenue`),
        key: `revenue:${name}`,
      })
    ),
    row({ label: "Total revenues", fn: "REVENUE", name: "Total", role: "total", key: "revenue" }),
    section("Operating profit"),
    ...SEGMENT_LINES.map(({ name, label }) =>
      row({ label, fn: "OPERATINGPROFIT", name, key: `operating-profit:${name}` })
    ),
    row({
      label: "Operating profit",
      fn: "OPERATINGPROFIT",
      name: "Total",
      role: "total",
      key: "operating-profit",
    }),
  ];
}

/** The name a layout entry's line goes by in IIJ.VALUE: "Cash flows: Finance income". */
function valueName(statement: Statement, item: string): string {
  return query().catalogue.displayName({ statement, item });
}

/** Keys for the lines margin rows divide, in the statement of profit or loss. */
const PL_KEYS: Readonly<Record<string, string>> = {
  "Total revenues": "revenue",
  "Gross profit": "gross-profit",
  "Operating profit": "operating-profit",
  "Profit (loss) before tax": "profit-before-tax",
  "Profit attributable to owners of the parent": "profit-to-owners",
};

function layoutRows(statement: Statement, layout: readonly LayoutEntry[]): StatementRow[] {
  const known = new Set(query().dataset.items(statement));
  const yoyOnly = YOY_ONLY_FOR[statement];
  return layout.flatMap((entry): StatementRow[] => {
    if ("section" in entry) return [section(entry.section, entry.level)];
    if (!known.has(entry.item)) return [];
    return [
      row({
        label: entry.label ?? entry.item,
        fn: "VALUE",
        name: valueName(statement, entry.item),
        role: entry.role,
        indent: entry.indent,
        key: statement === "profit-or-loss" ? PL_KEYS[entry.item] : undefined,
        ...(yoyOnly && entry.role === "item" ? { yoy: yoyOnly.includes(entry.item) } : {}),
      }),
    ];
  });
}

function statementRows(statement: Statement): StatementRow[] {
  return layoutRows(statement, statementLayout(statement) ?? []);
}

/**
 * One column of the statement of changes in equity as rows: its movements in printed order, each
 * line named "Changes in equity: <component>: <movement>". The total equity column's lines give a
 * table its periods; the matrix (matrix.ts) takes every column.
 */
export function equityRows(component: string): StatementRow[] {
  const known = new Set(query().dataset.items("changes-in-equity"));
  return (statementLayout("changes-in-equity") ?? []).flatMap((entry): StatementRow[] => {
    if ("section" in entry) return [section(entry.section, 1)];
    const item = `${component}: ${entry.item}`;
    if (!known.has(item)) return [];
    const name = valueName("changes-in-equity", item);
    return [
      row({
        label: entry.label ?? entry.item,
        fn: "VALUE",
        name,
        role: entry.role,
        indent: entry.indent,
        yoy: false,
      }),
    ];
  });
}

/** KPIs at a date: counts and Gbps through IIJ.KPI; the money backlog through IIJ.VALUE, so it follows the unit corner. */
function kpiRows(): StatementRow[] {
  const q = query();
  return OPERATING_DATA_AT_A_DATE.map((entry): StatementRow => {
    if ("section" in entry) return section(entry.section, entry.level);
    const ref = parseLineReference(entry.item)!;
    const name = q.catalogue.displayName(ref);
    const unit = linePrinting(q, "VALUE", name).unit;
    return row({
      label: entry.label ?? ref.item,
      fn: isMoneyUnit(unit) ? "VALUE" : "KPI",
      name: isMoneyUnit(unit) ? name : ref.item,
      item: name,
      role: entry.role,
      indent: entry.indent,
    });
  });
}

/** Lines picked in a search, each as its home line prints it. */
function searchRows(items: readonly string[]): StatementRow[] {
  const q = query();
  const rows: StatementRow[] = [];
  for (const item of items) {
    const ref = q.resolveItem(item).sources[0];
    // Lines from several statements: the item's own name says which ("Borrowings (current)").
    const label = ref ? homeLine(q, ref).item : item;
    rows.push(row({ label, fn: "VALUE", name: item }));
  }
  return rows;
}

/**
 * The rows with the roles a request gives lines by name (request.roles): a subtotal or total is
 * flush left, bold with a rule above, and has no YoY row unless a total.
 */
export function withRoles(
  rows: readonly StatementRow[],
  roles: Readonly<Record<string, LineRole>> = {}
): readonly StatementRow[] {
  if (Object.keys(roles).length === 0) return rows;
  return rows.map((r) => {
    const role = r.type === "line" ? roles[r.line.name] : undefined;
    if (r.type !== "line" || role === undefined) return r;
    const indent = role === "item" ? 1 : 0;
    return {
      type: "line",
      line: { ...r.line, role, indent, yoy: role === "item" || role === "total" },
    };
  });
}

const made = new Map<string, readonly StatementRow[]>();

/** The rows of a kind of table, sections and lines, in printed order (made once per kind and items). */
export function tableRows(kind: TableKind, items: readonly string[] = []): readonly StatementRow[] {
  const key = kind === "search" ? `search\u0000${items.join("\u0000")}` : kind;
  let rows = made.get(key);
  if (!rows) {
    if (made.size > 200) made.clear();
    made.set(key, (rows = makeRows(kind, items)));
  }
  return rows;
}

function makeRows(kind: TableKind, items: readonly string[]): StatementRow[] {
  switch (kind) {
    case "revenue":
      return revenueRows();
    case "cost":
      return costRows();
    case "segments":
      return segmentRows();
    case "pl":
      return statementRows("profit-or-loss");
    case "oci":
      return statementRows("comprehensive-income");
    case "equity":
      return equityRows("Total equity");
    case "balance":
      return statementRows("financial-position");
    case "cashflow":
      return statementRows("cash-flows");
    case "kpi":
      return kpiRows();
    case "search":
      return searchRows(items);
  }
}

/** The margin rows a kind offers, each one line of the table over another. */
export function marginRows(kind: TableKind): MarginSpec[] {
  switch (kind) {
    case "cost":
      return [
        ...BUSINESS_LINES.map(({ name, label }) => ({
          label,
          numerator: `gross-profit:${name}`,
          denominator: `revenue:${name}`,
        })),
        { label: "Gross margin", numerator: "gross-profit", denominator: "revenue" },
      ];
    case "segments":
      return [
        ...SEGMENT_LINES.filter((s) => s.name !== "Adjustments").map(({ name, label }) => ({
          label,
          numerator: `operating-profit:${name}`,
          denominator: `revenue:${name}`,
        })),
        { label: "Operating margin", numerator: "operating-profit", denominator: "revenue" },
      ];
    case "pl":
      return [
        { label: "Gross margin", numerator: "gross-profit", denominator: "revenue" },
        { label: "Operating margin", numerator: "operating-profit", denominator: "revenue" },
        { label: "Pre-tax margin", numerator: "profit-before-tax", denominator: "revenue" },
        {
          label: "Net margin (owners of the parent)",
          numerator: "profit-to-owners",
          denominator: "revenue",
        },
      ];
    default:
      return [];
  }
}

/** The statement title a table is headed by. */
export const KIND_TITLES: Readonly<Record<TableKind, string>> = {
  revenue: "Revenue by line",
  cost: "Revenue, cost of sales and gross profit by line",
  segments: "Segment revenue and operating profit",
  pl: "Statement of profit or loss",
  oci: "Statement of comprehensive income",
  equity: "Statement of changes in equity",
  balance: "Statement of financial position",
  cashflow: "Statement of cash flows",
  kpi: "Operating data at a date",
  search: "Selected items",
};
