/**
 * The starter model, examples/IIJ-model.xlsx: its figures against the reports, the evaluator's
 * workbook check (`npx iij eval --workbook`), and that the committed file is what
 * `npm run build:model` writes today.
 */
// ExcelJS rows and cells are plain objects read from a file, not Office.js proxies: nothing to load or sync.
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MODEL_PATH, writeModel } from "../../scripts/build-model";
import { checkWorkbook, toEngineFormula } from "../../src/evaluator/workbook";

const ROOT = join(__dirname, "..", "..");
const contract = JSON.parse(
  readFileSync(join(ROOT, "test", "functions", "contract.json"), "utf8")
) as Record<string, string[]>;

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The cell of a sheet at the row labelled `label` (column A) and the column headed `period`. */
function figure(workbook: ExcelJS.Workbook, sheetName: string, label: string, period: string) {
  const sheet = workbook.getWorksheet(sheetName);
  assert.ok(sheet, `sheet ${sheetName}`);
  let headerRow = 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = (row.values as unknown[]).slice(1);
    if (values.includes(period)) headerRow = r;
    if (headerRow && r > headerRow && row.getCell(1).value === label) {
      const col = (sheet.getRow(headerRow).values as unknown[]).indexOf(period);
      return row.getCell(col);
    }
  }
  assert.fail(`${sheetName}: no row ${label} under a header ${period}`);
}

function iijEval(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, "bin", "iij.js"), "eval", ...args], {
    encoding: "utf8",
    cwd: ROOT,
  });
}

describe("the starter model (npm run build:model, examples/IIJ-model.xlsx)", function () {
  this.timeout(120_000);
  let dir: string;
  /** The model as `npm run build:model` writes it now, in a temporary folder. */
  let built: string;
  let model: ExcelJS.Workbook;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "iij-model-"));
    built = join(dir, "IIJ-model.xlsx");
    await writeModel(built);
    model = await load(built);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates to the values cached in the file: `iij eval --workbook` finds 0 differ", () => {
    const run = iijEval("--workbook", built);
    const lines = run.stdout.trim().split("\n");
    assert.match(lines.at(-1)!, /^\d+ formulas, 0 differ$/, run.stdout + run.stderr);
    assert.ok(Number(lines.at(-1)!.split(" ")[0]) > 300, "the model holds hundreds of formulas");
    assert.equal(lines.length, 1, run.stdout);
    assert.equal(run.status, 0);
  });

  it("caches the figures printed in the reports", () => {
    const cases: [string, string, string, number, string][] = [
      // sheet, row label, period, value (JPY mn), where it is printed
      ["Revenue", "Network", "1H23", 73_981, "2Q FY2023 report line 676: 73,981"],
      [
        "Revenue",
        "Network",
        "1H19",
        61_203.901,
        "2Q FY2019 report line 646: 61,203,901 thousand yen",
      ],
      ["Revenue", "SI", "1H23", 52_750, "2Q FY2023 report line 176: 52,750"],
      ["Cost and gross profit", "SI", "1H23", 45_172, "2Q FY2023 report line 180: (45,172)"],
      [
        "Balance sheet",
        "Total assets",
        "2023-09-30",
        259_108,
        "2Q FY2023 report line 634: 259,108",
      ],
      [
        "Balance sheet",
        "Total assets",
        "2019-09-30",
        201_972.107,
        "2Q FY2019 report line 608: 201,972,107 thousand yen",
      ],
    ];
    for (const [sheet, label, period, expected, where] of cases) {
      const cell = figure(model, sheet, label, period);
      assert.equal(cell.type, ExcelJS.ValueType.Formula, `${sheet}!${cell.address} is a formula`);
      assert.equal(cell.result, expected, `${sheet}!${cell.address} (${where})`);
    }
  });

  it("stores every IIJ call the way Excel saves a custom function, for a function in the locked contract", () => {
    let calls = 0;
    model.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          assert.doesNotMatch(
            cell.formula,
            /\bIIJ\./,
            `${sheet.name}!${cell.address} must not store IIJ. plainly`
          );
          for (const [, id] of cell.formula.matchAll(/_xldudf_IIJ_([A-Z0-9_]+)\(/g)) {
            assert.ok(
              contract[id],
              `${sheet.name}!${cell.address}: IIJ.${id} is not in contract.json`
            );
            calls++;
          }
        })
      )
    );
    assert.ok(calls > 300);
  });

  it("refers to the header cells: period row, label column and unit cell", () => {
    const cell = figure(model, "Revenue", "Network", "1H23");
    assert.match(cell.formula, /^_xldudf_IIJ_REVENUE\([A-Z]+\$5,\$A\d+,\$B\$2\)$/);
    assert.equal(model.getWorksheet("Revenue")!.getCell("B2").value, "JPY mn");
    assert.equal(
      toEngineFormula(cell.formula),
      cell.formula.replace("_xldudf_IIJ_REVENUE", "=IIJ.REVENUE")
    );
  });

  it("detects a tampered cached value: 1 differ, exit 1", async () => {
    const copy = await load(built);
    const cell = figure(copy, "Revenue", "Network", "1H23");
    cell.value = { formula: cell.formula, result: 70_000 } as ExcelJS.CellFormulaValue;
    const tampered = join(dir, "tampered.xlsx");
    await copy.xlsx.writeFile(tampered);
    const run = iijEval("--workbook", tampered);
    const lines = run.stdout.trim().split("\n");
    assert.equal(lines.length, 2, run.stdout);
    assert.match(lines[0], /^Revenue!\w+\d+: file 70000, recalculated 73981 /);
    assert.match(lines[1], /^\d+ formulas, 1 differ$/);
    assert.equal(run.status, 1);
  });

  it("evaluates cell references and ordinary Excel functions across the workbook", async () => {
    const check = await checkWorkbook(built);
    assert.deepEqual(check.differences, []);
    const sums = model.getWorksheet("Revenue")!.getRow(10);
    assert.match(String(sums.getCell(1).value), /^Check/);
    assert.match(sums.getCell(2).formula, /^SUM\(B7:B9\)-B6$/);
  });

  it("is committed as `npm run build:model` writes it today (formulas and values, not bytes)", async () => {
    const committed = await load(MODEL_PATH);
    const cells = (workbook: ExcelJS.Workbook) => {
      const out: string[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const value =
              cell.type === ExcelJS.ValueType.Formula
                ? { formula: cell.formula, result: cell.result }
                : cell.value;
            out.push(`${sheet.name}!${cell.address} ${JSON.stringify(value)}`);
          })
        )
      );
      return out;
    };
    assert.deepEqual(
      cells(committed),
      cells(model),
      "examples/IIJ-model.xlsx is out of date: run npm run build:model"
    );
  });
});
