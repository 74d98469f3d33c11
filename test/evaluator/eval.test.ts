/**
 * `npx iij eval` as a user runs it: a child process, formulas as arguments or on standard input,
 * one line out per formula. Expected figures from the filings.
 */
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "iij.js");

function iij(args: string[], input?: string): string[] {
  return execFileSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
    stdio: ["pipe", "pipe", "pipe"],
  })
    .split("\n")
    .filter((line) => line !== "");
}

describe("npx iij eval", function () {
  this.timeout(60_000);

  it("evaluates formulas given as arguments, one line each, at full precision", () => {
    const out = iij([
      "eval",
      '=IIJ.REVENUE("1H23","Network")',
      'IIJ.REVENUE("1H19","Network")',
      '=IIJ.REVENUE("1H23","Network")/IIJ.REVENUE("1H22","Network")-1',
    ]);
    assert.equal(out.length, 3);
    assert.equal(out[0], "73981");
    assert.equal(out[1], "61203.901");
    assert.equal(Number(out[2]), 73981 / 67707 - 1);
  });

  it("reads standard input when no formula is given, and prints errors as code and message", () => {
    const out = iij(
      ["eval"],
      '=IIJ.REVENUE("2H23","Network")\n=IIJ.VALUE("Borrowings","1H23")\n=SUM(IIJ.COST("1H23","Network"),1)\n'
    );
    assert.match(out[0], /^#N\/A No figure for Network revenue in 2H23/);
    assert.match(out[1], /^#VALUE! item: "Borrowings" is printed more than once/);
    assert.equal(out[2], "53038");
  });

  it("reads TRUE and FALSE as booleans, like Excel: the function then says #VALUE! and why", () => {
    const out = iij([
      "eval",
      "=IIJ.REVENUE(TRUE)",
      '=IIJ.REVENUE("1H23","Network",FALSE)',
      '=IF(TRUE,IIJ.REVENUE("1H23","Network"),0)',
      "=NOT(false)",
    ]);
    assert.match(out[0], /^#VALUE! period: TRUE is not a period/);
    assert.match(out[1], /^#VALUE! unit: FALSE is not a unit/);
    assert.equal(out[2], "73981"); // 2023 line 676
    assert.equal(out[3], "TRUE");
  });

  it("--lang ja: the messages Excel in Japanese shows, the same figures", () => {
    const out = iij([
      "eval",
      "--lang",
      "ja",
      '=IIJ.REVENUE("x")',
      '=IIJ.REVENUE("2H23","ネットワークサービス")',
      '=IIJ.REVENUE("2023年度上期","ネットワークサービス","十億円")',
    ]);
    assert.match(out[0], /^#VALUE! period: "x" は期間として読めません。.*"2023年度上期"/);
    assert.match(out[1], /^#N\/A 2H23 の「Network revenue」の数値はありません。数値のある期間: /);
    assert.equal(out[2], "73.981"); // 2023 line 676: 73,981 JPY mn
    assert.match(iij(["eval", "--lang", "en", '=IIJ.REVENUE("x")'])[0], /is not a period/);
    assert.throws(() => iij(["eval", "--lang", "fr", "=1"]), /--lang takes en or ja/);
  });

  it("prints a spilled result on one line", () => {
    const [line] = iij(["eval", '=IIJ.TABLE("Network services","1H22,1H23")']);
    assert.deepEqual(JSON.parse(line), [
      ["", "1H22", "1H23"],
      ["Network services", 67707, 73981],
    ]);
  });
  it("one line per formula, always: long and deep formulas, parse errors, newlines, long arguments", () => {
    const terms = `=${Array(1150).fill("1").join("+")}`; // 2.3k characters; Excel allows 8,192
    const nested = `=${"(".repeat(130)}1${")".repeat(130)}`;
    const input = [
      terms,
      nested,
      "=1+",
      '="a""b"',
      '="x"&CHAR(10)&"y"',
      `=IIJ.REVENUE("${"9".repeat(100_000)}","Network")`,
      '=IIJ.REVENUE("1H23","Network")',
    ];
    const out = iij(["eval"], input.join("\n"));
    assert.equal(out.length, input.length, out.join("\n"));
    assert.equal(out[0], "1150");
    assert.equal(out[1], "1");
    assert.match(out[2], /^#ERROR! the formula does not parse/);
    assert.equal(out[3], 'a"b');
    assert.equal(out[4], "x\\ny");
    assert.match(out[5], /^#VALUE! period: "9{59}…" is not a period/);
    assert.ok(out[5].length < 400, `${out[5].length} characters`);
    assert.equal(out[6], "73981"); // 2023 line 676
  });

  it("--help and --version answer instead of being evaluated", () => {
    assert.match(iij(["eval", "--help"])[0], /^usage: iij eval/);
    assert.match(iij(["--version"])[0], /^\d+\.\d+\.\d+$/);
    assert.match(iij(["eval", "--version"])[0], /^\d+\.\d+\.\d+$/);
  });
});
