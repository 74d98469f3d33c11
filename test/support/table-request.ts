/** A table request as the tests make them: the pane's default unit (JPY mn), anchored at B3. */
import type { TableRequest } from "../../src/taskpane/table";

export type RequestParts = Partial<TableRequest> & Pick<TableRequest, "kind" | "periods">;

export function tableRequest(parts: RequestParts): TableRequest {
  return { unit: "JPY mn", anchor: { row: 2, column: 1 }, ...parts };
}
