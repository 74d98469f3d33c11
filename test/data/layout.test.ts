/**
 * The statements' layouts (src/data/layout.ts) against the reports and the dataset: every line
 * of a statement laid out once, every section header and label printed in a filing's statement.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseLineReference } from "../../src/data/dataset";
import {
  EQUITY_COMPONENTS,
  EQUITY_OWNERS_HEADING,
  OPERATING_DATA_AT_A_DATE,
  statementLayout,
} from "../../src/data/layout";
import { query } from "../../src/functions/iij";

const reports = ["iij-2q-fy2019", "iij-2q-fy2023"].map((id) =>
  readFileSync(`data/reports/${id}-quarterly-securities-report.txt`, "utf8").toLowerCase()
);
const printed = (text: string) => reports.some((report) => report.includes(text.toLowerCase()));

describe("statement layouts", () => {
  for (const statement of [
    "profit-or-loss",
    "comprehensive-income",
    "financial-position",
    "cash-flows",
  ] as const) {
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

  it("changes in equity: every dataset item is a laid-out component and movement; headings as printed", () => {
    const layout = statementLayout("changes-in-equity")!;
    const movements = layout.flatMap((e) => ("item" in e ? [e.item] : []));
    const components = EQUITY_COMPONENTS.map((c) => c.component);
    const items = query().dataset.items("changes-in-equity");
    for (const item of items) {
      const [component, movement] = item.split(": ");
      assert.ok(components.includes(component), `${item}: component laid out`);
      assert.ok(movements.includes(movement), `${item}: movement laid out`);
    }
    // Every movement laid out has a figure in some column, every component in some row.
    for (const movement of movements)
      assert.ok(
        items.some((i) => i.endsWith(`: ${movement}`)),
        movement
      );
    for (const c of components)
      assert.ok(
        items.some((i) => i.startsWith(`${c}: `)),
        c
      );
    for (const entry of layout)
      if ("section" in entry) assert.ok(printed(entry.section), entry.section);
    // The column headings as the 2023 report prints them (line 784).
    const headings = readFileSync(
      "data/reports/iij-2q-fy2023-quarterly-securities-report.txt",
      "utf8"
    ).split("\n")[783];
    assert.deepEqual(
      headings.split("\t").slice(2),
      EQUITY_COMPONENTS.map((c) => c.label)
    );
    assert.ok(printed(EQUITY_OWNERS_HEADING));
  });

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
