/**
 * A colleague without the add-in, reading with a third-party spreadsheet: LibreOffice Calc opens
 * the starter model and shows the cached figures, and a sheet kept with "Keep values" shows every
 * value even to a reader that recalculates everything. Expected figures are typed from the reports.
 */
// ExcelJS rows and cells are plain objects read from a file, not Office.js proxies: nothing to load or sync.

import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeModel } from "../../scripts/build-model";
import { finishWorkbook } from "../../scripts/workbook-package";
import { manifestIdentity, referenceFor } from "../../src/evaluator/addin-identity";
import { toEngineFormula } from "../../src/evaluator/workbook";
import { installExcelStandIn } from "../../src/preview/excel-standin";
import { WorkbookStore } from "../../src/preview/workbook-store";
import { keepValues } from "../../src/taskpane/excel-actions";
import { LIBREOFFICE_REQUIRED, libreOfficeAvailable, sheetsAsCsv } from "../support/libreoffice";

/** The cell of a CSV sheet at the row labelled `label` under the header row holding `period`. */
function figure(rows: string[][], label: string, period: string): string {
  let header: string[] | undefined;
  for (const row of rows) {
    if (row.includes(period)) header = row;
    else if (header && row[0] === label) return row[header.indexOf(period)];
  }
  assert.fail(`no row ${label} under a header ${period}`);
}

/** A number as LibreOffice writes it unformatted: percentages keep their "%". */
function numberOf(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The header of the latest balance date (30 September 2023, the last column), as LibreOffice writes it. */
function latestBalanceHeader(rows: string[][]): string {
  return rows[1].filter((text) => text !== "").at(-1)!;
}

function isNameError(text: string): boolean {
  return text.trim() === "#NAME?";
}

describe("LibreOffice Calc, a third-party reader, opens what the project writes", function () {
  this.timeout(240_000);
  let dir: string;
  let modelPath: string;
  let model: ExcelJS.Workbook;

  before(async function () {
    if (!libreOfficeAvailable()) {
      if (LIBREOFFICE_REQUIRED)
        throw new Error("soffice (Debian: libreoffice-calc) is not installed");
      console.log("      (skipped: install libreoffice-calc to run these tests)");
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), "iij-lo-model-"));
    modelPath = join(dir, "IIJ-model.xlsx");
    await writeModel(modelPath);
    model = new ExcelJS.Workbook();
    await model.xlsx.readFile(modelPath);
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("converts the starter model to CSV without recalculating: the cached figures, as printed in the reports, and no #NAME?", () => {
    const sheets = sheetsAsCsv(modelPath, "never");
    const revenue = sheets.get("Revenue")!;
    // 2Q FY2023 report line 175: Network services 73,981 (JPY mn).
    assert.equal(Number(figure(revenue, "Network services", "1H23")), 73_981);
    // 2Q FY2019 report line 646: Network services 61,203,901 thousand yen.
    assert.equal(Number(figure(revenue, "Network services", "1H19")), 61_203.901);
    // 2Q FY2023 report line 634: total assets 259,108 at 30 September 2023 (headers are dates: a serial).
    const balance = sheets.get("Balance sheet")!;
    assert.equal(Number(figure(balance, "Total assets", latestBalanceHeader(balance))), 259_108);
    // The check row Network + SI + ATM - Total reads exactly 0, no float noise.
    assert.equal(figure(revenue, "Check: Network + SI + ATM − Total", "1H23"), "0");

    let compared = 0;
    model.eachSheet((sheet) => {
      const rows = sheets.get(sheet.name);
      assert.ok(rows, `LibreOffice wrote no CSV for ${sheet.name}`);
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const shown = rows[r - 1]?.[c - 1] ?? "";
          const where = `${sheet.name}!${cell.address} ${cell.formula}`;
          assert.ok(!isNameError(shown), `${where} reads #NAME?`);
          const cached = cell.result;
          if (typeof cached === "number")
            assert.ok(near(numberOf(shown), cached), `${where}: ${shown}, cached ${cached}`);
          else assert.equal(shown, String(cached), where);
          compared++;
        })
      );
    });
    assert.ok(compared > 500, `${compared} formula cells compared`);
  });

  it("LibreOffice's own recalculation of the model's plain formulas (checks, YoY, margins, net debt, titles) agrees with the cached values", async () => {
    // The IIJ.* cells kept as their cached values, as a reader without the add-in has them; every
    // other formula recalculated by LibreOffice on load.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(modelPath);
    const expected = new Map<string, number | string>();
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const cached = cell.result as number | string;
          if (/_xldudf_IIJ_/.test(cell.formula)) cell.value = cached;
          else expected.set(`${sheet.name}!${cell.row},${cell.col}`, cached ?? 0);
        })
      )
    );
    const path = join(dir, "values-and-formulas.xlsx");
    await book.xlsx.writeFile(path);
    const sheets = sheetsAsCsv(path, "always");
    let checks = 0;
    for (const [where, cached] of expected) {
      const [name, at] = where.split("!");
      const [r, c] = at.split(",").map(Number);
      const shown = sheets.get(name)![r - 1]?.[c - 1] ?? "";
      if (typeof cached === "number")
        assert.ok(
          near(numberOf(shown), cached),
          `${where}: LibreOffice ${shown}, cached ${cached}`
        );
      else assert.equal(shown, String(cached), where);
      checks++;
    }
    assert.ok(checks > 100, `${checks} formulas recalculated`);
  });

  it("recalculating on load instead shows #NAME? in the IIJ.* cells: what Excel's recalculation on open would show a colleague without the add-in", () => {
    const revenue = sheetsAsCsv(modelPath, "always").get("Revenue")!;
    assert.ok(isNameError(figure(revenue, "Network services", "1H23")));
  });

  it("a sheet kept with Keep values shows every value, even to a reader that recalculates everything", async () => {
    // The Revenue sheet in the preview's stand-in Excel, its formulas calculated by the add-in's code.
    const source = model.getWorksheet("Revenue")!;
    const store = new WorkbookStore("Revenue");
    source.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const content =
          cell.type === ExcelJS.ValueType.Formula ? toEngineFormula(cell.formula) : cell.value;
        store.setFormulas("Revenue", r - 1, c - 1, [[content]]);
      })
    );
    const { restore } = installExcelStandIn(store);
    let kept: string;
    try {
      kept = (await keepValues()).name;
    } finally {
      restore();
    }

    // Saved as our writer saves a workbook: the original sheet with formulas, the kept one with values.
    const book = new ExcelJS.Workbook();
    for (const name of ["Revenue", kept]) {
      const sheet = book.addWorksheet(name);
      const used = store.usedRange(name)!;
      for (let r = 0; r < used.rowCount; r++)
        for (let c = 0; c < used.columnCount; c++) {
          const [row, column] = [used.row + r, used.column + c];
          const formula = store.formula(name, row, column);
          const value = store.value(name, row, column);
          if (formula === "") continue;
          sheet.getCell(row + 1, column + 1).value =
            typeof formula === "string" && formula.startsWith("=")
              ? ({
                  formula: formula.slice(1).replace(/IIJ\.([A-Z]+)\(/g, "_xldudf_IIJ_$1("),
                  result: value,
                } as ExcelJS.CellFormulaValue)
              : value;
        }
    }
    const path = join(dir, "kept.xlsx");
    const marks = {
      addin: referenceFor(undefined, manifestIdentity()),
      autoOpen: false,
      paneOpen: false,
    };
    writeFileSync(path, await finishWorkbook(Buffer.from(await book.xlsx.writeBuffer()), marks));

    const sheets = sheetsAsCsv(path, "always");
    const original = sheets.get("Revenue")!;
    const copy = sheets.get(kept)!;
    assert.ok(
      isNameError(figure(original, "Network services", "1H23")),
      "the formulas recalculate to #NAME?"
    );
    assert.equal(Number(figure(copy, "Network services", "1H23")), 73_981);
    assert.equal(Number(figure(copy, "Network services", "1H19")), 61_203.901);
    let values = 0;
    original.forEach((row, r) =>
      row.forEach((text, c) => {
        const shown = copy[r]?.[c] ?? "";
        assert.ok(!isNameError(shown), `${kept} row ${r + 1} column ${c + 1} reads #NAME?`);
        const computed = store.value("Revenue", r, c);
        if (typeof computed === "number") {
          assert.ok(
            near(numberOf(shown), computed),
            `${kept} row ${r + 1} column ${c + 1}: ${shown}`
          );
          values++;
        } else if (computed !== "") assert.equal(shown, String(computed));
      })
    );
    // Revenue: 16 figures, 8 YoY growth rates, 4 checks.
    assert.ok(values >= 28, `${values} numbers compared`);
  });
});
