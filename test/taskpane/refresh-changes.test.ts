/**
 * The refresh change list: which IIJ.* cells a refresh changes, from what to what, and why. A
 * newer dataset is staged (test/support/later-filing.ts): the real figures plus a hypothetical
 * later filing (filed 2024-11-14) that restates 1H23 Network services as 73,990 and prints 1H24 as
 * 80,000. Every other figure is typed from the reports: 1H23 Network 73,981 (2Q
 * FY2023 report line 676), 1H22 Network 67,707 (line 676), 1H23 SI 52,750 and 1H22 SI 52,846
 * (line 677).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { MODEL_PATH } from "../../scripts/build-model";
import { DATASET_VERSION } from "../../src/data/generated/dataset";
import { isoToExcelSerial } from "../../src/data/period";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import { toEngineFormula } from "../../src/evaluator/workbook";
import { evaluateFormula, type CellShown } from "../../src/taskpane/formula-value";
import { datasetNotice, datasetStatus } from "../../src/taskpane/dataset-status";
import { auditTrail, previewRefresh, type CellChange } from "../../src/taskpane/refresh-changes";
import { WorkbookSnapshot, type SheetCells } from "../../src/taskpane/workbook-snapshot";
import { LATER_FILING, stageLaterFiling } from "../support/later-filing";

const real = loadDataset();
const newer = new Query(
  stageLaterFiling([
    ["Network services", "1H23", 73_990],
    ["Network services", "1H24", 80_000],
  ])
);

/** A sheet as Range.formulas / Range.values give it: each entry [formula, value] or a constant. */
function sheet(name: string, rows: unknown[][]): SheetCells {
  const cells = rows.map((row) => row.map((c) => (Array.isArray(c) ? c : [c, c])));
  return {
    name,
    row: 0,
    column: 0,
    formulas: cells.map((row) => row.map(([f]) => f ?? "")),
    values: cells.map((row) => row.map(([, v]) => v ?? "")),
  };
}

/** A model as the pane builds one: unit in A1, periods across row 1, labels down column A. */
const model = sheet("Model", [
  ["JPY mn", "1H23", "H0", "1H24", "1H22"],
  [
    "Network",
    ["=IIJ.REVENUE(B$1,$A2,$A$1)", 73_981],
    ["=IIJ.REVENUE(C$1,$A2,$A$1)", 73_981],
    ["=IIJ.REVENUE(D$1,$A2,$A$1)", "#N/A"],
    ["=IIJ.REVENUE(E$1,$A2,$A$1)", "#NAME?"],
  ],
  [
    "SI",
    ["=IIJ.REVENUE(B$1,$A3,$A$1)", 52_750],
    ["=IIJ.REVENUE(B$1,$A3,$A$1)/B2", 52_750 / 73_981],
    "",
    ["=IIJ.REVENUE(E$1,$A3,$A$1)", 1],
  ],
  [
    "Network growth",
    ['=IIJ.YOY("Network",B1)', (73_981 - 67_707) / 67_707],
    ["=SUM(B2:B3)", 126_731],
  ],
]);

/** The address of the cell in the row labelled `label` (column A), under the header holding `period`. */
function at(cells: SheetCells, label: string, period: string): string {
  let column = -1;
  for (const [r, row] of cells.values.entries()) {
    if (row.includes(period)) column = row.indexOf(period);
    else if (column >= 0 && row[0] === label) return `${String.fromCharCode(65 + column)}${r + 1}`;
  }
  assert.fail(`${cells.name}: no ${label} under ${period}`);
}

function change(changes: readonly CellChange[], address: string): CellChange {
  const found = changes.find((c) => c.address === address);
  assert.ok(found, `${address} is listed: ${changes.map((c) => c.address).join(", ")}`);
  return found;
}

describe("refresh change list", () => {
  describe("a model calculated with the shipped dataset, refreshed with a newer one", () => {
    const preview = previewRefresh(new WorkbookSnapshot([model]), DATASET_VERSION, newer);

    it("says the add-in's dataset is newer, naming the filing", () => {
      assert.deepEqual(preview.status, {
        kind: "newer",
        from: DATASET_VERSION,
        to: "2024-11-14.5eeded01",
        filings: [LATER_FILING],
      });
      assert.match(
        datasetNotice(preview.status)!,
        /^This workbook was calculated with dataset 2023-11-14\.\w{8}\. IIJ Figures now has 2024-11-14\.5eeded01, with a newer filing: A later filing \(filed 2024-11-14\)\. Refresh lists what changes before anything is recalculated\.$/
      );
    });

    it("a restated figure: before 73,981, after 73,990, restated in the later filing", () => {
      const cell = change(preview.changes, "B2");
      assert.deepEqual([cell.sheet, cell.before, cell.after], ["Model", 73_981, 73_990]);
      assert.deepEqual(
        cell.reasons.map((r) => r.kind),
        ["restated"]
      );
      assert.equal(
        cell.reasons[0].text,
        "IIJ.REVENUE: 1H23 Network services restated in A later filing (filed 2024-11-14): 73,990 JPY mn, where the report filed 2023-11-14 printed 73,981 JPY mn"
      );
    });

    it("a relative period: H0 now means 1H24 (was 1H23)", () => {
      const cell = change(preview.changes, "C2");
      assert.deepEqual([cell.before, cell.after], [73_981, 80_000]);
      assert.deepEqual(cell.reasons, [
        { kind: "period", text: "IIJ.REVENUE: H0 now means 1H24 (was 1H23)" },
      ]);
    });

    it("a rolling header's IIJ.PERIOD note: H0 now means 1H24 (was 1H23)", () => {
      const rolling = sheet("Rolling", [
        ["JPY mn", "H-2", "H0"],
        ["", ['=IIJ.PERIOD(B$1,"Total revenues")', "1H22"], ['=IIJ.PERIOD(C$1,"Network")', "1H23"]],
        ["Total assets", "H0", ['=IIJ.PERIOD(B3,"Total assets")', 45199]],
      ]);
      const moved = previewRefresh(new WorkbookSnapshot([rolling]), DATASET_VERSION, newer);
      // Total revenues has no 1H24 in the staged filing (only Network services does): H-2 stays.
      assert.deepEqual(
        moved.changes.map((c) => [c.address, c.before, c.after]),
        [["C2", "1H23", "1H24"]]
      );
      assert.deepEqual(moved.changes[0].reasons, [
        { kind: "period", text: "IIJ.PERIOD: H0 now means 1H24 (was 1H23)" },
      ]);
      assert.equal(moved.cells, 3);
    });

    it("a figure newly reported where the cell was #N/A", () => {
      const cell = change(preview.changes, "D2");
      assert.deepEqual([cell.before, cell.after], [{ error: "#N/A" }, 80_000]);
      assert.deepEqual(cell.reasons, [
        {
          kind: "new",
          text: "IIJ.REVENUE: newly reported in A later filing (filed 2024-11-14); the cell was #N/A",
        },
      ]);
    });

    it("a cell that refers to a changing one follows it; a ratio of IIJ.* calls is worked out", () => {
      const ratio = change(preview.changes, "C3");
      assert.equal(ratio.after, 52_750 / 73_990);
      assert.deepEqual(ratio.reasons, [
        { kind: "follows", text: "follows Model!B2, which changes" },
      ]);
      const growth = change(preview.changes, "B4");
      assert.equal(growth.after, (73_990 - 67_707) / 67_707);
      assert.deepEqual(
        growth.reasons.map((r) => r.kind),
        ["restated"]
      );
    });

    it("saved values that were never the dataset's: #NAME? saved without the add-in, a number typed over", () => {
      const name = change(preview.changes, "E2");
      assert.deepEqual([name.before, name.after], [{ error: "#NAME?" }, 67_707]);
      assert.deepEqual(
        name.reasons.map((r) => r.kind),
        ["recalculated"]
      );
      assert.match(
        name.reasons[0].text,
        /^saved as #NAME\?: calculated where IIJ Figures was not loaded$/
      );
      const typed = change(preview.changes, "E3");
      assert.deepEqual([typed.before, typed.after], [1, 52_846]);
      assert.match(
        typed.reasons[0].text,
        /^the saved value is not what dataset 2023-11-14\.\w{8} gave either/
      );
    });

    it("lists nothing else: unchanged figures and formulas without IIJ.* stay out", () => {
      assert.deepEqual(
        preview.changes.map((c) => c.address),
        ["B2", "C2", "D2", "E2", "C3", "E3", "B4"]
      );
      assert.equal(preview.cells, 8);
    });

    it("copies to a sheet as an audit trail: cell, formula as text, before, after, why", () => {
      const rows = auditTrail(preview, "15-Nov-24 09:30:00");
      assert.deepEqual(rows[0], [
        `IIJ Figures refresh, 15-Nov-24 09:30:00: dataset ${DATASET_VERSION} -> 2024-11-14.5eeded01 (document property "IIJ Figures dataset")`,
      ]);
      assert.deepEqual(rows[1], ["7 of 8 IIJ.* cells change"]);
      assert.deepEqual(rows[2], ["Listed before refreshing; not applied"]);
      assert.deepEqual(rows[4], ["Cell", "Formula", "Before", "After", "Why"]);
      assert.deepEqual(rows[5].slice(0, 4), [
        "Model!B2",
        "'=IIJ.REVENUE(B$1,$A2,$A$1)",
        73_981,
        73_990,
      ]);
      assert.match(
        String(rows[5][4]),
        /^IIJ\.REVENUE: 1H23 Network services restated in A later filing/
      );
      assert.deepEqual(rows[7].slice(2, 4), ["#N/A", 80_000]);
      assert.equal(rows.length, 5 + 7);
      assert.deepEqual(auditTrail(preview, "15-Nov-24 09:30:00", "15-Nov-24 09:31:12")[2], [
        "Applied at 15-Nov-24 09:31:12",
      ]);
    });
  });

  it("LTM: LTM0 moves to the twelve months to the later filing's half, and the figure follows", () => {
    // The later filing (hypothetical) prints FY23 and 1H24 total revenues; the shipped dataset's
    // LTM2Q23 is FY22 252,708 (2023 report line 101) - 1H22 121,962 + 1H23 128,198 (line 679).
    const later = new Query(
      stageLaterFiling([
        ["Total revenues", "FY23", 260_000],
        ["Total revenues", "1H24", 135_000],
      ])
    );
    const ltm = sheet("LTM", [
      [
        ['=IIJ.VALUE("Total revenues","LTM0")', 258_944],
        ['=IIJ.PERIOD("LTM0","Total revenues")', "LTM2Q23"],
      ],
    ]);
    const { changes } = previewRefresh(new WorkbookSnapshot([ltm]), DATASET_VERSION, later);
    const value = change(changes, "A1");
    // LTM2Q24 = FY23 260,000 - 1H23 128,198 + 1H24 135,000.
    assert.deepEqual([value.before, value.after], [258_944, 260_000 - 128_198 + 135_000]);
    assert.deepEqual(value.reasons, [
      { kind: "period", text: "IIJ.VALUE: LTM0 now means LTM2Q24 (was LTM2Q23)" },
    ]);
    assert.equal(change(changes, "B1").after, "LTM2Q24");
  });

  it("counts the IIJ.* cells only Excel can work out (a list, other functions) without listing them", () => {
    const other = sheet("Other", [
      [
        "1H23",
        ["=IIJ.PERIODS()", "1H19"],
        ['=ROUND(IIJ.REVENUE(A1,"Network"),0)', 73_981],
        ["=SUM(B1:C1)", 73_981],
      ],
    ]);
    const preview = previewRefresh(new WorkbookSnapshot([other]), DATASET_VERSION, newer);
    assert.deepEqual(preview.changes, []);
    assert.equal(preview.cells, 2, "=SUM(B1:C1) calls no IIJ function");
    assert.equal(preview.excelOnly, 2);
  });

  it("a cell that already shows the new figure (Excel recalculated it on load) is listed against what the recorded dataset gave", () => {
    const shown = sheet("Model", [
      ["JPY mn", "1H23"],
      ["Network", ["=IIJ.REVENUE(B$1,$A2,$A$1)", 73_990]],
      ["SI", ["=IIJ.REVENUE(B$1,$A3,$A$1)", 52_750]],
      ["Share", ["=B2/IIJ.REVENUE(B$1,,$A$1)", 73_990 / 128_198]],
    ]);
    const preview = previewRefresh(new WorkbookSnapshot([shown]), DATASET_VERSION, newer);
    assert.deepEqual(
      preview.changes.map((c) => c.address),
      ["B2", "B4"]
    );
    const network = change(preview.changes, "B2");
    assert.deepEqual([network.before, network.after, network.already], [73_981, 73_990, true]);
    assert.deepEqual(
      network.reasons.map((r) => r.kind),
      ["restated"]
    );
    const share = change(preview.changes, "B4");
    assert.deepEqual([share.before, share.after], [73_981 / 128_198, 73_990 / 128_198]);
    assert.deepEqual(share.reasons, [{ kind: "follows", text: "follows Model!B2, which changes" }]);
    assert.match(
      auditTrail(preview, "now")[5][4] as string,
      /; \(Excel already showed the new value\)$/
    );
    // Without a recorded version there is no earlier value to hold it against.
    assert.deepEqual(previewRefresh(new WorkbookSnapshot([shown]), undefined, newer).changes, []);
  });

  it("without a recorded version, finds the earlier state that explains the saved values", () => {
    const preview = previewRefresh(new WorkbookSnapshot([model]), undefined, newer);
    assert.equal(preview.status.kind, "unrecorded");
    assert.match(datasetNotice(preview.status)!, /does not record which IIJ Figures dataset/);
    assert.deepEqual(
      change(preview.changes, "B2").reasons.map((r) => r.kind),
      ["restated"]
    );
    assert.deepEqual(
      change(preview.changes, "C2").reasons.map((r) => r.kind),
      ["period"]
    );
  });

  it("on the shipped dataset, a model calculated with it changes nothing", () => {
    const current = new Query(real);
    const fresh = sheet("Model", [
      ["JPY mn", "1H23", "H0"],
      ["Network", ["=IIJ.REVENUE(B$1,$A2,$A$1)", 73_981], ["=IIJ.REVENUE(C$1,$A2,$A$1)", 73_981]],
    ]);
    const preview = previewRefresh(new WorkbookSnapshot([fresh]), DATASET_VERSION, current);
    assert.deepEqual(preview.status, { kind: "current", version: DATASET_VERSION });
    assert.equal(datasetNotice(preview.status), undefined);
    assert.deepEqual(preview.changes, []);
  });

  it("warns when the workbook was calculated with a newer dataset than the add-in's", () => {
    const status = datasetStatus("2025-05-14.0badf00d", real);
    assert.equal(status.kind, "older");
    assert.match(datasetNotice(status)!, /newer than this add-in's .*Update IIJ Figures first\./);
  });

  it("the starter model: the staged restatement changes 1H23 Network and what is computed from it, each with a reason", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(MODEL_PATH) as unknown as ExcelJS.Buffer);
    // The sheets as Office.js shows them once the add-in is loaded: IIJ.REVENUE, not the stored name.
    const sheets: SheetCells[] = [];
    book.eachSheet((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          (rows[r - 1] ??= [])[c - 1] =
            cell.type === ExcelJS.ValueType.Formula
              ? [toEngineFormula(cell.formula), cell.result]
              : // Office.js shows a date cell as its serial number, ExcelJS as a Date.
                cell.value instanceof Date
                ? isoToExcelSerial(cell.value.toISOString().slice(0, 10))
                : cell.value;
        })
      );
      sheets.push(
        sheet(
          ws.name,
          Array.from(rows, (row) => Array.from(row ?? [], (c) => c ?? ""))
        )
      );
    });
    const preview = previewRefresh(new WorkbookSnapshot(sheets), DATASET_VERSION, newer);
    const listed = preview.changes.map((c) => `${c.sheet}!${c.address}`);
    // Network's 1H23 figure on the sheets that show it: revenue by line and the P&L.
    for (const name of ["Revenue", "P&L"]) {
      const cell = at(
        sheets.find((s) => s.name === name)!,
        "Network services",
        "1H23"
      );
      assert.ok(listed.includes(`${name}!${cell}`), `${name}!${cell} in ${listed.join(" ")}`);
    }
    const network = preview.changes.find(
      (c) =>
        c.sheet === "Revenue" &&
        c.address ===
          at(
            sheets.find((s) => s.name === "Revenue")!,
            "Network services",
            "1H23"
          )
    )!;
    assert.deepEqual([network.before, network.after], [73_981, 73_990]);
    for (const c of preview.changes) {
      assert.ok(c.reasons.length > 0);
      assert.ok(
        c.reasons.every((r) => r.kind === "restated"),
        `${c.sheet}!${c.address}: ${c.reasons.map((r) => r.text).join("; ")}`
      );
    }
    assert.ok(preview.cells > 500);
  });
});

describe("formula values the pane works out before a refresh", () => {
  const cells: Record<string, CellShown> = {
    B1: "1H23",
    A2: "Network",
    B2: 10,
    B3: "",
    C1: { error: "#N/A" },
  };
  const context = {
    ref: (address: string) => cells[address.replace(/\$/g, "")] ?? "",
    call: (name: string, args: readonly (CellShown | undefined)[]) =>
      `${name}(${args.map(String).join(",")})`,
  };
  const value = (formula: string) => evaluateFormula(formula, context);

  it("arithmetic as Excel does it: precedence, sign before ^, empty cells as 0, #DIV/0!", () => {
    assert.equal(value("=1+2*3"), 7);
    assert.equal(value("=(1+2)*3"), 9);
    assert.equal(value("=-2^2"), 4);
    assert.equal(value("=B2/4+B3"), 2.5);
    assert.deepEqual(value("=B2/B3"), { error: "#DIV/0!" });
    assert.deepEqual(value("=A2*2"), { error: "#VALUE!" });
    assert.deepEqual(value("=C1+1"), { error: "#N/A" });
  });

  it("IIJ.* calls with literals, references and omitted arguments; stored names read the same", () => {
    assert.equal(value('=IIJ.REVENUE(B$1,$A2,"JPY bn")'), "REVENUE(1H23,Network,JPY bn)");
    assert.equal(value("=IIJ.REVENUE(B1,,)"), "REVENUE(1H23,undefined,undefined)");
    assert.equal(value("=_xldudf_IIJ_KPI(A2,'My sheet'!B1)"), "KPI(Network,)");
  });

  it("leaves anything else to Excel: other functions, ranges, text joins", () => {
    assert.equal(value("=SUM(B2:B3)"), undefined);
    assert.equal(value('=IIJ.TABLE("Network",B1:C1)'), undefined);
    assert.equal(value('="a"&"b"'), undefined);
    assert.equal(value("=TRUE"), undefined);
  });
});
