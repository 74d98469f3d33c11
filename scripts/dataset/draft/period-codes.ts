/**
 * Period codes as strings, as the drafter reads and writes them: `1H24`, `2Q24`, `9M23`, `FY24`
 * and balance dates `2024-09-30`. Kept apart from src/data/period.ts because a draft may name a
 * period the dataset does not know yet; the loader checks every code when the reviewed file is built.
 */

const FLOW = /^(1Q|2Q|3Q|4Q|1H|2H|9M|FY)(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The same period `years` later: 1H22 -> 1H23, 2023-03-31 -> 2024-03-31 (29 February -> 28). */
export function shiftYears(code: string, years: number): string {
  const flow = FLOW.exec(code);
  if (flow) return `${flow[1]}${String((Number(flow[2]) + years + 100) % 100).padStart(2, "0")}`;
  const date = DATE.exec(code);
  if (!date) return code;
  const day = date[2] === "02" && date[3] === "29" ? "28" : date[3];
  return `${Number(date[1]) + years}-${date[2]}-${day}`;
}
