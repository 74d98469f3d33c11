/**
 * The statements' layouts (src/data/layout.ts) against the reports and the dataset: every line
 * of a statement laid out once, every section header and label printed in a filing's statement.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseLineReference } from "../../src/data/dataset";
import { OPERATING_DATA_AT_A_DATE, statementLayout } from "../../src/data/layout";
import { query } from "../../src/functions/iij";

const reports = ["iij-2q-fy2019", "iij-2q-fy2023"].map((id) =>
  readFileSync(`data/reports/${id}-quarterly-securities-report.txt`, "utf8").toLowerCase()
);
const printed = (text: string) => reports.some((report) => report.includes(text.toLowerCase()));

describe("statement layouts", () => {
  for (const statement of ["profit-or-loss", "financial-position", "cash-flows"] as const) {
    it(`${statement}: every dataset line once, sections and labels as printed`, () => {
      const layout = statementLayout(statement)!;
      const items = layout.flatMap((e) => ("item" in e ? [e.item] : []));
      assert.deepEqual([...items].sort(), [...query().dataset.items(statement)].sort());
      for (const entry of layout) {
        const text = "section" in entry ? entry.section : (entry.label ?? entry.item);
        assert.ok(printed(text), `"${text}" is not printed`);
      }
    });
  }

  it("operating data at a date: lines of the dataset, labels as printed", () => {
    const q = query();
    for (const entry of OPERATING_DATA_AT_A_DATE) {
      if ("section" in entry) continue;
      const ref = parseLineReference(entry.item)!;
      assert.ok(q.dataset.items(ref.statement).includes(ref.item), entry.item);
      assert.ok(printed(entry.label ?? ref.item), `"${entry.label}" is not printed`);
    }
  });
});
