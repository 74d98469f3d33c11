import assert from "node:assert/strict";
import { formulaSignature } from "../src/shared/function-catalog";

describe("function catalog", () => {
  it("shows a function as Excel does, optional parameters in brackets", () => {
    const signature = formulaSignature({
      id: "REVENUE",
      name: "REVENUE",
      parameters: [{ name: "period" }, { name: "segment", optional: true }],
    });
    assert.equal(signature, "=IIJ.REVENUE(period, [segment])");
  });

  it("handles functions without parameters", () => {
    assert.equal(formulaSignature({ id: "VERSION", name: "VERSION" }), "=IIJ.VERSION()");
  });
});
