/**
 * The short names analysts use for revenue, cost, gross-profit and segment lines, and where each
 * is printed. Where several places print a line, the first that has the period is used.
 */
import type { ItemRef } from "./dataset";
import type { Statement } from "./types";

export interface LineDefinition {
  /** The name the functions document: "Network", "SI", "Enterprise connectivity". */
  readonly name: string;
  /** Other names accepted, typically the full printed label. */
  readonly aliases: readonly string[];
  /** Where the figure is printed, in order of preference. */
  readonly sources: readonly ItemRef[];
  /** Not printed as one line: the sum (signs as printed) of these lines of the same period. */
  readonly sumOf?: readonly ItemRef[];
  /** Printed negative (a cost in parentheses) but asked for as a positive amount. */
  readonly negate?: boolean;
}

const pl = (item: string): ItemRef => ({ statement: "profit-or-loss", item });
const ref = (statement: Statement, item: string): ItemRef => ({ statement, item });
const byService = (item: string): ItemRef => ref("revenue-by-service", item);
const breakdown = (item: string): ItemRef => ref("network-breakdown", item);

export const REVENUE_LINES: readonly LineDefinition[] = [
  {
    name: "Total",
    aliases: ["Total revenues", "Revenues", "Revenue"],
    sources: [pl("Total revenues")],
  },
  { name: "Network", aliases: ["Network services"], sources: [pl("Network services")] },
  {
    name: "SI",
    aliases: [
      "Systems integration",
      "Systems integration (SI)",
      "Systems integration, including equipment sales",
    ],
    sources: [pl("Systems integration")],
  },
  { name: "ATM", aliases: ["ATM operation business"], sources: [pl("ATM operation business")] },
  {
    name: "Enterprise connectivity",
    aliases: ["Internet connectivity services (enterprise)"],
    sources: [
      byService("Internet connectivity services (enterprise)"),
      breakdown("Internet connectivity services (enterprise)"),
    ],
  },
  {
    name: "Consumer connectivity",
    aliases: ["Internet connectivity services (consumer)"],
    sources: [
      byService("Internet connectivity services (consumer)"),
      breakdown("Internet connectivity services (consumer)"),
    ],
  },
  {
    name: "WAN",
    aliases: ["WAN services"],
    sources: [byService("WAN services"), breakdown("WAN services")],
  },
  {
    name: "Outsourcing",
    aliases: ["Outsourcing services"],
    sources: [byService("Outsourcing services"), breakdown("Outsourcing services")],
  },
  {
    name: "Systems construction",
    aliases: ["Systems construction and equipment sales"],
    sources: [byService("Systems construction and equipment sales")],
  },
  {
    name: "Systems operation and maintenance",
    aliases: ["Systems operation", "Operation and maintenance"],
    sources: [byService("Systems operation and maintenance")],
  },
  {
    name: "IP services",
    aliases: ["IP services (including data center connectivity services)", "IP service"],
    sources: [breakdown("IP services")],
  },
  {
    name: "IIJ Mobile",
    aliases: ["IIJ Mobile services", "IIJ Mobile service"],
    sources: [breakdown("IIJ Mobile services")],
  },
  {
    name: "Enterprise mobile",
    aliases: [
      "Enterprise mobile services",
      "Enterprise mobile services (IoT usages etc.)",
      "Enterprise mobile service",
    ],
    sources: [breakdown("Enterprise mobile services")],
  },
  {
    name: "MVNE",
    aliases: [
      "IIJ Mobile MVNO Platform Service",
      "IIJ Mobile MVNO Platform Service (MVNE)",
      "MVNO platform",
    ],
    sources: [breakdown("MVNE")],
  },
  {
    name: "IIJmio",
    aliases: ["IIJmio Mobile Service", "IIJmio Mobile Services", "IIJmio Mobile Service(s)"],
    sources: [breakdown("IIJmio Mobile services")],
  },
];

export const COST_LINES: readonly LineDefinition[] = [
  {
    name: "Total",
    aliases: ["Total cost of sales", "Cost of sales"],
    sources: [pl("Total cost of sales")],
    negate: true,
  },
  {
    name: "Network",
    aliases: ["Network services", "Cost of network services"],
    sources: [pl("Cost of network services")],
    negate: true,
  },
  {
    name: "SI",
    aliases: ["Systems integration", "Cost of systems integration"],
    sources: [pl("Cost of systems integration")],
    negate: true,
  },
  {
    name: "ATM",
    aliases: ["ATM operation business", "Cost of ATM operation business"],
    sources: [pl("Cost of ATM operation business")],
    negate: true,
  },
];

export const GROSS_PROFIT_LINES: readonly LineDefinition[] = [
  { name: "Total", aliases: ["Gross profit"], sources: [pl("Gross profit")] },
  {
    name: "Network",
    aliases: ["Network services"],
    sources: [],
    sumOf: [pl("Network services"), pl("Cost of network services")],
  },
  {
    name: "SI",
    aliases: ["Systems integration"],
    sources: [],
    sumOf: [pl("Systems integration"), pl("Cost of systems integration")],
  },
  {
    name: "ATM",
    aliases: ["ATM operation business"],
    sources: [],
    sumOf: [pl("ATM operation business"), pl("Cost of ATM operation business")],
  },
];

export const SEGMENTS: readonly LineDefinition[] = [
  {
    name: "Total",
    aliases: ["Operating profit", "Consolidated"],
    sources: [pl("Operating profit")],
  },
  {
    name: "Network & SI",
    aliases: [
      "Network and SI",
      "Network service and systems integration business",
      "Network services and SI business",
    ],
    sources: [ref("segments", "Network & SI: operating profit")],
  },
  {
    name: "ATM",
    aliases: ["ATM operation business"],
    sources: [ref("segments", "ATM: operating profit")],
  },
  {
    name: "Adjustments",
    aliases: ["Adjustment", "Elimination", "Eliminations"],
    sources: [ref("segments", "Adjustments: operating profit")],
  },
];

/** Statements whose lines `IIJ.KPI` answers for: operating figures, not accounts. */
export const KPI_STATEMENTS: readonly Statement[] = ["kpi", "si-orders", "employees"];

/** Short names for the KPIs most asked for. */
export const KPI_ALIASES: Readonly<Record<string, string>> = {
  "orders received": "Orders received: Total",
  "order backlog": "Order backlog: Total",
  backlog: "Order backlog: Total",
  employees: "Employees (consolidated)",
  bandwidth: "Total contracted bandwidth",
  "contracted bandwidth": "Total contracted bandwidth",
};
