/**
 * Figures for periods no filing prints follow the kind of their line: a money flow by subtraction,
 * a balance from the balance printed for the same day, never by subtraction. Expected figures are
 * read off the filings (line numbers given); a derived flow is the printed figures' difference.
 */
import { strict as assert } from "node:assert";
import { datasetFromFigures } from "../../src/data/encode";
import { NotAvailableError } from "../../src/data/errors";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import { loadSources } from "../../scripts/dataset/source";
import { verifyDerived } from "../../scripts/dataset/derived";

const query = new Query(loadDataset());
const CLOSING = "Cash and cash equivalents, end of the period";
const OPENING = "Cash and cash equivalents, beginning of the period";

describe("derived figures follow the kind of their line", () => {
  describe("closing balances: the balance on the period's last day", () => {
    it("2H22 closing cash is 42,472, the balance at 31 March 2023 (2023 lines 115, 613, 877)", () => {
      const answer = query.value(CLOSING, "2H22");
      assert.equal(answer.value.toNumber(), 42472);
      assert.equal(answer.rule, "closing-same-day");
      assert.match(query.source(CLOSING, "2H22"), /2H22 closes on 2023-03-31, as FY22 does/);
      assert.doesNotMatch(query.source(CLOSING, "2H22"), /FY22 - 1H22/);
    });

    it("2H18 closing cash is 31,957.789 JPY mn, the balance at 31 March 2019 (2019 lines 76, 589, 816)", () => {
      assert.equal(query.value(CLOSING, "2H18").value.toString(), "31957.789");
      assert.equal(query.value(CLOSING, "2H18", "JPY k").value.toNumber(), 31957789);
      assert.equal(
        query
          .value("Selected data: Cash and cash equivalents, at the end of period", "2H18", "JPY k")
          .value.toNumber(),
        31957789
      );
    });

    it("2Q closing is the half's closing; 4Q's the year's (2023 lines 878, 115)", () => {
      assert.equal(query.value(CLOSING, "2Q23").value.toNumber(), 42587);
      assert.equal(query.value(CLOSING, "4Q22").value.toNumber(), 42472);
    });

    it("a year's closing balance is the next half's opening: FY21 47,391 (2023 line 877), FY17 21,320,004 thousand (2019 line 816)", () => {
      const fy21 = query.value(CLOSING, "FY21");
      assert.equal(fy21.value.toNumber(), 47391);
      assert.equal(fy21.rule, "closing-next-opening");
      assert.equal(query.value(CLOSING, "2H21").value.toNumber(), 47391);
      assert.equal(query.value(CLOSING, "FY17", "JPY k").value.toNumber(), 21320004);
      // so the year-on-year change of 2H22's closing cash is (42,472 - 47,391) / 47,391
      assert.equal(query.yoy(CLOSING, "2H22").change.toNumber(), (42472 - 47391) / 47391);
    });

    it("1Q and 3Q closing balances are #N/A: no filing prints cash at 30 June or 31 December", () => {
      for (const code of ["1Q23", "3Q22"]) {
        assert.throws(
          () => query.value(CLOSING, code),
          (e: Error) =>
            e instanceof NotAvailableError && /no filing in the dataset prints/.test(e.message)
        );
      }
    });
  });

  describe("opening balances: the balance on the period's first day", () => {
    it("2H22 opens with 1H22's closing cash, 42,068 (2023 line 878)", () => {
      const answer = query.value(OPENING, "2H22");
      assert.equal(answer.value.toNumber(), 42068);
      assert.equal(answer.rule, "opening-previous-closing");
      assert.match(query.source(OPENING, "2H22"), /2H22 opens with 1H22's closing balance/);
    });

    it("1Q and FY open the day 1H does (2023 line 877: 47,391 and 42,472)", () => {
      assert.equal(query.value(OPENING, "1Q23").value.toNumber(), 42472);
      assert.equal(query.value(OPENING, "FY22").value.toNumber(), 47391);
      assert.equal(query.value(OPENING, "1Q23").rule, "opening-same-day");
    });

    it("2Q opens with 1Q's closing balance, which no filing prints: #N/A saying so", () => {
      assert.throws(
        () => query.value(OPENING, "2Q23"),
        (e: Error) =>
          e instanceof NotAvailableError &&
          /opens with 1Q23's closing balance \(2023-06-30\)/.test(e.message)
      );
    });

    it("works for a note's balances too: Level 3 investment trusts (2023 lines 1218-1222)", () => {
      const line = "Level 3 investment trusts and other: opening balance";
      assert.equal(query.value(line, "1H23").value.toNumber(), 6946);
      assert.equal(query.value(line, "2H22").value.toNumber(), 7656);
      const closing = "Level 3 equity securities: closing balance";
      assert.equal(query.value(closing, "2Q23").value.toNumber(), 1460);
    });
  });

  describe("money flows: by subtraction, as before", () => {
    it("2H22 revenue = FY22 - 1H22 = 252,708 - 121,962 (2023 lines 101, 679)", () => {
      const answer = query.value("Total revenues", "2H22");
      assert.equal(answer.value.toNumber(), 252708 - 121962);
      assert.equal(answer.rule, "flow-second-half");
    });

    it("2H22 operating cash flow = 38,529 - 13,457 (2023 line 112)", () => {
      assert.equal(
        query.value("Cash flows from operating activities", "2H22").value.toNumber(),
        38529 - 13457
      );
    });

    it("1Q23 network revenue = 73,981 - 37,627 (2023 lines 676, 711)", () => {
      const answer = query.revenue("1Q23", "Network");
      assert.equal(answer.value.toNumber(), 73981 - 37627);
      assert.equal(answer.rule, "flow-first-quarter");
    });

    it("the opening and closing lines are not flows: no 2H by subtraction from them", () => {
      // 42,472 - 42,068 = 404 is what subtracting FY22's and 1H22's closing cash would give.
      assert.notEqual(query.value(CLOSING, "2H22").value.toNumber(), 404);
    });
  });

  it("every line of the dataset has a kind, and the cash lines have theirs", () => {
    const dataset = loadDataset();
    for (const statement of dataset.statements())
      for (const item of dataset.items(statement))
        assert.ok(dataset.kind({ statement, item }), `${statement}: ${item}`);
    assert.equal(dataset.kind({ statement: "cash-flows", item: CLOSING }), "closing");
    assert.equal(dataset.kind({ statement: "cash-flows", item: OPENING }), "opening");
    assert.equal(
      dataset.kind({ statement: "financial-position", item: "Cash and cash equivalents" }),
      "balance"
    );
    assert.equal(dataset.kind({ statement: "profit-or-loss", item: "Total revenues" }), "flow");
    assert.deepEqual(dataset.closingLine({ statement: "cash-flows", item: OPENING }), {
      statement: "cash-flows",
      item: CLOSING,
    });
  });
});

describe("verify-data: every derived figure", function () {
  this.timeout(60_000);
  const sources = loadSources();

  it("checks every derived figure and identity, with none broken", () => {
    const result = verifyDerived(sources);
    assert.deepEqual(result.problems, []);
    for (const rule of [
      "flow-first-quarter",
      "flow-second-half",
      "closing-same-day",
      "closing-next-opening",
      "opening-same-day",
      "opening-previous-closing",
    ])
      assert.ok((result.derived.get(rule) ?? 0) > 0, rule);
    assert.ok(result.repeatsChecked > 0);
    assert.ok(result.identitiesChecked > 0);
    assert.equal(result.identitiesHeld, result.identitiesChecked);
  });

  it("fails a query that derives balances by subtraction, as before line kinds: 404 and 4,073.104", () => {
    // The dataset as it was: every line of a flow statement treated as a flow.
    const asBefore = sources.figures.map((f) => ({
      ...f,
      kind: f.kind === "balance" ? ("balance" as const) : ("flow" as const),
      closingItem: undefined,
    }));
    const query = new Query(datasetFromFigures("before", sources.reports, asBefore));
    const { problems } = verifyDerived(sources, query);
    // FY22 42,472 - 1H22 42,068 (2023 line 115) against the balance at 2023-03-31, 42,472 (line 613).
    assert.ok(
      problems.some((p) =>
        /end of the period 2H22 is derived as 404 JPY mn .*42,472 JPY mn .*line 613/.test(p)
      ),
      problems.join("\n")
    );
    // FY18 31,957,789 - 1H18 27,884,685 thousand (2019 lines 76, 817) against 31,957,789 (line 589).
    assert.ok(
      problems.some((p) =>
        /end of the period 2H18 is derived as 4073\.104 JPY mn .*31,957,789 JPY k .*line 589/.test(
          p
        )
      ),
      problems.join("\n")
    );
  });
});
