/**
 * Excel's CustomFunctions runtime object, for running src/functions/functions.ts under Node: the
 * same constructor signature and error codes that custom-functions-runtime documents.
 */
export class StandInCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export function installCustomFunctionsStandIn(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StandInCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}
