import type { PreviewGrid, TablePlan } from "./types";
export declare function previewTable(plan: TablePlan, maxRows?: number): PreviewGrid;
