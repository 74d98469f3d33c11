/**
 * What a workbook that Excel itself saved holds where it matters to a colleague opening it: typed
 * from "Custom Functions Protected Sheet Repro.xlsx" in the public repository
 * evelyn-chrono/officejs-custom-functions-name-error-repro (commit 433146a, saved by Microsoft
 * Excel for Mac 16 in March 2026; its sheet "Correct" holds the calls =CONTOSO.ADD(1,2) and
 * =CONTOSO.GET("test") of a sideloaded custom-functions add-in, bound and calculated). The file has
 * no licence to redistribute it, so it is not in this repository: point IIJ_EXCEL_SAVED_XLSX at a
 * copy and excel-parts.test.ts checks every fact below against it as well.
 *
 * Written out independently of src/evaluator/ooxml.ts on purpose: the test compares what our
 * writer makes with what Excel made, not with itself.
 */
export const EXCEL_SAVED = {
  source:
    "evelyn-chrono/officejs-custom-functions-name-error-repro@433146a: Custom Functions Protected Sheet Repro.xlsx",
  /** xl/workbook.xml */
  calcPr: { calcId: "191029", fullCalcOnLoad: null },
  /** [Content_Types].xml, the overrides of the add-in and dynamic-array parts. */
  contentTypes: {
    "/xl/webextensions/taskpanes.xml": "application/vnd.ms-office.webextensiontaskpanes+xml",
    "/xl/webextensions/webextension1.xml": "application/vnd.ms-office.webextension+xml",
    "/xl/metadata.xml":
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  },
  /** _rels/.rels */
  packageRelationship: {
    type: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
    target: "xl/webextensions/taskpanes.xml",
  },
  /** xl/webextensions/_rels/taskpanes.xml.rels */
  taskpanesRelationship: {
    type: "http://schemas.microsoft.com/office/2011/relationships/webextension",
    target: "webextension1.xml",
  },
  /** xl/_rels/workbook.xml.rels */
  workbookRelationship: {
    type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata",
    target: "metadata.xml",
  },
  /** xl/webextensions/taskpanes.xml: one wetp:taskpane with these attributes, then its reference. */
  taskpane: {
    namespace: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
    attributes: ["dockstate", "visibility", "width", "row"],
    dockstate: "right",
    child: "webextensionref",
  },
  /** xl/webextensions/webextension1.xml */
  webExtension: {
    namespace: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
    children: ["reference", "alternateReferences", "properties", "bindings", "snapshot", "extLst"],
    referenceAttributes: ["id", "version", "store", "storeType"],
    /** The sideloaded add-in's reference: store "developer", storeType "Registry". */
    sideloaded: { store: "developer", storeType: "Registry" },
    /** extLst > a:ext of this uri > we:customFunctionIdList > we:customFunctionIds, one per function. */
    functionListUri: "{7C84B067-C214-45C3-A712-C9D94CD141B2}",
    functionIds: ["_xldudf_CONTOSO_ADD", "_xldudf_CONTOSO_GET"],
  },
  /** xl/metadata.xml: the dynamic-array record that cm="1" points at. */
  metadata: {
    metadataType: {
      name: "XLDAPR",
      minSupportedVersion: "120000",
      copy: "1",
      pasteAll: "1",
      pasteValues: "1",
      merge: "1",
      splitFirst: "1",
      rowColShift: "1",
      clearFormats: "1",
      clearComments: "1",
      assign: "1",
      coerce: "1",
      cellMeta: "1",
    },
    futureMetadataName: "XLDAPR",
    extUri: "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}",
    dynamicArrayProperties: { fDynamic: "1", fCollapsed: "0" },
    cellMetadataRecord: { t: "1", v: "0" },
  },
  /** A bound call as Excel stores it (sheet "Correct", A1): `<c cm="1"><f t="array" ref="A1">`, a cached `<v>`. */
  boundCall: { cm: "1", t: "array", refIsOwnCell: true, ca: null, aca: null, cached: "3" },
} as const;
