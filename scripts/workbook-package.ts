/**
 * Finishes an .xlsx written by ExcelJS the way Excel saves a workbook that uses IIJ Figures, so a
 * colleague's Excel opens it as it opens a file Excel wrote itself:
 *
 * - `<calcPr calcId>` of the current Excel, so Excel shows the cached figures instead of
 *   recalculating every formula on open (ExcelJS writes an older calcId);
 * - a formula that returns a list (IIJ.TABLE, IIJ.PERIODS, IIJ.ITEMS) stored as Excel stores a
 *   dynamic array (`<c cm="1"><f t="array" ref="spill range">`, with xl/metadata.xml), so it
 *   spills instead of showing one value behind `@`. Scalar formulas stay plain `<f>`: Excel saves
 *   even those as one-cell dynamic arrays, but LibreOffice recalculates every array formula when
 *   it opens a file (the Excel-saved file's own cells read #NAME? there), and a colleague reading a
 *   model in LibreOffice is to see the cached figures;
 * - the web extension parts ([MS-OWEXML]) that name the add-in (manifest <Id> and <Version>, the
 *   store) and list the custom function ids the workbook uses, so Excel can load the add-in for it,
 *   with `Office.AutoShowTaskpaneWithDocument` when the pane is to open with the workbook;
 * - the dataset version the figures were calculated with, as a custom document property.
 *
 * test/model/excel-parts.test.ts compares the result, part by part, with a workbook Excel saved.
 */
import type { Document } from "@xmldom/xmldom";
import type JSZip from "jszip";
import type { AddinReference } from "../src/evaluator/addin-identity";
import {
  CONTENT_TYPE,
  CURRENT_CALC_ID,
  CUSTOM_FUNCTION_LIST_URI,
  CUSTOM_PROPERTY_FMTID,
  DYNAMIC_ARRAY_URI,
  NS,
  PART,
  RELATIONSHIP,
  children,
  elements,
  openPackage,
  parseXml,
  readPart,
  relationships,
  serializeXml,
} from "../src/evaluator/ooxml";
import {
  AUTO_OPEN_SETTING,
  CUSTOM_FUNCTION_PREFIX,
  DATASET_PROPERTY,
  SPILLING_FUNCTIONS,
  storedName,
} from "../src/shared/workbook-marks";

export interface WorkbookMarks {
  /** The add-in the workbook names, and its store. */
  readonly addin: AddinReference;
  /** Office.AutoShowTaskpaneWithDocument: Excel opens the pane with the workbook where the add-in is installed. */
  readonly autoOpen: boolean;
  /**
   * The pane is saved open (taskpane visibility 1): Excel shows it on the first open, offering the
   * add-in to a colleague who has not used it yet. Microsoft: with visibility 1 the setting above
   * cannot turn that first opening off; Excel rewrites the part when the workbook is saved again.
   */
  readonly paneOpen: boolean;
  /** Written as the custom document property DATASET_PROPERTY. */
  readonly datasetVersion?: string;
  /** Time stamp of every zip entry, so an unchanged model rebuilds to the same bytes. */
  readonly date?: Date;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function writePart(zip: JSZip, path: string, doc: Document): void {
  zip.file(path, serializeXml(doc));
}

async function requirePart(zip: JSZip, path: string): Promise<Document> {
  const doc = await readPart(zip, path);
  if (!doc) throw new Error(`the workbook has no ${path}`);
  return doc;
}

/** Adds a relationship to a .rels part (made if missing) and returns its id. */
async function addRelationship(
  zip: JSZip,
  relsPath: string,
  type: string,
  target: string
): Promise<string> {
  const doc =
    (await readPart(zip, relsPath)) ??
    parseXml(`${XML_HEADER}<Relationships xmlns="${NS.packageRelationships}"/>`);
  const existing = relationships(doc);
  const found = existing.find((r) => r.type === type && r.target === target);
  if (found) return found.id;
  let n = existing.length + 1;
  while (existing.some((r) => r.id === `rId${n}`)) n++;
  const rel = doc.createElementNS(NS.packageRelationships, "Relationship");
  rel.setAttribute("Id", `rId${n}`);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", target);
  doc.documentElement!.appendChild(rel);
  writePart(zip, relsPath, doc);
  return `rId${n}`;
}

async function addContentType(zip: JSZip, part: string, contentType: string): Promise<void> {
  const doc = await requirePart(zip, PART.contentTypes);
  const partName = `/${part}`;
  if (
    elements(doc, NS.contentTypes, "Override").some((o) => o.getAttribute("PartName") === partName)
  )
    return;
  const override = doc.createElementNS(NS.contentTypes, "Override");
  override.setAttribute("PartName", partName);
  override.setAttribute("ContentType", contentType);
  doc.documentElement!.appendChild(override);
  writePart(zip, PART.contentTypes, doc);
}

const CALC_PR_FOLLOWERS = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** `<calcPr calcId="191029"/>`, without fullCalcOnLoad: Excel keeps the cached values on open. */
async function setCalcId(zip: JSZip): Promise<void> {
  const doc = await requirePart(zip, PART.workbook);
  let calcPr = elements(doc, NS.main, "calcPr")[0];
  if (!calcPr) {
    calcPr = doc.createElementNS(NS.main, "calcPr");
    // CT_Workbook's order: calcPr comes before these.
    const after = children(doc.documentElement!).find((e) =>
      CALC_PR_FOLLOWERS.includes(e.localName ?? "")
    );
    doc.documentElement!.insertBefore(calcPr, after ?? null);
  }
  calcPr.setAttribute("calcId", String(CURRENT_CALC_ID));
  calcPr.removeAttribute("fullCalcOnLoad");
  writePart(zip, PART.workbook, doc);
}

/** The worksheet parts, from the workbook's relationships. */
async function worksheetParts(zip: JSZip): Promise<string[]> {
  const rels = relationships(await readPart(zip, PART.workbookRels));
  return rels
    .filter((r) => r.type.endsWith("/worksheet"))
    .map((r) => (r.target.startsWith("/") ? r.target.slice(1) : `xl/${r.target}`));
}

const STORED_CALL = new RegExp(`${CUSTOM_FUNCTION_PREFIX}IIJ_[A-Z0-9_]+(?=\\s*\\()`, "g");

const SPILLING = new Set(SPILLING_FUNCTIONS.map(storedName));

/**
 * Marks the array formulas that call an IIJ.* function (the builder gives a spilling call its
 * range) as dynamic arrays, and returns the stored names of every IIJ.* function used. A list
 * written as a plain formula would show only its first value, so that is refused.
 */
async function markDynamicArrays(zip: JSZip): Promise<{ used: Set<string>; spills: number }> {
  const used = new Set<string>();
  let spills = 0;
  for (const path of await worksheetParts(zip)) {
    const doc = await requirePart(zip, path);
    let changed = false;
    for (const cell of elements(doc, NS.main, "c")) {
      const formula = children(cell).find((e) => e.localName === "f");
      const names = (formula?.textContent ?? "").match(STORED_CALL);
      if (!formula || !names) continue;
      names.forEach((name) => used.add(name));
      const where = `${path} ${cell.getAttribute("r")}`;
      if (formula.getAttribute("t") !== "array") {
        // A formula that is a list (not one that only uses one, such as ROWS(...)).
        const list = names.find(
          (name) => SPILLING.has(name) && (formula.textContent ?? "").trim().startsWith(name)
        );
        if (list)
          throw new Error(`${where}: ${list} returns a list; write it with its spill range`);
        continue;
      }
      cell.setAttribute("cm", "1");
      spills++;
      changed = true;
    }
    if (changed) writePart(zip, path, doc);
  }
  return { used, spills };
}

/** xl/metadata.xml with the one cell-metadata record `cm="1"` points at: a dynamic array. */
function dynamicArrayMetadata(): string {
  return (
    `${XML_HEADER}<metadata xmlns="${NS.main}" xmlns:xlrd="${NS.richData}" xmlns:xda="${NS.dynamicArray}">` +
    '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
    `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_URI}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
    '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>'
  );
}

function webExtensionPart(marks: WorkbookMarks, functionIds: readonly string[]): string {
  const { addin } = marks;
  const properties = marks.autoOpen
    ? `<we:properties><we:property name="${AUTO_OPEN_SETTING}" value="true"/></we:properties>`
    : "<we:properties/>";
  const ids = functionIds
    .map((id) => `<we:customFunctionIds>${escapeXml(id)}</we:customFunctionIds>`)
    .join("");
  return (
    // The instance id: Microsoft's article gives the add-in's id, in braces.
    `${XML_HEADER}<we:webextension xmlns:we="${NS.webExtension}" id="{${addin.id.toUpperCase()}}">` +
    `<we:reference id="${escapeXml(addin.id)}" version="${escapeXml(addin.version)}" store="${escapeXml(addin.store)}" storeType="${addin.storeType}"/>` +
    `<we:alternateReferences/>${properties}<we:bindings/>` +
    `<we:snapshot xmlns:r="${NS.relationships}"/>` +
    `<we:extLst><a:ext xmlns:a="${NS.drawing}" uri="${CUSTOM_FUNCTION_LIST_URI}"><we:customFunctionIdList>${ids}</we:customFunctionIdList></a:ext></we:extLst>` +
    "</we:webextension>"
  );
}

function taskpanesPart(paneOpen: boolean): string {
  const pane = paneOpen ? 'visibility="1" width="350" row="0"' : 'visibility="0" width="0" row="0"';
  return (
    `${XML_HEADER}<wetp:taskpanes xmlns:wetp="${NS.taskpanes}"><wetp:taskpane dockstate="right" ${pane}>` +
    `<wetp:webextensionref xmlns:r="${NS.relationships}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
  );
}

async function addWebExtension(
  zip: JSZip,
  marks: WorkbookMarks,
  functionIds: readonly string[]
): Promise<void> {
  zip.file(PART.webExtension, webExtensionPart(marks, functionIds));
  zip.file(PART.taskpanes, taskpanesPart(marks.paneOpen));
  zip.file(
    PART.taskpanesRels,
    `${XML_HEADER}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${RELATIONSHIP.webExtension}" Target="webextension1.xml"/></Relationships>`
  );
  await addRelationship(zip, PART.packageRels, RELATIONSHIP.taskpanes, PART.taskpanes);
  await addContentType(zip, PART.taskpanes, CONTENT_TYPE.taskpanes);
  await addContentType(zip, PART.webExtension, CONTENT_TYPE.webExtension);
}

async function addDatasetProperty(zip: JSZip, version: string): Promise<void> {
  zip.file(
    PART.customProperties,
    `${XML_HEADER}<Properties xmlns="${NS.customProperties}" xmlns:vt="${NS.docPropsTypes}">` +
      `<property fmtid="${CUSTOM_PROPERTY_FMTID}" pid="2" name="${escapeXml(DATASET_PROPERTY)}"><vt:lpwstr>${escapeXml(version)}</vt:lpwstr></property>` +
      "</Properties>"
  );
  await addRelationship(
    zip,
    PART.packageRels,
    RELATIONSHIP.customProperties,
    PART.customProperties
  );
  await addContentType(zip, PART.customProperties, CONTENT_TYPE.customProperties);
}

/** The finished package. */
export async function finishWorkbook(
  xlsx: Buffer | Uint8Array,
  marks: WorkbookMarks
): Promise<Buffer> {
  const zip = await openPackage(xlsx);
  await setCalcId(zip);
  const { used, spills } = await markDynamicArrays(zip);
  if (spills > 0) {
    zip.file(PART.metadata, dynamicArrayMetadata());
    await addRelationship(zip, PART.workbookRels, RELATIONSHIP.sheetMetadata, "metadata.xml");
    await addContentType(zip, PART.metadata, CONTENT_TYPE.sheetMetadata);
  }
  await addWebExtension(zip, marks, [...used].sort());
  if (marks.datasetVersion) await addDatasetProperty(zip, marks.datasetVersion);
  if (marks.date) for (const file of Object.values(zip.files)) file.date = marks.date;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
