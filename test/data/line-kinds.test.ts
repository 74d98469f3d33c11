/**
 * The source files say what each line is, and the build refuses a line whose kind does not fit:
 * derivation follows the kind, so a mistake here would be a wrong figure in a workbook.
 */
import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSources } from "../../scripts/dataset/source";

/** A one-file source directory: a cash-flow table (rows given) and a balance sheet. */
function sourcesWith(cashFlowRows: string, cashFlowKind = "flow", extra = ""): () => unknown {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), "iij-kinds-"));
    try {
      writeFileSync(
        join(dir, "test.yaml"),
        `report: {id: t, file: t.txt, title: T, filed: 2023-11-14}
tables:
  - id: bs
    statement: financial-position
    kind: balance
    source: BS
    unit: JPY mn
    periods: [2023-03-31]
    rows:
      - {line: 1, item: Cash and cash equivalents, values: ["42,472"]}
  - id: cf
    statement: cash-flows
    kind: ${cashFlowKind}
    source: CF
    unit: JPY mn
    periods: [1H23]
    rows:
${cashFlowRows}
${extra}`
      );
      return loadSources(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const OPENING =
  '      - {line: 2, item: Opening cash, kind: opening, closing_item: Closing cash, balance_of: "financial-position: Cash and cash equivalents", values: ["42,472"]}';
const CLOSING = '      - {line: 3, item: Closing cash, kind: closing, values: ["42,587"]}';

describe("line kinds in the source files", () => {
  it("loads opening and closing balances of a flow table, with their links", () => {
    const { figures } = sourcesWith(`${OPENING}\n${CLOSING}`)() as ReturnType<typeof loadSources>;
    const opening = figures.find((f) => f.item === "Opening cash")!;
    assert.equal(opening.kind, "opening");
    assert.equal(opening.closingItem, "Closing cash");
    assert.equal(opening.balanceOf, "financial-position: Cash and cash equivalents");
    assert.equal(figures.find((f) => f.item === "Cash and cash equivalents")!.kind, "balance");
  });

  it("refuses a table without a kind, or whose columns do not fit it", () => {
    assert.throws(sourcesWith(CLOSING, ""), /`kind` must be flow .* or balance/);
    assert.throws(sourcesWith(CLOSING, "instant"), /`kind` must be flow .* or balance/);
    assert.throws(sourcesWith(CLOSING, "balance"), /a balance table's columns are dates, not 1H23/);
  });

  it("refuses an opening balance that does not name its closing line, or names a flow", () => {
    assert.throws(
      sourcesWith('      - {line: 2, item: Opening cash, kind: opening, values: ["1"]}'),
      /names its `closing_item`/
    );
    assert.throws(
      sourcesWith(
        `      - {line: 2, item: Opening cash, kind: opening, closing_item: Closing cash, values: ["1"]}\n      - {line: 3, item: Closing cash, values: ["1"]}`
      ),
      /closing_item "Closing cash" is not a closing balance/
    );
  });

  it("refuses balance links on a flow, and a balance_of that is not a balance at dates", () => {
    assert.throws(
      sourcesWith(
        '      - {line: 2, item: Net change, balance_of: "financial-position: Cash and cash equivalents", values: ["1"]}'
      ),
      /`balance_of` belongs to an opening or closing balance/
    );
    assert.throws(
      sourcesWith(
        '      - {line: 3, item: Closing cash, kind: closing, balance_of: "cash-flows: Net change", values: ["1"]}\n      - {line: 2, item: Net change, values: ["1"]}'
      ),
      /is not a line of balances at dates/
    );
  });

  it("refuses a line that is a flow in one table and a balance in another, or a repeat of another kind", () => {
    const later = `  - id: cf-fy
    statement: cash-flows
    kind: flow
    source: CF
    unit: JPY mn
    periods: [FY22]
    rows:
      - {line: 4, item: Closing cash, values: ["42,472"]}`;
    assert.throws(
      sourcesWith(CLOSING, "flow", later),
      /kind is "closing" in table cf .* but "flow" in table cf-fy/
    );
    const repeat = `  - id: selected
    statement: selected-data
    kind: flow
    source: Selected
    unit: JPY mn
    periods: [1H23]
    rows:
      - {line: 5, item: Cash at the end, same_as: "cash-flows: Closing cash", values: ["42,587"]}`;
    assert.throws(
      sourcesWith(CLOSING, "flow", repeat),
      /is a flow line but repeats "cash-flows: Closing cash", a closing line/
    );
  });
});
