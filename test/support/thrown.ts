/** What a call throws; the test fails if it returns. */
import { strict as assert } from "node:assert";

export function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  return assert.fail("expected an error");
}
