/**
 * What a colleague sees when they open a shared workbook, read from the file without Excel: which
 * add-in it names and from which store, whether Excel recalculates it on open (which turns every
 * IIJ.* cell into #NAME? for a reader without the add-in), which IIJ.* cells have no cached value,
 * and which formulas name a function the add-in does not have. `npx iij eval --workbook` prints it.
 */
import type JSZip from "jszip";
import { describeStore, manifestIdentity, type ManifestIdentity } from "./addin-identity";
import {
  CURRENT_CALC_ID,
  CUSTOM_FUNCTION_LIST_URI,
  NS,
  PART,
  RELATIONSHIP,
  elements,
  readPart,
  relationships,
} from "./ooxml";
import { IIJ_FUNCTION_NAMES } from "./plugin";
import { AUTO_OPEN_SETTING, DATASET_PROPERTY, storedName } from "../shared/workbook-marks";

/** A formula cell as the file stores it. */
export interface StoredFormula {
  /** "Revenue!B6" */
  readonly address: string;
  /** As stored, without "=": `_xldudf_IIJ_REVENUE(B$5,$A6,$B$2)`. */
  readonly formula: string;
  /** The cached value: a number, text, a boolean, an error code such as "#N/A", or null when none. */
  readonly cached: number | string | boolean | { error: string } | null;
}

export interface Finding {
  /** A problem means a colleague would see #NAME? (or nothing) where a figure should be. */
  readonly problem: boolean;
  readonly text: string;
}

export interface WebExtension {
  readonly id: string;
  readonly version: string;
  readonly store: string;
  readonly storeType: string;
  readonly autoOpen: boolean;
  readonly functionIds: readonly string[];
}

export interface SharingReport {
  readonly webExtensions: readonly WebExtension[];
  readonly calcId?: number;
  readonly fullCalcOnLoad: boolean;
  readonly datasetVersion?: string;
  readonly findings: readonly Finding[];
}

const KNOWN = new Set(IIJ_FUNCTION_NAMES.map((name) => storedName(name.replace(/^IIJ\./, ""))));
const STORED_CALL = /_xldudf_IIJ_[A-Za-z0-9_]+(?=\s*\()/gi;
/** `IIJ.REVENUE(` stored as typed: a call Excel never bound to the add-in. */
const TYPED_CALL = /(?<![\w.])IIJ\.[A-Za-z]+(?=\s*\()/gi;

/** The formula without its string literals, so text such as "IIJ.REVENUE(" is not read as a call. */
function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function list(items: readonly string[], max = 3): string {
  return items.length <= max
    ? items.join(", ")
    : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

async function webExtensions(zip: JSZip): Promise<WebExtension[]> {
  const found: WebExtension[] = [];
  const panes = relationships(await readPart(zip, PART.taskpanesRels));
  const paths = new Set(
    [...panes.map((r) => `xl/webextensions/${r.target}`), ...Object.keys(zip.files)].filter((p) =>
      /^xl\/webextensions\/webextension\d*\.xml$/.test(p)
    )
  );
  for (const path of paths) {
    const doc = await readPart(zip, path);
    const reference = doc && elements(doc, NS.webExtension, "reference")[0];
    if (!doc || !reference) continue;
    const listExt = elements(doc, NS.drawing, "ext").find(
      (ext) => ext.getAttribute("uri") === CUSTOM_FUNCTION_LIST_URI
    );
    found.push({
      id: reference.getAttribute("id") ?? "",
      version: reference.getAttribute("version") ?? "",
      store: reference.getAttribute("store") ?? "",
      storeType: reference.getAttribute("storeType") ?? "",
      autoOpen: elements(doc, NS.webExtension, "property").some(
        (p) => p.getAttribute("name") === AUTO_OPEN_SETTING && p.getAttribute("value") === "true"
      ),
      functionIds: listExt
        ? elements(listExt, NS.webExtension, "customFunctionIds").map((e) =>
            normalStored((e.textContent ?? "").trim())
          )
        : [],
    });
  }
  return found;
}

async function datasetProperty(zip: JSZip): Promise<string | undefined> {
  const rel = relationships(await readPart(zip, PART.packageRels)).find(
    (r) => r.type === RELATIONSHIP.customProperties
  );
  const doc = rel && (await readPart(zip, rel.target.replace(/^\//, "")));
  const property =
    doc &&
    elements(doc, NS.customProperties, "property").find(
      (p) => p.getAttribute("name") === DATASET_PROPERTY
    );
  return property?.textContent?.trim() || undefined;
}

function recalculationFindings(calcId: number | undefined, fullCalcOnLoad: boolean): Finding[] {
  const consequence =
    "a colleague without the add-in sees #NAME? in every IIJ.* cell instead of the cached figures";
  const findings: Finding[] = [];
  if (calcId === undefined)
    findings.push({
      problem: true,
      text: `no calcId: Excel recalculates every formula when it opens the file; ${consequence}`,
    });
  else if (calcId < CURRENT_CALC_ID)
    findings.push({
      problem: true,
      text: `calcId ${calcId} is older than current Excel's ${CURRENT_CALC_ID}: Excel recalculates every formula when it opens the file; ${consequence}`,
    });
  if (fullCalcOnLoad)
    findings.push({
      problem: true,
      text: `fullCalcOnLoad is set: Excel recalculates every formula on open; ${consequence}`,
    });
  if (findings.length === 0)
    findings.push({
      problem: false,
      text: `recalculation on open: none (calcId ${calcId}): Excel shows the cached values`,
    });
  return findings;
}

function addinFindings(
  parts: readonly WebExtension[],
  manifest: ManifestIdentity,
  used: readonly string[]
): Finding[] {
  const ours = parts.find((p) => p.id.toLowerCase() === manifest.id.toLowerCase());
  if (!ours) {
    const others = parts.map((p) => p.id);
    return [
      {
        problem: used.length > 0,
        text:
          (others.length > 0
            ? `names other add-ins (${list(others)}) but not IIJ Figures (${manifest.id})`
            : "names no add-in (no web extension part)") +
          ": Excel cannot load IIJ Figures for this file; a colleague who has not used the add-in sees #NAME? as soon as an IIJ.* formula recalculates",
      },
    ];
  }
  const findings: Finding[] = [
    {
      problem: false,
      text: `add-in: IIJ Figures ${ours.id} version ${ours.version}, from ${describeStore(ours.storeType, ours.store)}${ours.autoOpen ? "; the pane opens with the workbook" : ""}`,
    },
  ];
  if (ours.version !== manifest.version)
    findings.push({
      problem: false,
      text: `the file names version ${ours.version}; manifest.xml is at ${manifest.version}`,
    });
  const unlisted = used.filter((id) => !ours.functionIds.includes(id));
  if (unlisted.length > 0)
    findings.push({
      problem: true,
      text: `the add-in part does not list ${list(unlisted)}: Excel does not know IIJ Figures provides them`,
    });
  return findings;
}

/** `_XLDUDF_IIJ_revenue` -> `_xldudf_IIJ_REVENUE`, the form KNOWN holds. */
function normalStored(name: string): string {
  return `_xldudf_${name.slice("_xldudf_".length).toUpperCase()}`;
}

function storedCalls(formula: string): string[] {
  return (outsideStrings(formula).match(STORED_CALL) ?? []).map(normalStored);
}

function cellFindings(cells: readonly StoredFormula[]): Finding[] {
  const unknown = new Map<string, string[]>();
  const typed: string[] = [];
  const uncached: string[] = [];
  const nameErrors: string[] = [];
  for (const cell of cells) {
    const stored = storedCalls(cell.formula);
    const typedHere = (outsideStrings(cell.formula).match(TYPED_CALL) ?? []).length > 0;
    if (stored.length === 0 && !typedHere) continue;
    for (const name of stored.filter((n) => !KNOWN.has(n)))
      unknown.set(name, [...(unknown.get(name) ?? []), cell.address]);
    if (typedHere) typed.push(cell.address);
    if (cell.cached === null) uncached.push(cell.address);
    else if (typeof cell.cached === "object" && cell.cached.error === "#NAME?")
      nameErrors.push(cell.address);
  }
  const findings: Finding[] = [];
  for (const [name, where] of unknown)
    findings.push({
      problem: true,
      text: `${list(where)}: ${name} is not a function of IIJ Figures: #NAME? for everyone`,
    });
  if (typed.length > 0)
    findings.push({
      problem: true,
      text: `${list(typed)}: IIJ.* stored as typed, not as Excel stores a call it bound to the add-in (_xldudf_IIJ_...): #NAME? even with the add-in`,
    });
  if (uncached.length > 0)
    findings.push({
      problem: true,
      text: `${uncached.length} IIJ.* cells have no cached value (${list(uncached)}): a colleague without the add-in sees #NAME? or nothing there`,
    });
  if (nameErrors.length > 0)
    findings.push({
      problem: true,
      text: `${nameErrors.length} IIJ.* cells were saved as #NAME? (${list(nameErrors)})`,
    });
  return findings;
}

function datasetFindings(version: string | undefined, current: string): Finding[] {
  if (version === undefined)
    return [
      {
        problem: false,
        text: `no "${DATASET_PROPERTY}" property: the dataset it was calculated with is not recorded`,
      },
    ];
  if (version === current)
    return [{ problem: false, text: `calculated with dataset ${version}, the add-in's own` }];
  return [
    {
      problem: false,
      text: `calculated with dataset ${version}; the add-in has ${current}: Refresh in the pane lists what changes`,
    },
  ];
}

export async function checkSharing(
  zip: JSZip,
  cells: readonly StoredFormula[],
  currentDataset: string,
  manifest: ManifestIdentity = manifestIdentity()
): Promise<SharingReport> {
  const workbook = await readPart(zip, PART.workbook);
  const calcPr = workbook && elements(workbook, NS.main, "calcPr")[0];
  const calcIdText = calcPr?.getAttribute("calcId");
  const calcId = calcIdText ? Number(calcIdText) : undefined;
  const fullCalc = calcPr?.getAttribute("fullCalcOnLoad");
  const fullCalcOnLoad = fullCalc === "1" || fullCalc === "true";
  const parts = await webExtensions(zip);
  const datasetVersion = await datasetProperty(zip);
  const used = [...new Set(cells.flatMap((c) => storedCalls(c.formula)))].filter((name) =>
    KNOWN.has(name)
  );
  const findings = [
    ...addinFindings(parts, manifest, used),
    ...recalculationFindings(calcId, fullCalcOnLoad),
    ...cellFindings(cells),
    ...datasetFindings(datasetVersion, currentDataset),
  ];
  return { webExtensions: parts, calcId, fullCalcOnLoad, datasetVersion, findings };
}
