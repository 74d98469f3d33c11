/**
 * `npx iij eval --workbook` against files people send around (issue 19): each made here, each run
 * as a user runs it (a child process), each refused with one line or checked, within a bound.
 * Before this work: the merge ran past 60 s and 1.3 GB, the array formula past 60 s, the zip bomb
 * to 1.4 GB and "Invalid string length", `=B1+…+B1300` ended in "Maximum call stack size exceeded"
 * and a cell at XFD1048576 in "Sheet size limit exceeded".
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tinyWorkbook } from "../support/tiny-workbook";
import { zipBomb } from "../support/zip-bomb";

const BIN = join(__dirname, "..", "..", "bin", "iij.js");
/** Generous for a loaded 2-core machine; each case took over 60 s before, 1-2 s of CPU after. */
const BOUND_MS = 45_000;

let dir: string;

function check(name: string, data: Buffer): { code: number | null; lines: string[]; err: string } {
  const path = join(dir, name);
  writeFileSync(path, data);
  const run = spawnSync(process.execPath, [BIN, "eval", "--workbook", path], {
    encoding: "utf8",
    timeout: BOUND_MS,
  });
  assert.equal(run.signal, null, `${name}: still running after ${BOUND_MS} ms`);
  return {
    code: run.status,
    lines: run.stdout.split("\n").filter((l) => l !== ""),
    err: run.stderr.trim(),
  };
}

const value = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;

describe("iij eval --workbook: hostile and unusual files", function () {
  this.timeout(4 * BOUND_MS);
  before(() => (dir = mkdtempSync(join(tmpdir(), "iij-hostile-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("a merge over the rest of the grid (B2:XFD1048576) is clipped to the cells that exist", async () => {
    const file = await tinyWorkbook([
      {
        name: "Sheet1",
        body: `<sheetData><row r="1"><c r="A1"><f>B2*2</f><v>8</v></c></row><row r="2">${value("B2", 4)}</row></sheetData><mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>`,
      },
    ]);
    const { code, lines } = check("merge.xlsx", file);
    assert.ok(lines.includes("1 formulas, 0 differ"), lines.join("\n"));
    assert.equal(code, 0);
  });

  it("an array formula declared over the whole grid (A1:XFD1048576) is checked on the cells that exist", async () => {
    const file = await tinyWorkbook([
      {
        name: "Sheet1",
        body: `<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:XFD1048576">1+1</f><v>2</v></c></row></sheetData>`,
      },
    ]);
    const { code, lines } = check("array.xlsx", file);
    assert.ok(lines.includes("1 formulas, 0 differ"), lines.join("\n"));
    assert.equal(code, 0);
  });

  it("a 1.2 MB zip whose sheet inflates to 1.2 GB is refused from its central directory", () => {
    const { code, lines, err } = check("bomb.xlsx", zipBomb());
    assert.deepEqual(lines, []);
    assert.match(
      err,
      /sheet1\.xml inflates to 1200 MB: beyond the checker's limit of 32 MB a part$/
    );
    assert.equal(err.split("\n").length, 1);
    assert.equal(code, 2);
  });

  it("the same bomb declaring 1,000 bytes is stopped when it inflates past them", () => {
    const { code, err } = check("lying-bomb.xlsx", zipBomb(1000));
    assert.match(err, /sheet1\.xml inflates past the 1000 bytes its zip entry declares$/);
    assert.equal(code, 2);
  });

  it("=B1+B2+…+B1300 in a workbook evaluates (the stack is deep enough for Excel's 8,192 characters)", async () => {
    const terms = Array.from({ length: 1300 }, (_, i) => `B${i + 1}`).join("+");
    const rows = Array.from(
      { length: 1300 },
      (_, i) =>
        `<row r="${i + 1}">${i === 0 ? `<c r="A1"><f>${terms}</f><v>1300</v></c>` : ""}${value(`B${i + 1}`, 1)}</row>`
    ).join("");
    const { code, lines } = check(
      "sum.xlsx",
      await tinyWorkbook([{ name: "Sheet1", body: `<sheetData>${rows}</sheetData>` }])
    );
    assert.ok(lines.includes("1 formulas, 0 differ"), lines.join("\n"));
    assert.equal(code, 0);
  });

  it("a cell at XFD1048576, Excel's last, is read and referenced", async () => {
    const file = await tinyWorkbook([
      {
        name: "Sheet1",
        body: `<sheetData><row r="1"><c r="A1"><f>XFD1048576*2</f><v>6</v></c></row><row r="1048576">${value("XFD1048576", 3)}</row></sheetData>`,
      },
    ]);
    const { code, lines } = check("far.xlsx", file);
    assert.ok(lines.includes("1 formulas, 0 differ"), lines.join("\n"));
    assert.equal(code, 0);
  });

  it("a cached value that differs is still found when another formula cannot be evaluated", async () => {
    // 1,150 terms evaluate in the worker; a formula nested past any stack does not, and is named.
    const deep = `${"(".repeat(20_000)}1${")".repeat(20_000)}`;
    const file = await tinyWorkbook([
      {
        name: "Sheet1",
        body: `<sheetData><row r="1"><c r="A1"><f>${deep}</f><v>1</v></c><c r="B1"><f>2+2</f><v>5</v></c></row></sheetData>`,
      },
    ]);
    const { code, lines } = check("deep.xlsx", file);
    assert.ok(
      lines.some((l) => l.startsWith("Sheet1!A1: cannot evaluate =((((")),
      lines.join("\n")
    );
    assert.ok(lines.includes("Sheet1!B1: file 5, recalculated 4   =2+2"), lines.join("\n"));
    assert.match(
      lines.at(-1)!,
      /^Verdict: a colleague would see #NAME\?|^Verdict: not checked in full/
    );
    assert.ok(lines.every((l) => l.length < 400));
    assert.equal(code, 1);
  });
});
