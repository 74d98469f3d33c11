/**
 * Arguments in Japanese: periods, units and names. Expected figures are read off the FY2023
 * report (data/reports/iij-2q-fy2023-quarterly-securities-report.txt, line numbers below).
 */
import { strict as assert } from "node:assert";
import Decimal from "decimal.js";
import { createEngine } from "../../src/evaluator/engine";
import { evaluateFormula } from "../../src/evaluator/cli";
import { fromJapaneseName, JAPANESE_NAMES } from "../../src/data/japanese/aliases";
import { fromJapanesePeriod } from "../../src/data/japanese/periods";
import { JAPANESE_UNITS } from "../../src/data/japanese/units";
import { parsePeriod, periodCode, PeriodSyntaxError, type Period } from "../../src/data/period";
import {
  convertMoney,
  MONEY_UNITS,
  parseMoneyUnit,
  UnitSyntaxError,
  type MoneyUnit,
} from "../../src/data/unit";
import { query } from "../../src/functions/iij";

const q = query();
const code = (input: string) => periodCode(parsePeriod(input) as Period);
const revenue = (period: string, line = "Network", unit?: string) =>
  q.revenue(period, line, unit).value.toString();

describe("the done-when formulas of issue 14, in the formula evaluator", () => {
  const engine = createEngine();
  it("answers with the figures the report prints", () => {
    // Line 676: Network services, six months ended September 30, 2023: 73,981 (JPY mn).
    assert.equal(
      evaluateFormula(engine, '=IIJ.REVENUE("2024年3月期 第2四半期累計","ネットワークサービス")'),
      "73981"
    );
    assert.equal(
      evaluateFormula(engine, '=IIJ.REVENUE("2023年度上期","ネットワークサービス","十億円")'),
      "73.981"
    );
    // Line 634: Total assets at September 30, 2023: 259,108.
    assert.equal(evaluateFormula(engine, '=IIJ.VALUE("資産合計","2023年9月30日")'), "259108");
  });
});

describe("periods in Japanese", () => {
  const families: [string, string][] = [
    // A quarter: three months.
    ["2024年3月期 第2四半期", "2Q23"],
    ["2024年3月期 2Q", "2Q23"],
    ["2024年3月期 Q2", "2Q23"],
    ["2024年3月期第二四半期", "2Q23"],
    ["2024年3月期 第2四半期連結会計期間", "2Q23"],
    // From April to the end of a quarter.
    ["2024年3月期 第2四半期累計", "1H23"],
    ["2024年3月期 第2四半期連結累計期間", "1H23"],
    ["2024年3月期 第1四半期累計", "1Q23"],
    ["2024年3月期 第4四半期累計", "FY23"],
    // Halves.
    ["2024年3月期 上期", "1H23"],
    ["2024年3月期 上半期", "1H23"],
    ["2024年3月期 中間期", "1H23"],
    ["2024年3月期 下期", "2H23"],
    ["2023年度上期", "1H23"],
    ["2023年度 下期", "2H23"],
    // Fiscal years: 2024年3月期 and 2023年度 are both April 2023 - March 2024.
    ["2024年3月期", "FY23"],
    ["2024年3月期 通期", "FY23"],
    ["2023年度", "FY23"],
    // The short forms of research notes.
    ["24/3期 2Q", "2Q23"],
    ["24.3期 1H", "1H23"],
    ["24年3月期 上期", "1H23"],
    ["24/3期", "FY23"],
    ["2024/3期 H2", "2H23"],
    // Balance dates.
    ["2023年9月30日", "2023-09-30"],
    ["2023/9/30", "2023-09-30"],
    ["2023年9月末", "2023-09-30"],
    ["2024年2月末", "2024-02-29"],
    // Full-width digits, letters and spaces.
    ["２０２４年３月期　第２四半期", "2Q23"],
    ["２０２３年度上期", "1H23"],
    ["２０２３／９／３０", "2023-09-30"],
    ["１Ｈ２３", "1H23"],
  ];

  for (const [input, expected] of families) {
    it(`reads "${input}" as ${expected}`, () => assert.equal(code(input), expected));
  }

  it("gives the figure of the English code it stands for", () => {
    // Line 711: Network services, three months ended September 30, 2023: 37,627.
    assert.equal(revenue("2024年3月期 第2四半期"), "37627");
    assert.equal(revenue("24/3期 2Q"), revenue("2Q23"));
    // 1Q23 is derived: 1H23 - 2Q23 = 73,981 - 37,627 (lines 676, 711).
    assert.equal(revenue("2024年3月期 第1四半期"), "36354");
    assert.equal(revenue("2024年3月期 第1四半期累計"), "36354");
    // Line 100: revenues for the 31st business term (FY22) 252,708; 1H22 121,962.
    assert.equal(revenue("2023年3月期", "Total"), "252708");
    assert.equal(revenue("2022年度", "Total"), "252708");
    assert.equal(revenue("2022年度下期", "Total"), "130746");
    assert.equal(revenue("2023年3月期 下期", "Total"), revenue("2H22", "Total"));
  });

  it("leaves the English codes to the English parser, untouched", () => {
    for (const english of ["1H23", "FY22", " 1h 23 ", "H-1", "2023-09-30", "1H23/"])
      assert.equal(fromJapanesePeriod(english, PeriodSyntaxError), english);
  });

  it("rejects Japanese that is no period with a #VALUE! naming the accepted forms", () => {
    const rejects = (input: string, message: RegExp) =>
      assert.throws(
        () => parsePeriod(input),
        (e: Error) => e instanceof PeriodSyntaxError && message.test(e.message),
        input
      );
    rejects(
      "2024年3月期 第5四半期",
      /"2024年3月期 第5四半期" is not a period; Japanese forms accepted: .*2023年度上期/
    );
    rejects("令和5年度", /Japanese forms accepted/);
    rejects("2024年12月期", /fiscal year ends in March \(2024年3月期 = FY2023\)/);
    rejects("2023年2月30日", /"2023年2月30日" is not a calendar date/);
    assert.throws(() => q.revenue("2023年度第5四半期", "Network"), /^Error: period: /);
  });
});

describe("units in Japanese", () => {
  it("stand for money units, all of which scale exactly", () => {
    for (const [japanese, unit] of Object.entries(JAPANESE_UNITS)) {
      assert.ok(MONEY_UNITS.includes(unit as MoneyUnit), unit);
      assert.equal(parseMoneyUnit(japanese), unit);
    }
  });

  it("give the figure in that unit: 73,981 million yen (line 676)", () => {
    assert.equal(revenue("1H23", "Network", "円"), "73981000000");
    assert.equal(revenue("1H23", "Network", "千円"), "73981000");
    assert.equal(revenue("1H23", "Network", "百万円"), "73981");
    assert.equal(revenue("1H23", "Network", "億円"), "739.81");
    assert.equal(revenue("1H23", "Network", "十億円"), "73.981");
    assert.equal(revenue("1H23", "Network", "単位：百万円"), "73981");
    assert.equal(revenue("1H23", "Network", "　億円 "), "739.81");
    assert.equal(revenue("1H23", "Network", "JPY 100mn"), "739.81");
  });

  it("scale 億円 (10^8 yen) as exact decimals, from thousands of yen too", () => {
    // The 2019 report prints 61,203,901 thousand yen for 1H19 network services revenue.
    const oku = convertMoney(new Decimal("61203901"), "JPY k", "JPY 100mn");
    assert.equal(oku.toString(), "612.03901");
    assert.equal(revenue("1H19", "Network", "億円"), "612.03901");
  });

  it("reject another Japanese unit, naming the ones accepted", () => {
    for (const bad of ["万円", "兆円", "ドル"])
      assert.throws(
        () => parseMoneyUnit(bad),
        (e: Error) => e instanceof UnitSyntaxError && /"百万円", "億円", "十億円"/.test(e.message)
      );
    assert.throws(() => parseMoneyUnit("USD"), /accepted: "JPY"/);
  });
});

describe("names in Japanese", () => {
  /** What each function makes of a name: the line it answers for, or the kind of error. */
  const contexts: Record<string, (name: string) => unknown> = {
    item: (name) => q.resolveItem(name),
    revenue: (name) => answered(() => q.revenue("1H23", name)),
    cost: (name) => answered(() => q.cost("1H23", name)),
    grossProfit: (name) => answered(() => q.grossProfit("1H23", name)),
    segment: (name) => answered(() => q.operatingProfit("1H23", name)),
    kpi: (name) => answered(() => q.kpi(name, "2023-09-30")),
    statement: (name) => q.items(name),
  };
  function answered(ask: () => { name: string; value: Decimal; unit: string }) {
    const answer = ask();
    return `${answer.name} = ${answer.value.toString()} ${answer.unit}`;
  }
  function outcome(context: (name: string) => unknown, name: string): unknown {
    try {
      return { found: context(name) };
    } catch (error) {
      return { failed: (error as Error).constructor.name };
    }
  }

  it("has one English name per caption", () => {
    const seen = new Map<string, string>();
    for (const [japanese, english] of JAPANESE_NAMES) {
      assert.notEqual(seen.get(japanese) ?? english, undefined);
      assert.equal(seen.get(japanese) ?? english, english, japanese);
      seen.set(japanese, english);
      assert.equal(fromJapaneseName(japanese), english, japanese);
    }
  });

  for (const [japanese, english] of JAPANESE_NAMES) {
    it(`"${japanese}" is "${english}" in every function, and names a figure`, () => {
      let found = 0;
      for (const [context, resolve] of Object.entries(contexts)) {
        const expected = outcome(resolve, english);
        assert.deepEqual(outcome(resolve, japanese), expected, context);
        if ("found" in (expected as object)) found++;
      }
      assert.ok(found > 0, `"${english}" is accepted nowhere`);
    });
  }

  it("reads the wording of half-year and annual reports, full-width and half-width forms", () => {
    // Line 104: profit attributable to owners of the parent, 1H23: 8,322.
    for (const name of [
      "親会社の所有者に帰属する四半期利益",
      "親会社の所有者に帰属する中間利益",
      "親会社の所有者に帰属する当期利益",
    ])
      assert.equal(q.value(name, "1H23").value.toString(), "8322", name);
    assert.deepEqual(q.items("要約四半期連結キャッシュ・フロー計算書"), q.items("Cash flows"));
    assert.deepEqual(q.items("連結キャッシュフロー計算書"), q.items("Cash flows"));
    assert.equal(revenue("1H23", "ﾈｯﾄﾜｰｸｻｰﾋﾞｽ"), "73981");
    assert.equal(revenue("1H23", "ＡＴＭ運営事業"), "1467"); // line 403 area: ATM 1,467
    assert.equal(q.value("Ｔｏｔａｌ　ａｓｓｅｔｓ", "2023-09-30").value.toString(), "259108");
  });

  it("leaves English names as they are, and says what is wrong with unknown Japanese", () => {
    assert.equal(fromJapaneseName("Total assets"), "Total assets");
    assert.throws(
      () => q.value("売上高合計ではない", "1H23"),
      /item: "売上高合計ではない" is not an item/
    );
    // Line 202: operating profit of the Network services and SI segment, 1H23: 11,543.
    assert.equal(
      q
        .operatingProfit("1H23", "ネットワークサービス及びシステムインテグレーション事業")
        .value.toString(),
      "11543"
    );
  });
});
