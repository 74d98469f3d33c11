/**
 * A formula as Excel stores or a user types it, rewritten into what HyperFormula parses the same
 * way: the add-in's stored names (`_xldudf_IIJ_REVENUE`) back to `IIJ.REVENUE`, the `_xlfn.` /
 * `_xlws.` prefixes of newer built-ins dropped, and a string with a doubled quote (`"a""b"`, which
 * HyperFormula does not read) written as `("a"&CHAR(34)&"b")`. Text inside strings is left alone.
 */
import { storedName } from "../shared/workbook-marks";
import { IIJ_FUNCTION_NAMES } from "./plugin";

/** `_xldudf_IIJ_REVENUE` -> `IIJ.REVENUE`, for every function the add-in registers. */
const STORED_NAMES = new Map(
  IIJ_FUNCTION_NAMES.map((name) => [storedName(name.replace(/^IIJ\./, "")).toUpperCase(), name])
);

function rewriteNames(code: string): string {
  return code
    .replace(
      /_xldudf_[A-Za-z0-9_]+(?=\s*\()/gi,
      (name) => STORED_NAMES.get(name.toUpperCase()) ?? name
    )
    .replace(/_xlfn\.|_xlws\./gi, "");
}

/** A string literal's text (quotes undoubled) as an expression HyperFormula reads. */
function stringLiteral(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  return `(${text
    .split('"')
    .map((piece) => `"${piece}"`)
    .join("&CHAR(34)&")})`;
}

/** A formula as stored in an .xlsx (no "="), as the engine takes it (with "="). */
export function toEngineFormula(stored: string): string {
  let out = "";
  let at = 0;
  while (at < stored.length) {
    const open = stored.indexOf('"', at);
    if (open < 0) {
      out += rewriteNames(stored.slice(at));
      break;
    }
    out += rewriteNames(stored.slice(at, open));
    // A string runs to the next quote not doubled; an unclosed one runs to the end, as typed.
    let text = "";
    let i = open + 1;
    for (;;) {
      const close = stored.indexOf('"', i);
      if (close < 0) {
        text += stored.slice(i);
        i = stored.length;
        out += `"${text}`;
        break;
      }
      text += stored.slice(i, close);
      if (stored[close + 1] === '"') {
        text += '"';
        i = close + 2;
        continue;
      }
      i = close + 1;
      out += stringLiteral(text);
      break;
    }
    at = i;
  }
  return `=${out}`;
}
