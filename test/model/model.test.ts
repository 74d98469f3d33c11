/**
 * The starter model, examples/IIJ-model.xlsx: its figures against the reports, the workbook check
 * (`npx iij eval --workbook`) on it and on tampered copies, and that the committed file (and the
 * dataset version and check docs/deploy.md quote) is what `npm run build:model` writes today.
 */
// ExcelJS rows and cells are plain objects read from a file, not Office.js proxies: nothing to load or sync.
/* eslint-disable office-addins/load-object-before-read */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  CHECK_SUMMARY_PATTERN,
  DATASET_VERSION_PATTERN,
  DEPLOY_GUIDE,
  MODEL_PATH,
  writeModel,
} from "../../scripts/build-model";
import { reportWorkbook } from "../../src/evaluator/verdict";
import { checkWorkbook, toEngineFormula } from "../../src/evaluator/workbook";
import { DATASET_VERSION } from "../../src/data/generated/dataset";
import { revenue } from "../../src/functions/iij";
import { formatCell } from "../../src/taskpane/i18n/format";

const ROOT = join(__dirname, "..", "..");
const contract = JSON.parse(
  readFileSync(join(ROOT, "test", "functions", "contract.json"), "utf8")
) as Record<string, string[]>;

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A row's values, dates (balance headers) as ISO dates: "2023-09-30". */
function headers(row: ExcelJS.Row): unknown[] {
  return (row.values as unknown[]).map((v) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v
  );
}

/** The cell of a sheet at the row labelled `label` (column A) and the column headed `period`. */
function figure(workbook: ExcelJS.Workbook, sheetName: string, label: string, period: string) {
  const sheet = workbook.getWorksheet(sheetName);
  assert.ok(sheet, `sheet ${sheetName}`);
  let headerRow = 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = headers(row);
    if (values.includes(period)) headerRow = r;
    if (headerRow && r > headerRow && row.getCell(1).value === label) {
      const col = headers(sheet.getRow(headerRow)).indexOf(period);
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

  /** A copy of the built model with some parts rewritten (path -> new text, or null to delete). */
  async function tampered(
    name: string,
    edit: (parts: Map<string, string>) => void
  ): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(built));
    const parts = new Map<string, string>();
    for (const path of Object.keys(zip.files))
      if (!zip.files[path].dir) parts.set(path, await zip.files[path].async("string"));
    const before = new Map(parts);
    edit(parts);
    for (const [path, text] of before)
      if (!parts.has(path)) zip.remove(path);
      else if (parts.get(path) !== text) zip.file(path, parts.get(path)!);
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    return path;
  }

  /** Replaces `from` with `to` in a part, failing if `from` is not there. */
  function replace(parts: Map<string, string>, path: string, from: string | RegExp, to: string) {
    const text = parts.get(path)!;
    assert.ok(typeof from === "string" ? text.includes(from) : from.test(text), `${path}: ${from}`);
    parts.set(path, text.replace(from, to));
  }

  /** The Revenue sheet's part: the model's fifth sheet (About, P&L, Balance sheet, Cash flows, Revenue). */
  const REVENUE = "xl/worksheets/sheet5.xml";
  /** Network services, 1H23 (2Q FY2023 report line 175: 73,981), as stored. */
  const NETWORK_1H23 = "_xldudf_IIJ_REVENUE(I$2,&quot;Network&quot;,$A$2)";

  it("`iij eval --workbook`: names this add-in from the central catalog, no recalculation on open, 0 differ; verdict fine, exit 0", () => {
    const run = iijEval("--workbook", built);
    const lines = run.stdout.trim().split("\n");
    assert.equal(
      lines.at(-1),
      "Verdict: fine: a colleague sees every cached figure, and Excel can load IIJ Figures for the file",
      run.stdout + run.stderr
    );
    assert.match(lines.at(-2)!, /^\d+ formulas, 0 differ$/);
    assert.ok(Number(lines.at(-2)!.split(" ")[0]) > 300, "the model holds hundreds of formulas");
    assert.match(
      run.stdout,
      /^add-in: IIJ Figures [0-9a-f-]{36} version [\d.]+, from the organisation's add-ins \(Centralized Deployment\).*; the pane opens with the workbook$/m
    );
    assert.match(run.stdout, /^recalculation on open: none \(calcId 191029\)/m);
    assert.match(
      run.stdout,
      new RegExp(
        `^calculated with dataset ${DATASET_VERSION.replace(".", "\\.")}, the add-in's own$`,
        "m"
      )
    );
    assert.doesNotMatch(run.stdout, /problem:/);
    assert.equal(run.status, 0);
  });

  const cases: [string, (parts: Map<string, string>) => void, RegExp][] = [
    [
      "no web extension part",
      (parts) => {
        for (const path of [...parts.keys()])
          if (path.startsWith("xl/webextensions/")) parts.delete(path);
        replace(parts, "_rels/.rels", /<Relationship [^>]*webextensiontaskpanes[^>]*\/>/, "");
        replace(
          parts,
          "[Content_Types].xml",
          /<Override PartName="\/xl\/webextensions\/[^>]*\/>/g,
          ""
        );
      },
      /^problem: names no add-in \(no web extension part\): Excel cannot load IIJ Figures/m,
    ],
    [
      "an old calcId",
      (parts) => replace(parts, "xl/workbook.xml", 'calcId="191029"', 'calcId="171027"'),
      /^problem: calcId 171027 is older than current Excel's 191029: Excel recalculates every formula when it opens the file; a colleague without the add-in sees #NAME\? in every IIJ\.\* cell/m,
    ],
    [
      "fullCalcOnLoad",
      (parts) =>
        replace(parts, "xl/workbook.xml", 'calcId="191029"', 'calcId="191029" fullCalcOnLoad="1"'),
      /^problem: fullCalcOnLoad is set: Excel recalculates every formula on open/m,
    ],
    [
      "a missing cached value",
      (parts) =>
        replace(parts, REVENUE, `<f>${NETWORK_1H23}</f><v>73981</v>`, `<f>${NETWORK_1H23}</f>`),
      /^problem: 1 IIJ\.\* cells have no cached value \(Revenue!I4\): a colleague without the add-in sees #NAME\? or nothing there$/m,
    ],
    [
      "an unknown function id",
      (parts) => replace(parts, REVENUE, NETWORK_1H23, NETWORK_1H23.replace("REVENUE", "REVENUES")),
      /^problem: Revenue!I4: _xldudf_IIJ_REVENUES is not a function of IIJ Figures: #NAME\? for everyone$/m,
    ],
    [
      "a call stored as typed",
      (parts) =>
        replace(parts, REVENUE, NETWORK_1H23, NETWORK_1H23.replace("_xldudf_IIJ_", "IIJ.")),
      /^problem: Revenue!I4: IIJ\.\* stored as typed/m,
    ],
  ];
  for (const [name, edit, finding] of cases) {
    it(`\`iij eval --workbook\` on a copy with ${name}: says so, verdict #NAME?, exit 1`, async () => {
      const run = iijEval("--workbook", await tampered(name.replace(/\W+/g, "-"), edit));
      assert.match(run.stdout, finding, run.stdout + run.stderr);
      assert.match(
        run.stdout.trim().split("\n").at(-1)!,
        /^Verdict: a colleague would see #NAME\? \(\d+ problems? above\)$/
      );
      assert.equal(run.status, 1);
    });
  }

  it("the sideloaded variant (ADDIN_STORE=developer) is fine too, and says only sideloading machines can load it", async () => {
    const path = join(dir, "developer.xlsx");
    await writeModel(path, { store: "developer" });
    const run = iijEval("--workbook", path);
    assert.match(
      run.stdout,
      /from a sideloaded manifest \(store "developer"\): only machines that sideloaded manifest\.xml can load it/
    );
    assert.equal(run.status, 0);
  });

  it("caches the figures printed in the reports", () => {
    const cases: [string, string, string, number, string][] = [
      // sheet, row label (as printed), period, value (JPY mn), where it is printed
      ["Revenue", "Network services", "1H23", 73_981, "2Q FY2023 report line 175: 73,981"],
      [
        "Revenue",
        "Network services",
        "1H19",
        61_203.901,
        "2Q FY2019 report line 646: 61,203,901 thousand yen",
      ],
      ["Revenue", "Systems integration", "1H23", 52_750, "2Q FY2023 report line 176: 52,750"],
      [
        "P&L",
        "Cost of systems integration",
        "1H23",
        -45_172,
        "2Q FY2023 report line 180: (45,172)",
      ],
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
      [
        "Balance sheet",
        "Total current liabilities",
        "2023-09-30",
        92_768,
        "2Q FY2023 report line 648: 92,768",
      ],
      [
        "Balance sheet",
        "Contract liabilities",
        "2023-09-30",
        11_857,
        "2Q FY2023 report line 644: 11,857",
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

  it("refers to the header cells: period row and unit cell, as the pane's tables do", () => {
    const cell = figure(model, "Revenue", "Network services", "1H23");
    assert.match(cell.formula, /^_xldudf_IIJ_REVENUE\([A-Z]+\$2,"Network",\$A\$2\)$/);
    assert.equal(model.getWorksheet("Revenue")!.getCell("A2").value, "JPY mn");
    assert.equal(
      toEngineFormula(cell.formula),
      cell.formula.replace("_xldudf_IIJ_REVENUE", "=IIJ.REVENUE")
    );
  });

  it("detects a tampered cached value: 1 differ, exit 1", async () => {
    const path = await tampered("cached-value", (parts) =>
      replace(
        parts,
        REVENUE,
        `<f>${NETWORK_1H23}</f><v>73981</v>`,
        `<f>${NETWORK_1H23}</f><v>70000</v>`
      )
    );
    const run = iijEval("--workbook", path);
    const lines = run.stdout.trim().split("\n");
    assert.match(lines.at(-3)!, /^Revenue!I4: file 70000, recalculated 73981 /, run.stdout);
    assert.match(lines.at(-2)!, /^\d+ formulas, 1 differ$/);
    assert.equal(
      lines.at(-1),
      "Verdict: opens with its cached values, but 1 of them differ from what IIJ Figures calculates"
    );
    assert.equal(run.status, 1);
  });

  /** Every check row of the model: sheet, label and its formula cells. */
  function checkRows() {
    const rows: { sheet: string; label: string; cells: ExcelJS.Cell[] }[] = [];
    model.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        const label = String(row.getCell(1).value ?? "");
        if (!label.startsWith("Check:")) return;
        const cells: ExcelJS.Cell[] = [];
        row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && cells.push(cell));
        rows.push({ sheet: sheet.name, label, cells });
      })
    );
    return rows;
  }

  it("caches every check row exactly 0 where its lines are printed, n/a only in the full years and their 2H, which print few lines", () => {
    const rows = checkRows();
    assert.deepEqual([...new Set(rows.map((r) => r.sheet))].sort(), [
      "Balance sheet",
      "Cash flows",
      "P&L",
      "Revenue",
      "Revenue by service",
    ]);
    let zeros = 0;
    for (const { sheet, label, cells } of rows) {
      assert.ok(cells.length >= 4, `${sheet}: ${label} has a check per column`);
      const header = headers(model.getWorksheet(sheet)!.getRow(2));
      for (const cell of cells) {
        const period = String(header[Number(cell.col)]);
        if (/^(FY|2H)/.test(period))
          assert.equal(cell.result, "n/a", `${sheet}!${cell.address} ${label} (${period})`);
        else {
          assert.equal(cell.result, 0, `${sheet}!${cell.address} ${label} (${period})`);
          zeros++;
        }
      }
    }
    assert.ok(zeros >= 40, `${zeros} checks read 0`);
  });

  it("P&L: the full years and their 2H beside the halves, with the lines the filings print for a year; the others n/a, never 0", () => {
    assert.deepEqual(headers(model.getWorksheet("P&L")!.getRow(2)).slice(2), [
      "1H18",
      "2H18",
      "FY18",
      "1H19",
      "1H22",
      "2H22",
      "FY22",
      "1H23",
    ]);
    const printed: [string, string, number, string][] = [
      ["Total revenues", "FY22", 252_708, "2023 report line 101"],
      ["Operating profit", "FY22", 27_221, "2023 report line 102"],
      ["Profit (loss) before tax", "FY22", 27_309, "2023 report line 103"],
      ["Owners of the parent", "FY22", 18_852, "2023 report line 104"],
      ["Diluted earnings per share (yen)", "FY22", 103.82, "2023 report line 110"],
      ["Total revenues", "FY18", 192_430.185, "2019 report line 62: 192,430,185 thousand yen"],
      ["Operating profit", "FY18", 6_022.987, "2019 report line 63: 6,022,987 thousand yen"],
      // 2H = FY − 1H: 252,708 − 121,962 (2023 report line 101); 27,221 − 11,173 (line 102).
      ["Total revenues", "2H22", 252_708 - 121_962, "2023 report line 101"],
      ["Operating profit", "2H22", 27_221 - 11_173, "2023 report line 102"],
    ];
    for (const [label, period, expected, where] of printed)
      assert.equal(
        figure(model, "P&L", label, period).result,
        expected,
        `${label} ${period} (${where})`
      );
    // Gross profit is not printed for a full year (the selected financial data, lines 101-115).
    const gross = figure(model, "P&L", "Gross profit", "FY22");
    assert.equal(gross.result, "n/a");
    assert.match(
      String(gross.formula),
      /^IFNA\(_xldudf_IIJ_VALUE\("Gross profit",H\$2,\$A\$2\),"n\/a"\)$/
    );
    // A year's margins: of its printed lines, 27,221 / 252,708; the gross margin n/a, not #VALUE!.
    let operating: ExcelJS.Cell | undefined;
    let grossMargin: ExcelJS.Cell | undefined;
    model.getWorksheet("P&L")!.eachRow((row) => {
      if (row.getCell(1).value === "Operating margin") operating = row.getCell(8);
      if (row.getCell(1).value === "Gross margin") grossMargin = row.getCell(8);
    });
    assert.ok(Math.abs((operating!.result as number) - 27_221 / 252_708) < 1e-12);
    assert.equal(grossMargin!.result, "n/a");
    assert.match(String(grossMargin!.formula), /^IF\(COUNT\(H\d+,H\d+\)<2,"n\/a",IF\(/);
    const check = checkRows().find((r) => r.sheet === "P&L")!;
    assert.equal(check.cells[6].formula, 'IF(COUNT(H8,H13,H14)<3,"n/a",H8+H13-H14)');
  });

  it('shows "n/a" in grey over the figures and the rows under them, by a rule: a line later printed shows black', async () => {
    const zip = await JSZip.loadAsync(readFileSync(built));
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    assert.match(
      xml,
      /<conditionalFormatting sqref="B5:I66"><cfRule type="cellIs" dxfId="\d+" priority="100" operator="equal"><formula>&quot;n\/a&quot;<\/formula>/
    );
  });

  it("says under each sheet of periods which lines its full years print, and why the rest are n/a", () => {
    const text = (name: string) => {
      const lines: string[] = [];
      model.getWorksheet(name)!.eachRow((row) => lines.push(String(row.getCell(1).value)));
      return lines.join(" ");
    };
    // 2023 report lines 101-110: the selected financial data print these P&L lines for FY22.
    assert.match(
      text("P&L"),
      /FY18 and FY22: a half-year report prints of the previous full year only its selected financial data: here Total revenues, Operating profit, Profit \(loss\) before tax, Owners of the parent, Basic earnings per share \(yen\) and Diluted earnings per share \(yen\); the other lines read n\/a, as do the ratios and checks that need them\./
    );
    assert.match(
      text("P&L"),
      /2H18 and 2H22 = FY − 1H, worked out where both are printed: Total revenues, Operating profit, Profit \(loss\) before tax and Owners of the parent; the other lines read n\/a\./
    );
    assert.doesNotMatch(text("P&L"), /Left out/);
    assert.match(
      text("Cash flows"),
      /FY18 and FY22: a half-year report prints of the previous full year only its selected financial data: here Cash flows from operating activities/
    );
    // 2023 report line 115: cash and cash equivalents at the end of FY22, 42,472.
    assert.equal(
      figure(model, "Cash flows", "Cash and cash equivalents, end of the period", "FY22").result,
      42_472
    );
  });

  it("balance sheet: contract assets and liabilities in, current liabilities add up to the printed total, assets = liabilities + equity per column", () => {
    const sheet = model.getWorksheet("Balance sheet")!;
    // 2Q FY2023 report lines 641-647 (current liabilities at 30 September 2023) and 648: 92,768.
    const printed = [22_412, 29_581, 3_842, 11_857, 69, 18_518, 6_489];
    const listed: number[] = [];
    let inCurrent = false;
    sheet.eachRow((row) => {
      const label = row.getCell(1).value;
      if (label === "Current liabilities") inCurrent = true;
      else if (label === "Total current liabilities") inCurrent = false;
      else if (inCurrent)
        listed.push(figure(model, "Balance sheet", String(label), "2023-09-30").result as number);
    });
    assert.deepEqual(listed, printed);
    assert.equal(
      printed.reduce((a, b) => a + b),
      92_768
    );
    const check = checkRows().find((r) => r.label === "Check: assets − (liabilities + equity)")!;
    assert.equal(check.sheet, "Balance sheet");
    assert.equal(check.cells.length, 4, "one per balance date");
  });

  it("balance sheet: a check that each section's printed lines add up to its subtotal, 0 in every column, an unprinted line skipped", () => {
    const sheet = model.getWorksheet("Balance sheet")!;
    const checks = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => {
      const label = String(row.getCell(1).value);
      if (label.startsWith("Check: ")) checks.set(label, row);
    });
    for (const label of [
      "Check: current assets lines − total",
      "Check: non-current assets lines − total",
      "Check: current + non-current assets − total assets",
      "Check: current liabilities lines − total",
      "Check: non-current liabilities lines − total",
      "Check: equity lines − owners' equity",
    ]) {
      const row = checks.get(label);
      assert.ok(row, label);
      for (const column of [2, 3, 4, 5]) assert.equal(row.getCell(column).result, 0, label);
    }
    // Seven printed current-asset lines (2023 report: cash 42,587 ... other current assets 742,
    // total 112,062); in 2019 contract assets are not printed, "n/a", which SUM skips.
    const formula = String(checks.get("Check: current assets lines − total")!.getCell(2).formula);
    assert.match(formula, /^SUM\((B\d+,){6}B\d+\)-B\d+$/);
    assert.equal(figure(model, "Balance sheet", "Contract assets", "2019-03-31").result, "n/a");
  });

  it('shows captions as printed, never a qualified name such as "Financial position: Non-controlling interests"', () => {
    model.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        const label = String(row.getCell(1).value ?? "");
        assert.doesNotMatch(
          label,
          /^(Financial position|Profit or loss|Cash flows|Revenue by service|EPS): /,
          `${sheet.name}: ${label}`
        );
      })
    );
    assert.equal(
      figure(model, "Balance sheet", "Non-controlling interests", "2023-09-30").result,
      1_223
    );
  });

  it("marks the fiscal years missing between 1H19 and 1H22 on every sheet of periods, not run together", () => {
    for (const name of ["P&L", "Cash flows", "Revenue", "Segments", "Revenue by service"]) {
      const sheet = model.getWorksheet(name)!;
      const header = headers(sheet.getRow(2));
      const column = header.indexOf("1H22");
      assert.equal(header[column - 1], "1H19", name);
      assert.equal(sheet.getRow(3).getCell(column).value, "gap: no FY20–FY21 in the dataset", name);
    }
    const balance = model.getWorksheet("Balance sheet")!;
    const column = headers(balance.getRow(2)).indexOf("2023-03-31");
    assert.equal(balance.getRow(3).getCell(column).value, "gap: no FY20–FY21 in the dataset");
  });

  it("the unit cell rescales and reformats: JPY bn shows 128,198 as 128.2, through a rule on A2 as the pane's tables write it", async () => {
    const zip = await JSZip.loadAsync(readFileSync(built));
    const sheet = await zip.file(REVENUE)!.async("string");
    assert.match(
      sheet,
      /<conditionalFormatting sqref="B4:I7">.*<formula>OR\(\$A\$2=&quot;JPY bn&quot;,\$A\$2=&quot;billions&quot;,\$A\$2=1000000000\)<\/formula>/s
    );
    const styles = await zip.file("xl/styles.xml")!.async("string");
    assert.match(
      styles,
      /<dxf><numFmt numFmtId="\d+" formatCode="#,##0.0;\(#,##0.0\);&quot;–&quot;"\/><\/dxf>/
    );
    // 2Q FY2023 report line 174 prints total revenues 128,198 (JPY mn): in billions 128.198.
    const total = figure(model, "Revenue", "Total revenues", "1H23");
    assert.equal(total.result, 128_198);
    assert.equal(
      formatCell(revenue("1H23", "Total", "JPY bn"), '#,##0.0;(#,##0.0);"–"').text,
      "128.2"
    );
  });

  it("net debt: borrowings and lease obligations less cash, per balance date, from the printed lines", () => {
    // 2Q FY2023 report lines 642 (29,581), 650 (1,827), 1032 (lease obligations, note 7: 44,941)
    // and 613 (42,587) at 30 September 2023.
    const cell = figure(
      model,
      "Net debt",
      model.getWorksheet("Net debt")!.getCell("A" + netDebtRow()).value as string,
      "2023-09-30"
    );
    assert.equal(cell.result, 29_581 + 1_827 + 44_941 - 42_587);
  });

  function netDebtRow(): number {
    let found = 0;
    model.getWorksheet("Net debt")!.eachRow((row, r) => {
      if (String(row.getCell(1).value).startsWith("Net debt")) found = r;
    });
    assert.ok(found > 0, "a Net debt row");
    return found;
  }

  it("per share: the interim dividend's YoY compares on one share basis (17.18 against 29.25 / 2: +17.5%), and the sheet states the basis", () => {
    const sheet = model.getWorksheet("Per share")!;
    // 2Q FY2023 report line 1078: 17.18 yen; line 1060: 29.25 yen before the 2-for-1 split (line 1062).
    let yoy: ExcelJS.Cell | undefined;
    let inYoy = false;
    const column = headers(sheet.getRow(2)).indexOf("1H23");
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "YoY growth") inYoy = true;
      else if (inYoy && row.getCell(1).value === "Interim dividend per share")
        yoy = row.getCell(column);
    });
    assert.ok(yoy);
    assert.ok(Math.abs((yoy.result as number) - (17.18 / (29.25 / 2) - 1)) < 1e-12);
    let stated = false;
    sheet.eachRow((row) => {
      if (/2-for-1 stock split of 1 October 2022/.test(String(row.getCell(1).value))) stated = true;
    });
    assert.ok(stated, "the sheet says which figures are before the split");
  });

  it("per share on the latest share basis: 1H22's interim dividend 29.25 printed before the 2-for-1 split is 14.625", () => {
    // 2023 report line 1060: 29.25 yen for 1H22, "before the stock split" (line 1062, 2-for-1 from
    // 1 October 2022); line 1078: 17.18 yen for 1H23, after it.
    const dividend = figure(model, "Per share", "Interim dividend per share", "1H22");
    assert.equal(dividend.result, 29.25 / 2);
    // Shown with its third decimal, not rounded to 14.63 (the printed 2-decimal yen format).
    assert.equal(formatCell(dividend.result, String(dividend.numFmt)).text, "14.625");
    assert.equal(
      formatCell(
        17.18,
        String(figure(model, "Per share", "Interim dividend per share", "1H23").numFmt)
      ).text,
      "17.18"
    );
    assert.match(
      String(dividend.formula),
      /_xldudf_IIJ_VALUE\("Interim dividend per share",[A-Z]+\$2,"adjusted"\)/
    );
    assert.equal(figure(model, "Per share", "Interim dividend per share", "1H23").result, 17.18);
    // FY22's year-end dividend, 14.63 yen (2023 report line 1073, record date 31 March 2023,
    // after the split): the full year kept for the one line it prints; its interim line n/a.
    assert.equal(figure(model, "Per share", "Year-end dividend per share", "FY22").result, 14.63);
    assert.equal(figure(model, "Per share", "Interim dividend per share", "FY22").result, "n/a");
    const sheet = model.getWorksheet("Per share")!;
    // The corner says what the cells are: no money unit (nothing there reads it), and Excel
    // refuses another unit typed over it, saying why.
    assert.equal(sheet.getCell("A2").value, "yen / shares, adjusted to the latest share basis");
    const guard = sheet.getCell("A2").dataValidation;
    assert.equal(guard.type, "custom");
    assert.deepEqual(guard.formulae, ['$A$2="yen / shares, adjusted to the latest share basis"']);
    assert.equal(guard.showErrorMessage, true);
    assert.match(String(guard.error), /yen \/ shares, which no unit rescales/);
    const notes: string[] = [];
    sheet.eachRow((row) => notes.push(String(row.getCell(1).value)));
    assert.match(
      notes.join(" "),
      /FY22: a half-year report prints of the previous full year only its year-end dividend \(note 8, dividends paid\): here Year-end dividend per share;/
    );
    // KPIs: counts beside money lines: the title says the corner is the money lines' unit.
    assert.equal(
      (model.getWorksheet("KPIs")!.getCell("A1").value as ExcelJS.CellFormulaValue).result,
      "Internet Initiative Japan: Operating data at a date (money in JPY mn)"
    );
    assert.equal(
      sheet.getCell("A1").value,
      "Internet Initiative Japan: Per share and dividends, on the latest share basis"
    );
    // 1H18 and 1H19 cannot be put on that basis (a split no filing in the dataset prints): not
    // shown, and the sheet says why.
    assert.ok(!headers(sheet.getRow(2)).includes("1H19"));
    const text: string[] = [];
    sheet.eachRow((row) => text.push(String(row.getCell(1).value)));
    assert.match(
      text.join(" "),
      /imply a split between 1H19 and 1H22 that no filing in the dataset prints/
    );
  });

  it("revenue by service: titled so, Network services and Systems integration as bold subtotals over their lines", () => {
    const sheet = model.getWorksheet("Revenue by service")!;
    assert.equal(
      String((sheet.getCell("A1").value as ExcelJS.CellFormulaValue).result),
      "Internet Initiative Japan: Revenue by service (JPY mn)"
    );
    const bold = (label: string) => {
      let found: boolean | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(1).font?.bold === true;
      });
      return found;
    };
    assert.equal(bold("Network services"), true);
    assert.equal(bold("Systems integration"), true);
    assert.equal(bold("Total revenues"), true);
    assert.equal(bold("WAN services"), false);
    // 2023 report: revenue by service, 1H23, network services 73,981 (line 1086).
    assert.equal(figure(model, "Revenue by service", "Network services", "1H23").result, 73_981);
  });

  it("says under a table which periods it left out and why (Balance sheet: 30-Sep-18 and 30-Sep-22 print only totals)", () => {
    const text: string[] = [];
    model.getWorksheet("Balance sheet")!.eachRow((row) => text.push(String(row.getCell(1).value)));
    // 2023 report lines 107-108: at 30 September 2022 only owners' equity and total assets.
    assert.ok(
      text.includes("Left out: 30-Sep-18, 30-Sep-22 (only totals are printed)."),
      text.join(" | ")
    );
  });

  it("the net debt row reformats with the unit cell as the lines it adds do (JPY bn: one decimal)", async () => {
    const zip = await JSZip.loadAsync(readFileSync(built));
    const names = Object.keys(zip.files);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const index = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex(
      (m) => m[1] === "Net debt"
    );
    const part = names.find((n) => n === `xl/worksheets/sheet${index + 1}.xml`)!;
    const xml = await zip.file(part)!.async("string");
    const row = netDebtRow();
    assert.match(
      xml,
      new RegExp(
        `<conditionalFormatting sqref="[A-Z]+${row}:[A-Z]+${row}">.*?<formula>OR\\(\\$A\\$2=&quot;JPY bn&quot;`,
        "s"
      )
    );
  });

  it("the About sheet's source row is as tall as its text, read from the top", () => {
    const about = model.getWorksheet("About")!;
    let row: ExcelJS.Row | undefined;
    about.eachRow((r) => {
      if (typeof r.getCell(1).value === "object" && r.getCell(1).value !== null) row = r;
    });
    assert.ok(row, "the IIJ.SOURCE row");
    assert.ok((row.height ?? 0) >= 30, `height ${row.height}`);
    assert.equal(row.getCell(1).alignment?.vertical, "top");
  });

  it("evaluates cell references and ordinary Excel functions across the workbook", async () => {
    const check = await checkWorkbook(built);
    assert.deepEqual(check.differences, []);
    const sums = checkRows().find((r) => r.sheet === "Revenue")!;
    // Guarded along the row: the full years print only the total.
    assert.equal(sums.cells[0].formula, 'IF(COUNT(B4,B5,B6,B7)<4,"n/a",B4+B5+B6-B7)');
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
    const [was, now] = [await reportWorkbook(MODEL_PATH), await reportWorkbook(built)];
    assert.equal(was.sharing.datasetVersion, DATASET_VERSION, "run npm run build:model");
    assert.deepEqual(
      was.sharing.webExtensions,
      now.sharing.webExtensions,
      "run npm run build:model"
    );
    assert.deepEqual(was.sharing.calcId, now.sharing.calcId);
  });

  it("docs/deploy.md quotes the dataset version and the check of this build (npm run build:model rewrites them)", async () => {
    const guide = readFileSync(DEPLOY_GUIDE, "utf8");
    const quoted = guide.match(DATASET_VERSION_PATTERN) ?? [];
    assert.ok(quoted.length > 0, "docs/deploy.md names the dataset version");
    for (const version of quoted)
      assert.equal(
        version,
        DATASET_VERSION,
        "docs/deploy.md is out of date: run npm run build:model"
      );
    const { formulas } = await checkWorkbook(built);
    assert.deepEqual(
      guide.match(CHECK_SUMMARY_PATTERN),
      [`${formulas} formulas, 0 differ`],
      "docs/deploy.md is out of date: run npm run build:model"
    );
  });
});
