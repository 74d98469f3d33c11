/**
 * The parts of an .xlsx package that decide how Excel opens a workbook with custom functions, as
 * Excel itself writes them: the names, namespaces and values below are those of a workbook that
 * Excel (Microsoft 365 for Mac, 2026) saved with a custom-functions add-in in use, checked against
 * Microsoft's specifications ([MS-OWEXML] for the web extension parts, [MS-XLSX] for dynamic arrays).
 * scripts/workbook-package.ts writes them; sharing.ts reads them back.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

/**
 * `<calcPr calcId>` of the current Excel (2019 and Microsoft 365). Excel recalculates every formula
 * of a file saved with a lower calcId when it opens it, which turns every IIJ.* cell into #NAME?
 * for a reader who does not have the add-in.
 */
export const CURRENT_CALC_ID = 191029;

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  webExtension: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  taskpanes: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  dynamicArray: "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray",
  richData: "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata",
  customProperties: "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  docPropsTypes: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
} as const;

export const RELATIONSHIP = {
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
  sheetMetadata:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata",
  customProperties:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
} as const;

export const CONTENT_TYPE = {
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webExtension: "application/vnd.ms-office.webextension+xml",
  sheetMetadata: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
} as const;

export const PART = {
  taskpanes: "xl/webextensions/taskpanes.xml",
  taskpanesRels: "xl/webextensions/_rels/taskpanes.xml.rels",
  webExtension: "xl/webextensions/webextension1.xml",
  metadata: "xl/metadata.xml",
  customProperties: "docProps/custom.xml",
  workbook: "xl/workbook.xml",
  workbookRels: "xl/_rels/workbook.xml.rels",
  packageRels: "_rels/.rels",
  contentTypes: "[Content_Types].xml",
} as const;

/** `<a:ext uri>` of the web extension's list of custom function ids. */
export const CUSTOM_FUNCTION_LIST_URI = "{7C84B067-C214-45C3-A712-C9D94CD141B2}";
/** `<ext uri>` of the dynamic-array properties in xl/metadata.xml. */
export const DYNAMIC_ARRAY_URI = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";
/** fmtid every custom document property carries ([MS-OSHARED] PIDDSI user-defined properties). */
export const CUSTOM_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/**
 * Parses a part; XML that is not well-formed throws one line (xmldom would otherwise print its
 * complaint to the console and carry on, or throw a multi-line ParseError).
 */
export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === "warning") return;
      throw new Error(`not well-formed XML: ${message.split("\n")[0].slice(0, 100)}`);
    },
  });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.split("\n")[0].slice(0, 160));
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml")
    ? text
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** Elements named `local` in namespace `ns`, anywhere under `node`. */
export function elements(node: Document | Element, ns: string, local: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, local));
}

/** The child elements of `node`, in order. */
export function children(node: Element): Element[] {
  return Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);
}

export async function openPackage(data: Buffer | Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(data);
}

export async function readPart(zip: JSZip, path: string): Promise<Document | undefined> {
  const file = zip.file(path);
  return file ? parseXml(await file.async("string")) : undefined;
}

/** A relationships part: id, type and target of each relationship. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationships(doc: Document | undefined): Relationship[] {
  if (!doc) return [];
  return elements(doc, NS.packageRelationships, "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: r.getAttribute("Type") ?? "",
    target: r.getAttribute("Target") ?? "",
  }));
}
