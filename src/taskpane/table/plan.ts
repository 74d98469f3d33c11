import type { TablePlan, TableRequest } from "./types";
export declare function planTable(request: TableRequest): TablePlan;
