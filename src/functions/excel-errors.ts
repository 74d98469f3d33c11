/**
 * Every failure leaves a custom function as a CustomFunctions.Error, so Excel shows #N/A or
 * #VALUE! with our message on hover, never an unhandled exception.
 */
import { InvalidArgumentError, NotAvailableError } from "../data/errors";
import { errorText } from "../data/messages";

/** Excel shows at most this much of an error message. */
const MESSAGE_LIMIT = 255;

function clip(message: string): string {
  return message.length <= MESSAGE_LIMIT ? message : `${message.slice(0, MESSAGE_LIMIT - 3)}...`;
}

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof NotAvailableError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, clip(error.message));
  }
  if (error instanceof InvalidArgumentError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, clip(error.message));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    clip(errorText("unexpected", { detail }))
  );
}

/** Runs a function body, turning any failure into the error Excel expects. */
export function inExcel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
