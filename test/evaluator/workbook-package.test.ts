/**
 * A verdict only for a workbook: what is not one is named (issue 19 item 3), and what a workbook
 * holds beyond plain cells (defined names, strings with doubled quotes) is read as Excel reads it.
 */
import { strict as assert } from "node:assert";
import { checkWorkbook } from "../../src/evaluator/workbook";
import { RefusedFile } from "../../src/evaluator/zip-limits";
import { tinyParts, tinyWorkbook, zipParts } from "../support/tiny-workbook";

async function refusal(data: Buffer): Promise<string> {
  try {
    await checkWorkbook(data);
  } catch (error) {
    assert.ok(error instanceof RefusedFile, String(error));
    return error.message;
  }
  assert.fail("checked, not refused");
}

/** An OLE2 compound file's first sector: its signature, and optionally a directory entry's name. */
function ole2(streamName?: string): Buffer {
  const data = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data);
  if (streamName) Buffer.from(streamName, "utf16le").copy(data, 1024);
  return data;
}

/** 1H23 network services revenue, JPY mn: 2Q FY2023 securities report, line 175 ("67,707 73,981"). */
const NETWORK_1H23 = 73981;
const revenueCell = (ref: string, period: string) =>
  `<c r="${ref}"><f>_xldudf_IIJ_REVENUE(${period},"Network")</f><v>${NETWORK_1H23}</v></c>`;

describe("iij eval --workbook: only a workbook gets a verdict", function () {
  this.timeout(60_000);

  it("names a Word document, an empty zip, a legacy .xls, an encrypted workbook and a non-zip", async () => {
    const docx = await zipParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": "<document/>",
    });
    assert.equal(await refusal(docx), "a Word document (.docx), not a workbook");
    assert.equal(await refusal(await zipParts({})), "an empty zip archive, not a workbook");
    assert.match(await refusal(ole2()), /^a legacy Excel 97-2003 workbook \(\.xls\)/);
    assert.match(
      await refusal(ole2("EncryptionInfo")),
      /^an encrypted \(password-protected\) workbook/
    );
    assert.equal(
      await refusal(Buffer.from("id,value\n1,2\n")),
      "not a zip package, so not an .xlsx workbook"
    );
    assert.equal(await refusal(Buffer.alloc(0)), "an empty file, not a workbook");
  });

  it("refuses a zip with a workbook and a sheet but no content types or relationships (was: Verdict: fine)", async () => {
    const parts = tinyParts([
      {
        name: "Sheet1",
        body: `<sheetData><row r="1">${revenueCell("A1", '"1H23"')}</row></sheetData>`,
      },
    ]);
    const bare = await zipParts({
      "xl/workbook.xml": parts["xl/workbook.xml"],
      "xl/worksheets/sheet1.xml": parts["xl/worksheets/sheet1.xml"],
    });
    assert.match(await refusal(bare), /^a zip without \[Content_Types\]\.xml/);
    const noRels: Record<string, string> = { ...parts };
    delete noRels["_rels/.rels"];
    assert.match(await refusal(await zipParts(noRels)), /^a zip without _rels\/\.rels/);
  });

  it("loads defined names, workbook- and sheet-scoped, so a formula using them is no false difference", async () => {
    const file = await tinyWorkbook(
      [
        {
          name: "Inputs",
          body: `<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>1H23</t></is></c></row></sheetData>`,
        },
        {
          name: "Model",
          body: `<sheetData><row r="1">${revenueCell("A1", "Per")}${revenueCell("B1", "Here")}</row></sheetData>`,
        },
      ],
      `<definedName name="Per">Inputs!$B$2</definedName><definedName name="Here" localSheetId="1">"1H23"</definedName>`
    );
    const check = await checkWorkbook(file);
    assert.deepEqual(check.failures, []);
    assert.equal(check.formulas, 2);
    assert.deepEqual(check.differences, []);
  });

  it("loads defined names when a formula makes it load the workbook cell by cell, and names the one the engine cannot take", async () => {
    // A formula nested past any stack breaks loading all at once; the fallback must load the names too.
    const deep = `${"(".repeat(20_000)}1${")".repeat(20_000)}`;
    const file = await tinyWorkbook(
      [
        {
          name: "Sheet1",
          body: `<sheetData><row r="1"><c r="A1"><f>${deep}</f><v>1</v></c><c r="B1"><f>Good+1</f><v>3</v></c></row></sheetData>`,
        },
      ],
      `<definedName name="Good">2</definedName><definedName name="R1C1">3</definedName>`
    );
    const check = await checkWorkbook(file);
    const nameFailures = check.failures.filter((f) => f.startsWith("name "));
    assert.equal(nameFailures.length, 1, check.failures.join("\n"));
    assert.match(nameFailures[0], /^name R1C1: not loaded: /);
    assert.ok(check.failures.some((f) => f.startsWith("Sheet1!A1: cannot evaluate")));
    assert.deepEqual(check.differences, []);
  });

  it('reads a doubled quote inside a string ="a""b" as Excel does', async () => {
    const file = await tinyWorkbook([
      {
        name: "Sheet1",
        body: `<sheetData><row r="1"><c r="A1" t="str"><f>"a""b"&amp;LEN("""")</f><v>a"b1</v></c></row></sheetData>`,
      },
    ]);
    const check = await checkWorkbook(file);
    assert.deepEqual(check.differences, []);
    assert.equal(check.formulas, 1);
  });
});
