/**
 * The workbooks the project writes, part by part against a workbook Excel saved with a
 * custom-functions add-in in use (excel-saved-workbook.ts says which, and what it holds): calcId,
 * the web extension reference and function id list, content types, relationships, and the
 * dynamic-array metadata of a formula that spills.
 */
import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeModel } from "../../scripts/build-model";
import { finishWorkbook, type WorkbookMarks } from "../../scripts/workbook-package";
import { manifestIdentity, referenceFor } from "../../src/evaluator/addin-identity";
import { checkWorkbook } from "../../src/evaluator/workbook";
import * as iij from "../../src/functions/iij";
import { EXCEL_SAVED } from "./excel-saved-workbook";
import { partFacts, type PartFacts } from "./part-facts";

const ROOT = join(__dirname, "..", "..");
const contract = JSON.parse(
  readFileSync(join(ROOT, "test", "functions", "contract.json"), "utf8")
) as Record<string, string[]>;

/** manifest.xml's <Id> and <Version>, read here with a regular expression, apart from the writer's reader. */
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const MANIFEST = {
  id: /<Id>([^<]+)<\/Id>/.exec(manifestText)![1],
  version: /<Version>([^<]+)<\/Version>/.exec(manifestText)![1],
};

/** The stored names of the IIJ.* functions a workbook's formulas call. */
function functionsUsed(facts: PartFacts): string[] {
  const names = new Set<string>();
  for (const cell of facts.formulaCells.values())
    for (const [name] of cell.formula.matchAll(/_xldudf_IIJ_[A-Z0-9_]+(?=\()/g)) names.add(name);
  return [...names].sort();
}

const marks = (store?: string): WorkbookMarks => ({
  addin: referenceFor(store, manifestIdentity()),
  autoOpen: false,
  paneOpen: false,
});

/** A small workbook with lists that spill (IIJ.TABLE, IIJ.PERIODS) and a scalar call beside them. */
async function spillingWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Lists");
  const table = iij.table("Network", "1H22,1H23", "JPY mn");
  sheet.getCell("A3").value = {
    formula: '_xldudf_IIJ_TABLE("Network","1H22,1H23","JPY mn")',
    result: table[0][0],
    shareType: "array",
    ref: "A3:C4",
  } as ExcelJS.CellFormulaValue;
  table.forEach((row, r) =>
    row.forEach((value, c) => {
      if (r > 0 || c > 0) sheet.getCell(3 + r, 1 + c).value = value;
    })
  );
  const periods = iij.periods("Network").map(([code]) => code);
  sheet.getCell("E1").value = {
    formula: '_xldudf_IIJ_PERIODS("Network")',
    result: periods[0],
    shareType: "array",
    ref: `E1:E${periods.length}`,
  } as ExcelJS.CellFormulaValue;
  periods.slice(1).forEach((code, i) => (sheet.getCell(2 + i, 5).value = code));
  sheet.getCell("G1").value = {
    formula: '_xldudf_IIJ_REVENUE("1H23","Network")',
    result: 73_981,
  } as ExcelJS.CellFormulaValue;
  return finishWorkbook(Buffer.from(await book.xlsx.writeBuffer()), marks());
}

describe(`workbooks the project writes, part by part against one Excel saved (${EXCEL_SAVED.source})`, function () {
  this.timeout(120_000);
  let dir: string;
  let model: PartFacts;
  let sideloaded: PartFacts;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "iij-parts-"));
    await writeModel(join(dir, "central.xlsx"));
    await writeModel(join(dir, "developer.xlsx"), { store: "developer" });
    model = await partFacts(readFileSync(join(dir, "central.xlsx")));
    sideloaded = await partFacts(readFileSync(join(dir, "developer.xlsx")));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("xl/workbook.xml: <calcPr calcId> of current Excel, no fullCalcOnLoad, so Excel shows the cached values", () => {
    assert.deepEqual(model.calcPr, EXCEL_SAVED.calcPr);
  });

  it("[Content_Types].xml: the web extension parts under Excel's content types", () => {
    for (const part of [
      "/xl/webextensions/taskpanes.xml",
      "/xl/webextensions/webextension1.xml",
    ] as const)
      assert.equal(model.contentTypes[part], EXCEL_SAVED.contentTypes[part], part);
    for (const part of Object.keys(model.contentTypes))
      assert.ok(model.parts.includes(part.slice(1)), `${part} is declared and present`);
  });

  it("_rels/.rels and xl/webextensions/_rels/taskpanes.xml.rels: Excel's relationships to the same parts", () => {
    assert.deepEqual(
      model.packageRelationships.filter((r) => r.type === EXCEL_SAVED.packageRelationship.type),
      [EXCEL_SAVED.packageRelationship]
    );
    assert.deepEqual(model.taskpanesRelationships, [EXCEL_SAVED.taskpanesRelationship]);
  });

  it("xl/webextensions/taskpanes.xml: one pane docked right, Excel's attributes, referring to webextension1.xml", () => {
    const pane = model.taskpane!;
    assert.equal(pane.namespace, EXCEL_SAVED.taskpane.namespace);
    assert.deepEqual(pane.attributes, EXCEL_SAVED.taskpane.attributes);
    assert.equal(pane.values.dockstate, EXCEL_SAVED.taskpane.dockstate);
    assert.equal(pane.child, EXCEL_SAVED.taskpane.child);
    assert.equal(pane.childTarget, EXCEL_SAVED.taskpanesRelationship.target);
    // The starter model is saved with the pane open, so Excel offers the add-in on the first open.
    assert.equal(pane.values.visibility, "1");
  });

  it("xl/webextensions/webextension1.xml: Excel's elements; names this add-in (manifest <Id>, <Version>) in the central-deployment store", () => {
    const we = model.webExtension!;
    assert.equal(we.namespace, EXCEL_SAVED.webExtension.namespace);
    assert.deepEqual(we.children, EXCEL_SAVED.webExtension.children);
    assert.deepEqual(we.referenceAttributes, EXCEL_SAVED.webExtension.referenceAttributes);
    assert.deepEqual(we.reference, {
      id: MANIFEST.id,
      version: MANIFEST.version,
      store: "EXCatalog",
      storeType: "EXCatalog",
    });
    assert.equal(we.properties["Office.AutoShowTaskpaneWithDocument"], "true");
  });

  it("webextension1.xml's function id list: exactly the _xldudf_IIJ_* ids the sheets call, each in the locked contract", () => {
    const we = model.webExtension!;
    assert.equal(we.functionListUri, EXCEL_SAVED.webExtension.functionListUri);
    const used = functionsUsed(model);
    // KPI, OPERATINGPROFIT, REVENUE, SOURCE, VALUE, YOY: the tables the pane inserts, and the About sheet's SOURCE.
    assert.ok(used.length >= 6, used.join());
    assert.deepEqual([...we.functionIds].sort(), used);
    for (const id of used)
      assert.ok(contract[id.replace("_xldudf_IIJ_", "")], `${id} is in contract.json`);
  });

  it("ADDIN_STORE=developer: the sideloaded reference Excel writes (store developer, storeType Registry)", () => {
    assert.deepEqual(sideloaded.webExtension!.reference, {
      id: MANIFEST.id,
      version: MANIFEST.version,
      ...EXCEL_SAVED.webExtension.sideloaded,
    });
    assert.throws(
      () => referenceFor("AppSource", manifestIdentity()),
      /ADDIN_STORE="AppSource": give EXCatalog/
    );
  });

  it("scalar formulas stay plain <f> with their cached value: no cm, no array, nothing to recalculate", () => {
    const cell = model.formulaCells.get("Revenue!I4")!;
    assert.equal(cell.formula, '_xldudf_IIJ_REVENUE(I$2,"Network",$A$2)');
    assert.equal(cell.cached, "73981");
    assert.deepEqual([cell.cm, cell.t, cell.ca, cell.aca], [null, null, null, null]);
    assert.ok(!model.parts.includes("xl/metadata.xml"), "no dynamic arrays in the starter model");
  });

  describe("a workbook with formulas that spill", () => {
    let lists: PartFacts;
    let bytes: Buffer;
    before(async () => {
      bytes = await spillingWorkbook();
      lists = await partFacts(bytes);
    });

    it("xl/metadata.xml holds Excel's dynamic-array record; workbook relationship and content type as Excel's", () => {
      assert.deepEqual(lists.metadata, {
        metadataType: EXCEL_SAVED.metadata.metadataType,
        futureMetadataName: EXCEL_SAVED.metadata.futureMetadataName,
        extUri: EXCEL_SAVED.metadata.extUri,
        dynamicArrayProperties: EXCEL_SAVED.metadata.dynamicArrayProperties,
        cellMetadataRecord: EXCEL_SAVED.metadata.cellMetadataRecord,
      });
      assert.deepEqual(
        lists.workbookRelationships.filter((r) => r.type === EXCEL_SAVED.workbookRelationship.type),
        [EXCEL_SAVED.workbookRelationship]
      );
      assert.equal(
        lists.contentTypes["/xl/metadata.xml"],
        EXCEL_SAVED.contentTypes["/xl/metadata.xml"]
      );
    });

    it("IIJ.TABLE and IIJ.PERIODS stored as Excel stores a dynamic array over their spill range; the scalar call beside them stays plain", () => {
      const table = lists.formulaCells.get("Lists!A3")!;
      assert.deepEqual(
        [table.cm, table.t, table.ref, table.ca, table.aca],
        ["1", "array", "A3:C4", null, null]
      );
      const periods = lists.formulaCells.get("Lists!E1")!;
      assert.deepEqual(
        [periods.cm, periods.t],
        [EXCEL_SAVED.boundCall.cm, EXCEL_SAVED.boundCall.t]
      );
      assert.match(periods.ref!, /^E1:E\d+$/);
      const scalar = lists.formulaCells.get("Lists!G1")!;
      assert.deepEqual([scalar.cm, scalar.t, scalar.cached], [null, null, "73981"]);
      assert.deepEqual(lists.webExtension!.functionIds, [
        "_xldudf_IIJ_PERIODS",
        "_xldudf_IIJ_REVENUE",
        "_xldudf_IIJ_TABLE",
      ]);
    });

    it("spills in the evaluator to the cached values (1H23 Network 73,981 in the table)", async () => {
      const check = await checkWorkbook(bytes);
      assert.deepEqual(check.differences, []);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      assert.equal(book.getWorksheet("Lists")!.getCell("C4").value, 73_981);
    });

    it("refuses a list written as a plain formula, which would show only its first value", async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet("Lists").getCell("A1").value = {
        formula: "_xldudf_IIJ_PERIODS()",
        result: "1Q18",
      } as ExcelJS.CellFormulaValue;
      await assert.rejects(
        finishWorkbook(Buffer.from(await book.xlsx.writeBuffer()), marks()),
        /A1: _xldudf_IIJ_PERIODS returns a list; write it with its spill range/
      );
    });
  });

  describe("the facts above, checked against the Excel-saved file itself", () => {
    const path = process.env.IIJ_EXCEL_SAVED_XLSX;
    let real: PartFacts;
    before(async function () {
      if (!path || !existsSync(path)) {
        console.log(
          "      (skipped: set IIJ_EXCEL_SAVED_XLSX to the Excel-saved file to run these)"
        );
        this.skip();
      }
      real = await partFacts(readFileSync(path!));
    });

    it("holds every recorded fact", () => {
      assert.deepEqual(real.calcPr, EXCEL_SAVED.calcPr);
      for (const [part, type] of Object.entries(EXCEL_SAVED.contentTypes))
        assert.equal(real.contentTypes[part], type, part);
      assert.ok(
        real.packageRelationships.some(
          (r) =>
            r.type === EXCEL_SAVED.packageRelationship.type &&
            r.target === EXCEL_SAVED.packageRelationship.target
        )
      );
      assert.deepEqual(real.taskpanesRelationships, [EXCEL_SAVED.taskpanesRelationship]);
      assert.ok(
        real.workbookRelationships.some(
          (r) =>
            r.type === EXCEL_SAVED.workbookRelationship.type &&
            r.target === EXCEL_SAVED.workbookRelationship.target
        )
      );
      assert.deepEqual(real.taskpane!.attributes, EXCEL_SAVED.taskpane.attributes);
      assert.equal(real.taskpane!.values.dockstate, EXCEL_SAVED.taskpane.dockstate);
      assert.equal(real.taskpane!.childTarget, EXCEL_SAVED.taskpanesRelationship.target);
      const we = real.webExtension!;
      assert.equal(we.namespace, EXCEL_SAVED.webExtension.namespace);
      assert.deepEqual(we.children, EXCEL_SAVED.webExtension.children);
      assert.deepEqual(we.referenceAttributes, EXCEL_SAVED.webExtension.referenceAttributes);
      assert.equal(we.reference.store, EXCEL_SAVED.webExtension.sideloaded.store);
      assert.equal(we.reference.storeType, EXCEL_SAVED.webExtension.sideloaded.storeType);
      assert.equal(we.functionListUri, EXCEL_SAVED.webExtension.functionListUri);
      assert.deepEqual(we.functionIds, EXCEL_SAVED.webExtension.functionIds);
      assert.deepEqual(real.metadata, {
        metadataType: EXCEL_SAVED.metadata.metadataType,
        futureMetadataName: EXCEL_SAVED.metadata.futureMetadataName,
        extUri: EXCEL_SAVED.metadata.extUri,
        dynamicArrayProperties: EXCEL_SAVED.metadata.dynamicArrayProperties,
        cellMetadataRecord: EXCEL_SAVED.metadata.cellMetadataRecord,
      });
      const bound = real.formulaCells.get("Correct!A1")!;
      assert.deepEqual(
        [bound.cm, bound.t, bound.ref, bound.ca, bound.aca, bound.cached],
        [
          EXCEL_SAVED.boundCall.cm,
          EXCEL_SAVED.boundCall.t,
          "A1",
          EXCEL_SAVED.boundCall.ca,
          EXCEL_SAVED.boundCall.aca,
          EXCEL_SAVED.boundCall.cached,
        ]
      );
    });

    it("matches the starter model's web extension part element for element, apart from the add-in and its functions", () => {
      assert.deepEqual(model.webExtension!.children, real.webExtension!.children);
      assert.deepEqual(
        model.webExtension!.referenceAttributes,
        real.webExtension!.referenceAttributes
      );
      assert.deepEqual(model.taskpane!.attributes, real.taskpane!.attributes);
      assert.deepEqual(model.calcPr, real.calcPr);
    });
  });
});
