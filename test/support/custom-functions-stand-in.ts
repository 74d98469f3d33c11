/**
 * A stand-in for Excel's `CustomFunctions` global, so the real wrappers in
 * src/functions/functions.ts can run under Node. It mirrors what the custom-functions runtime
 * provides: `CustomFunctions.Error` is a plain class (not a subclass of JavaScript's Error) made
 * with an error code and an optional message, and `ErrorCode` holds Excel's error texts.
 */

/** The codes of `CustomFunctions.ErrorCode`, with the values Excel uses. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  calc: "#CALC!",
  connect: "#CONNECT!",
} as const;

export class CustomFunctionsErrorStandIn {
  readonly code: string;
  readonly message: string | undefined;
  readonly type = "CustomFunctionsError";
  constructor(code: string, message?: string) {
    if (!(Object.values(ERROR_CODES) as string[]).includes(code)) {
      // The runtime accepts only its own codes; a wrong one is a bug in the add-in.
      throw new TypeError(`CustomFunctions.Error: unknown error code ${JSON.stringify(code)}`);
    }
    this.code = code;
    this.message = message;
  }
}

interface CustomFunctionsGlobal {
  Error: typeof CustomFunctionsErrorStandIn;
  ErrorCode: typeof ERROR_CODES;
  associate: (id: string, fn: unknown) => void;
}

/**
 * Installs the stand-in on globalThis and returns a function that puts back what was there, so
 * suites with their own stand-in (test/functions) are not disturbed: install in `before`, restore
 * in `after`. The functions read the global when they fail, not when they load.
 */
export function installCustomFunctions(): () => void {
  const g = globalThis as unknown as { CustomFunctions?: CustomFunctionsGlobal };
  const previous = g.CustomFunctions;
  g.CustomFunctions = {
    Error: CustomFunctionsErrorStandIn,
    ErrorCode: ERROR_CODES,
    associate: () => undefined,
  };
  return () => {
    if (previous === undefined) delete g.CustomFunctions;
    else g.CustomFunctions = previous;
  };
}
