import { strict as assert } from "node:assert";
import { closest, normalizeName } from "../../src/data/names";
import { query } from "../../src/functions/iij";
import { loadSources } from "../../scripts/dataset/source";

describe("normalizeName", () => {
  it("irons out how the two filings word the same line", () => {
    assert.equal(
      normalizeName("Profit (loss) for the year"),
      normalizeName("Profit (loss) for the period")
    );
    assert.equal(normalizeName("System integration"), normalizeName("Systems integration"));
    assert.equal(normalizeName("Finance expense"), normalizeName("Finance expenses"));
    assert.equal(
      normalizeName("Share of profit of investments accounted for using the equity method"),
      normalizeName("Share of profit of investments accounted for using equity method")
    );
    assert.equal(normalizeName("Non controlling interest"), "non-controlling interests");
  });

  it("ignores case, spacing around punctuation, dash and quote styles, trailing dots", () => {
    assert.equal(normalizeName("  Borrowings ( current ) "), "borrowings (current)");
    assert.equal(normalizeName("Borrowings(current)"), "borrowings (current)");
    assert.equal(
      normalizeName("Cash flows :\tFinance\u00a0 expenses"),
      "cash flows: finance expenses"
    );
    assert.equal(normalizeName("Network&SI ,total"), "network & si, total");
    assert.equal(normalizeName("Non\u2013current assets."), "non-current assets");
    assert.equal(normalizeName("Owners\u2019 equity"), "owners' equity");
  });

  it("is the printed name in lower case for names spaced as the filings print them", () => {
    // Printed in the 2023 report (lines 693 and 105), and item names of the dataset built from
    // printed captions (the segment table's, the changes in equity's column and row, line 795).
    for (const printed of [
      "Profit (loss) before tax",
      "Comprehensive income, attributable to owners of the parent",
      "Network & SI: operating profit",
      "Retained earnings: Dividends paid",
      "Share of profit (loss) of investments accounted for using equity method",
    ])
      assert.equal(normalizeName(printed), printed.toLowerCase());
  });

  it("gives the same for its own results and for lower case (the catalogue matches a typed name's lower case first)", () => {
    const names = new Set(loadSources().figures.flatMap((f) => [f.item, f.label ?? f.item]));
    for (const name of [...names, "Non controlling interest", "Expense", "Borrowings(current)"]) {
      const normal = normalizeName(name);
      assert.equal(normalizeName(normal), normal, name);
      if (/^[\x20-\x7e]*$/.test(name))
        assert.equal(normalizeName(name.toLowerCase()), normal, name);
    }
  });

  it("changes only whole words, and only a trailing 'interest'", () => {
    assert.equal(normalizeName("Expenses"), "expenses");
    assert.equal(normalizeName("Interest income"), "interest income");
    assert.equal(normalizeName("Interest on interest"), "interest on interests");
    assert.equal(normalizeName("Self-interest"), "self-interests");
    assert.equal(normalizeName("Disinterest"), "disinterest");
  });
});

/**
 * "Did you mean": the suggestions are worked out with word overlap first and edit distances only
 * where they can change the answer (names.ts). This is the rule stated plainly, every distance
 * measured, for the fast version to agree with on misspellings of every name the catalogue knows.
 */
const normalizedNames = new Map<string, string>();
const normalized = (name: string): string => {
  if (!normalizedNames.has(name)) normalizedNames.set(name, normalizeName(name));
  return normalizedNames.get(name)!;
};

function plainClosest(typed: string, choices: readonly string[], count: number): string[] {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  };
  const words = (name: string) => name.split(/[^a-z0-9&]+/).filter((w) => w.length > 1);
  const same = (a: string, b: string) => {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return (
      a === b || (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3)
    );
  };
  const wanted = normalizeName(typed).slice(0, 80);
  const limit = Math.max(2, Math.floor(wanted.length * 0.4));
  return [
    ...new Set(
      choices
        .map((choice) => {
          const name = normalized(choice);
          const contains =
            wanted.length > 1 &&
            (name.includes(wanted) || (wanted.includes(name) && name.length * 2 >= wanted.length));
          const shared = words(wanted)
            .filter((w) => words(name).some((c) => same(w, c)))
            .reduce((n, w) => n + w.length, 0);
          const d = distance(wanted, name.slice(0, 80));
          return { choice, shared: contains ? 1000 : shared, d, near: d <= limit };
        })
        .filter((s) => s.shared > 0 || s.near)
        .sort((a, b) => b.shared - a.shared || a.d - b.d || a.choice.length - b.choice.length)
        .slice(0, count)
        .map((s) => s.choice)
    ),
  ];
}

describe("closest (did you mean)", () => {
  const names = query().catalogue.names();
  const typos = [
    "EBITDA",
    "Revenuez",
    "Total revxnues",
    "Depreciation expense",
    "cash",
    "net incom",
    // Every sixth name, three ways misspelt: the plain rule measures every distance, slowly.
    ...names
      .filter((_, i) => i % 6 === 0)
      .flatMap((n) => [`${n.slice(0, -2)}zq`, n.replace(/[aeiou]/, ""), n.slice(1)]),
  ];

  it("suggests what the plain rule suggests, for misspellings across the catalogue", () => {
    assert.ok(names.length > 400, `${names.length} names`);
    for (const typo of typos)
      assert.deepEqual(closest(typo, names, 12), plainClosest(typo, names, 12), typo);
  });

  it("suggests by the words typed, and nothing for a word near no name (EBITDA is not MVNE)", () => {
    assert.ok(!closest("EBITDA", names, 3).includes("MVNE"));
    assert.equal(closest("Total revxnues", names, 1)[0], "Total revenues");
  });
});
