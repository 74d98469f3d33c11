/**
 * Why a query has no number to give. The function layer turns these into Excel's errors:
 * a well-formed question with no reported answer is #N/A; a malformed one is #VALUE!.
 */
export class NotAvailableError extends Error {
  readonly code = "NA";
}

export class InvalidArgumentError extends Error {
  readonly code = "VALUE";
  constructor(
    readonly argument: string,
    message: string
  ) {
    super(`${argument}: ${message}`);
  }
}

export type QueryError = NotAvailableError | InvalidArgumentError;

export function isQueryError(error: unknown): error is QueryError {
  return error instanceof NotAvailableError || error instanceof InvalidArgumentError;
}
