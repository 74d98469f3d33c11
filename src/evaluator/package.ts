/**
 * The workbook inside an OPC package, found as Excel finds it: [Content_Types].xml present,
 * _rels/.rels naming the office document, the workbook's relationships naming each sheet. A package
 * that is something else (a Word or PowerPoint file) or misses these parts is refused by name, so
 * a verdict is only ever given on a workbook.
 */
import type { Document } from "@xmldom/xmldom";
import { NS, PART, elements, parseXml, relationships } from "./ooxml";
import { RefusedFile } from "./zip-limits";

const OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STRICT_OFFICE_DOCUMENT =
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
const WORKSHEET_TYPE = /\/worksheet$/;

/** Content types of the main part of the packages people mistake for a workbook. */
const NOT_A_WORKBOOK: [RegExp, string][] = [
  [/wordprocessingml|ms-word/, "a Word document (.docx), not a workbook"],
  [/presentationml|ms-powerpoint/, "a PowerPoint presentation (.pptx), not a workbook"],
];
const WORKBOOK_TYPE =
  /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml|ms-excel\.sheet\.binary/;

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

export interface DefinedName {
  readonly name: string;
  /** As stored, without "=". */
  readonly formula: string;
  /** The sheet the name is scoped to (localSheetId), or undefined for the workbook. */
  readonly sheet?: string;
}

export interface WorkbookPackage {
  readonly workbookPath: string;
  readonly sheets: readonly SheetPart[];
  readonly definedNames: readonly DefinedName[];
}

/** `xl/worksheets/sheet1.xml` from a relationship target relative to its source part. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

function xml(parts: Map<string, Buffer>, path: string): Document | undefined {
  const data = parts.get(path);
  if (!data) return undefined;
  try {
    return parseXml(data.toString("utf8"));
  } catch (error) {
    throw new RefusedFile(`part ${path.slice(0, 80)}: ${(error as Error).message}`);
  }
}

/** The content type Excel would give `path`: an Override, or the Default for its extension. */
function contentType(types: Document, path: string): string {
  for (const o of elements(types, NS.contentTypes, "Override"))
    if ((o.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase() === path.toLowerCase())
      return o.getAttribute("ContentType") ?? "";
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  for (const d of elements(types, NS.contentTypes, "Default"))
    if ((d.getAttribute("Extension") ?? "").toLowerCase() === extension)
      return d.getAttribute("ContentType") ?? "";
  return "";
}

/** Finds the workbook and its sheets through the package's relationships, or refuses the file. */
export function findWorkbook(parts: Map<string, Buffer>): WorkbookPackage {
  const types = xml(parts, PART.contentTypes);
  if (!types)
    throw new RefusedFile(
      "a zip without [Content_Types].xml, so not a workbook package (Excel would not open it)"
    );
  const main = relationships(xml(parts, PART.packageRels)).find(
    (r) => r.type === OFFICE_DOCUMENT || r.type === STRICT_OFFICE_DOCUMENT
  );
  if (!main)
    throw new RefusedFile(
      "a zip without _rels/.rels naming its main document, so not a workbook package"
    );
  const workbookPath = resolveTarget("", main.target);
  const type = contentType(types, workbookPath);
  for (const [pattern, what] of NOT_A_WORKBOOK) if (pattern.test(type)) throw new RefusedFile(what);
  if (!WORKBOOK_TYPE.test(type))
    throw new RefusedFile(
      `its main document ${workbookPath.slice(0, 80)} is not a workbook (content type "${type.slice(0, 80)}")`
    );
  if (/binary/.test(type))
    throw new RefusedFile("a binary workbook (.xlsb): save it as .xlsx to check it");
  const workbook = xml(parts, workbookPath);
  if (!workbook) throw new RefusedFile(`its workbook part ${workbookPath.slice(0, 80)} is missing`);
  const rels = relationships(xml(parts, relsPathOf(workbookPath)));
  const sheets: SheetPart[] = [];
  for (const sheet of elements(workbook, NS.main, "sheet")) {
    const id = sheet.getAttributeNS(NS.relationships, "id");
    const rel = rels.find((r) => r.id === id);
    if (!rel || !WORKSHEET_TYPE.test(rel.type)) continue; // chart sheets, dialog sheets
    const path = resolveTarget(workbookPath, rel.target);
    if (!parts.has(path))
      throw new RefusedFile(
        `sheet "${(sheet.getAttribute("name") ?? "").slice(0, 31)}" is missing its part ${path.slice(0, 80)}`
      );
    sheets.push({ name: sheet.getAttribute("name") ?? path, path });
  }
  if (sheets.length === 0)
    throw new RefusedFile("a workbook whose relationships name no worksheet part");
  const allSheets = elements(workbook, NS.main, "sheet").map((s) => s.getAttribute("name") ?? "");
  const definedNames = elements(workbook, NS.main, "definedName").map((d) => {
    const local = d.getAttribute("localSheetId");
    return {
      name: d.getAttribute("name") ?? "",
      formula: d.textContent ?? "",
      sheet: local === null ? undefined : allSheets[Number(local)],
    };
  });
  return { workbookPath, sheets, definedNames };
}
