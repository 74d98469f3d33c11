/**
 * verify-data's account of every numeric cell of the reports' table lines: a cell no figure
 * records and no rule excludes is caught, by line and position.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { accountCells, isNumericCell, numericCells } from "../../scripts/dataset/completeness";
import { REPORT_DIR, loadSources } from "../../scripts/dataset/source";
import type { Figure } from "../../src/data/types";

const figure = (line: number, printed: string): Figure =>
  ({ line, printed, item: "x", statement: "notes", period: "FY22", value: "0" }) as never;

describe("verify-data: every numeric cell accounted for", () => {
  const text = [
    "Contents\t3",
    "Revenue\t1,200\t(300)\t5.1",
    "Prose with 2023 in it",
    "Dated\tMarch 31, 2023",
  ].join("\n");

  it("counts the numbers of tab-separated lines only, not words, dates or prose", () => {
    assert.deepEqual(
      numericCells(text).map((c) => `${c.line}:${c.column}:${c.text}`),
      ["1:1:3", "2:1:1,200", "2:2:(300)", "2:3:5.1"]
    );
    assert.ok(isNumericCell("(1,930)") && isNumericCell("44.5") && isNumericCell("3.46"));
    assert.ok(!isNumericCell("1H23") && !isNumericCell("-") && !isNumericCell("6,11"));
  });

  it("catches a cell that is neither recorded nor excluded", () => {
    const account = accountCells(
      text,
      [figure(2, "1,200")],
      [{ id: "pages", lines: ["1:1"], reason: "page number of the contents" }]
    );
    assert.equal(account.cells, 4);
    assert.equal(account.recorded, 1);
    assert.equal(account.excluded, 1);
    assert.deepEqual(
      account.unaccounted.map((c) => `${c.line}:${c.column}:${c.text}`),
      ["2:2:(300)", "2:3:5.1"]
    );
  });

  it("each figure records one cell: a figure printed twice on a line needs two records", () => {
    const twice = "Total\t6,555\t6,555";
    assert.equal(accountCells(twice, [figure(1, "6,555")], []).unaccounted.length, 1);
    assert.equal(accountCells(twice, [figure(1, "6,555"), figure(1, "6,555")], []).recorded, 2);
  });

  it("a rule names its cells and says why; a stale or malformed rule is reported", () => {
    const account = accountCells(
      text,
      [],
      [
        { id: "yoy", lines: ["2:3"], reason: "printed YoY %, IIJ.YOY computes it" },
        { id: "idle", lines: ["4"], reason: "covers a line without numeric cells" },
        { id: "bad", lines: ["2-x"], reason: "not a range of lines at all" },
        { id: "why", lines: ["1"], reason: "" },
      ]
    );
    assert.deepEqual(account.idleRules, ["idle", "bad"]);
    assert.ok(account.problems.some((p) => p.includes('"2-x" is not a line')));
    assert.ok(account.problems.some((p) => p.includes("exclusion why: `reason`")));
  });

  it("the real sources account for every cell, and dropping one figure leaves that cell unaccounted", () => {
    const sources = loadSources();
    const report = sources.reports.find((r) => r.id === "iij-2q-fy2023")!;
    const reportText = readFileSync(join(REPORT_DIR, report.file), "utf8");
    const figures = sources.figures.filter((f) => f.report === report.id);
    const exclusions = sources.exclusions.get(report.id)!;
    assert.equal(accountCells(reportText, figures, exclusions).unaccounted.length, 0);
    // 2023 report line 1032: "Lease obligations	48,057	44,941"
    const without = figures.filter((f) => !(f.line === 1032 && f.printed === "48,057"));
    assert.equal(without.length, figures.length - 1);
    const account = accountCells(reportText, without, exclusions);
    assert.deepEqual(
      account.unaccounted.map((c) => `${c.line}:${c.column}:${c.text}`),
      ["1032:1:48,057"]
    );
  });
});
