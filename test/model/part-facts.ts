/**
 * Reads, from any .xlsx, the facts excel-saved-workbook.ts records about a file Excel saved, in the
 * same shape, so a test can hold our workbooks and Excel's side by side part by part.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
};

export interface Relationship {
  readonly type: string;
  readonly target: string;
}

export interface FormulaCellFacts {
  readonly cm: string | null;
  readonly t: string | null;
  readonly ref: string | null;
  readonly ca: string | null;
  readonly aca: string | null;
  readonly formula: string;
  readonly cached: string | null;
}

export interface PartFacts {
  readonly parts: string[];
  readonly calcPr: { calcId: string | null; fullCalcOnLoad: string | null };
  readonly contentTypes: Record<string, string>;
  readonly packageRelationships: Relationship[];
  readonly workbookRelationships: Relationship[];
  readonly taskpanesRelationships: Relationship[];
  readonly taskpane?: {
    namespace: string;
    attributes: string[];
    values: Record<string, string>;
    child: string;
    childTarget?: string;
  };
  readonly webExtension?: {
    namespace: string;
    children: string[];
    referenceAttributes: string[];
    reference: Record<string, string>;
    properties: Record<string, string>;
    functionListUri?: string;
    functionIds: string[];
  };
  readonly metadata?: {
    metadataType: Record<string, string>;
    futureMetadataName: string | null;
    extUri: string | null;
    dynamicArrayProperties: Record<string, string>;
    cellMetadataRecord: Record<string, string>;
  };
  /** "Sheet!A1" -> the cell, for every formula cell. */
  readonly formulaCells: Map<string, FormulaCellFacts>;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml");
}

async function part(zip: JSZip, path: string): Promise<Document | undefined> {
  const file = zip.file(path);
  return file ? parse(await file.async("string")) : undefined;
}

function all(node: Document | Element, ns: string, local: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, local));
}

function byLocalName(node: Document | Element, local: string): Element[] {
  return Array.from(node.getElementsByTagNameNS("*", local));
}

function childElements(node: Element): Element[] {
  return Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function attributes(element: Element | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of Array.from(element?.attributes ?? []))
    if (!a.name.startsWith("xmlns")) out[a.name] = a.value;
  return out;
}

function rels(doc: Document | undefined): Relationship[] {
  return doc
    ? all(doc, NS.rels, "Relationship").map((r) => ({
        type: r.getAttribute("Type") ?? "",
        target: r.getAttribute("Target") ?? "",
      }))
    : [];
}

export async function partFacts(data: Buffer | Uint8Array): Promise<PartFacts> {
  const zip = await JSZip.loadAsync(data);
  const workbook = (await part(zip, "xl/workbook.xml"))!;
  const calcPr = all(workbook, NS.main, "calcPr")[0];
  const types = (await part(zip, "[Content_Types].xml"))!;
  const contentTypes: Record<string, string> = {};
  for (const o of all(types, NS.types, "Override"))
    contentTypes[o.getAttribute("PartName") ?? ""] = o.getAttribute("ContentType") ?? "";

  const workbookRels = await part(zip, "xl/_rels/workbook.xml.rels");
  const taskpanesRelsDoc = await part(zip, "xl/webextensions/_rels/taskpanes.xml.rels");

  let taskpane: PartFacts["taskpane"];
  const panes = await part(zip, "xl/webextensions/taskpanes.xml");
  const pane = panes && byLocalName(panes, "taskpane")[0];
  if (pane) {
    const ref = childElements(pane)[0];
    const id = ref?.getAttributeNS(NS.r, "id");
    const target = taskpanesRelsDoc
      ? all(taskpanesRelsDoc, NS.rels, "Relationship")
          .find((r) => r.getAttribute("Id") === id)
          ?.getAttribute("Target")
      : undefined;
    taskpane = {
      namespace: pane.namespaceURI ?? "",
      attributes: Object.keys(attributes(pane)),
      values: attributes(pane),
      child: ref?.localName ?? "",
      childTarget: target ?? undefined,
    };
  }

  let webExtension: PartFacts["webExtension"];
  const we = await part(zip, "xl/webextensions/webextension1.xml");
  if (we?.documentElement) {
    const root = we.documentElement;
    const reference = byLocalName(we, "reference")[0];
    const listExt = byLocalName(we, "ext").find(
      (e) => byLocalName(e, "customFunctionIdList").length > 0
    );
    const properties: Record<string, string> = {};
    for (const p of byLocalName(we, "property"))
      properties[p.getAttribute("name") ?? ""] = p.getAttribute("value") ?? "";
    webExtension = {
      namespace: root.namespaceURI ?? "",
      children: childElements(root).map((e) => e.localName ?? ""),
      referenceAttributes: Object.keys(attributes(reference)),
      reference: attributes(reference),
      properties,
      functionListUri: listExt?.getAttribute("uri") ?? undefined,
      functionIds: listExt
        ? byLocalName(listExt, "customFunctionIds").map((e) => e.textContent ?? "")
        : [],
    };
  }

  let metadata: PartFacts["metadata"];
  const meta = await part(zip, "xl/metadata.xml");
  if (meta) {
    const future = byLocalName(meta, "futureMetadata")[0];
    const cellRecord = byLocalName(byLocalName(meta, "cellMetadata")[0] ?? meta, "rc")[0];
    metadata = {
      metadataType: attributes(byLocalName(meta, "metadataType")[0]),
      futureMetadataName: future?.getAttribute("name") ?? null,
      extUri: future ? (byLocalName(future, "ext")[0]?.getAttribute("uri") ?? null) : null,
      dynamicArrayProperties: attributes(byLocalName(meta, "dynamicArrayProperties")[0]),
      cellMetadataRecord: attributes(cellRecord),
    };
  }

  // Sheet names by part, from the workbook and its relationships.
  const targets = new Map(
    all(workbookRels!, NS.rels, "Relationship").map((r) => [
      r.getAttribute("Id"),
      r.getAttribute("Target") ?? "",
    ])
  );
  const formulaCells = new Map<string, FormulaCellFacts>();
  for (const sheet of all(workbook, NS.main, "sheet")) {
    const target = targets.get(sheet.getAttributeNS(NS.r, "id"));
    const doc =
      target && (await part(zip, target.startsWith("/") ? target.slice(1) : `xl/${target}`));
    if (!doc) continue;
    for (const c of all(doc, NS.main, "c")) {
      const f = all(c, NS.main, "f")[0];
      if (!f) continue;
      formulaCells.set(`${sheet.getAttribute("name")}!${c.getAttribute("r")}`, {
        cm: c.getAttribute("cm"),
        t: f.getAttribute("t"),
        ref: f.getAttribute("ref"),
        ca: f.getAttribute("ca"),
        aca: f.getAttribute("aca"),
        formula: f.textContent ?? "",
        cached: all(c, NS.main, "v")[0]?.textContent ?? null,
      });
    }
  }

  return {
    parts: Object.keys(zip.files)
      .filter((p) => !zip.files[p].dir)
      .sort(),
    calcPr: {
      calcId: calcPr?.getAttribute("calcId") ?? null,
      fullCalcOnLoad: calcPr?.getAttribute("fullCalcOnLoad") ?? null,
    },
    contentTypes,
    packageRelationships: rels(await part(zip, "_rels/.rels")),
    workbookRelationships: rels(workbookRels),
    taskpanesRelationships: rels(taskpanesRelsDoc),
    taskpane,
    webExtension,
    metadata,
    formulaCells,
  };
}
