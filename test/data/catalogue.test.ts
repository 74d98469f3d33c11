import { strict as assert } from "node:assert";
import { BARE_NAME_ORDER, Catalogue } from "../../src/data/catalogue";
import type { ItemRef } from "../../src/data/dataset";
import { loadDataset } from "../../src/data/load";
import { STATEMENTS, STATEMENT_TITLES, type Statement } from "../../src/data/types";

/**
 * The catalogue looks a name up only in the statements that have it (a key -> statements index);
 * this is the search it replaced, statement by statement in order, item names before labels.
 */
function searchInOrder(name: string, order: readonly Statement[]): ItemRef[] | undefined {
  const dataset = loadDataset();
  const key = dataset.ownNormalForm(name);
  for (const statement of order) {
    const items = dataset.items(statement);
    const item = items.find((other) => dataset.ownNormalForm(other) === key);
    if (item !== undefined) return [{ statement, item }];
    const labelled = items.filter((other) =>
      [...dataset.labels({ statement, item: other })].some(
        (label) => dataset.ownNormalForm(label) === key
      )
    );
    if (labelled.length > 0) return labelled.map((other) => ({ statement, item: other }));
  }
  return undefined;
}

describe("the catalogue's name index", () => {
  const dataset = loadDataset();
  const catalogue = new Catalogue(dataset);

  it("finds every item and label of the dataset where the search in statement order finds it", () => {
    let checked = 0;
    for (const statement of STATEMENTS)
      for (const item of dataset.items(statement))
        for (const name of [item, ...dataset.labels({ statement, item })]) {
          const expected =
            searchInOrder(name, BARE_NAME_ORDER) ?? searchInOrder(name, ["operating-summary"]);
          if (expected === undefined) continue; // the adjusted statement's, asked by prefix
          if (expected.length > 1) {
            assert.throws(() => catalogue.resolve(name), /printed more than once/, name);
          } else {
            assert.deepEqual(catalogue.resolve(name), expected[0], name);
          }
          // With its statement's prefix, a name means that statement's line.
          const prefixed = `${STATEMENT_TITLES[statement]}: ${name}`;
          const inStatement = searchInOrder(name, [statement]);
          if (inStatement?.length === 1 && searchInOrder(prefixed, BARE_NAME_ORDER) === undefined)
            assert.deepEqual(catalogue.resolve(prefixed), inStatement[0], prefixed);
          checked++;
        }
    assert.ok(checked > 500, `${checked}`);
  });

  it("fails a name no statement has, naming it", () => {
    assert.throws(() => catalogue.resolve("Cash flows: Revenue from unicorns"), /unicorns/);
  });

  it("has room for every statement in its bit per statement", () => {
    assert.ok(STATEMENTS.length <= 31, `${STATEMENTS.length}`);
  });
});
