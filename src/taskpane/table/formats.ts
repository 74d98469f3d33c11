import type { MoneyUnit } from "../../data/unit";
export declare function formulaNumberFormat(formula: string, unit?: MoneyUnit): string;
