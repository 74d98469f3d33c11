/** The columns of a table: which periods or dates, in what order. (In progress.) */
import type { PeriodOption, TableKind, TableRequest, PlanColumn } from "./types";

export declare function chronological(codes: Iterable<string>): string[];
export declare function periodOptions(kind: TableKind, items?: readonly string[]): PeriodOption[];
export declare function orderColumns(request: TableRequest): PlanColumn[];
