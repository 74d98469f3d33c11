/**
 * Loads Microsoft's published XML-manifest schemas (schemas/microsoft, kept byte-for-byte as
 * published) and applies the few documented patches they need before xmllint can use them
 * for an add-in written today. Patching in memory rather than editing the files keeps the
 * originals checkable against their source (see schemas/NOTICE.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

export interface SchemaPatch {
  readonly file: string;
  readonly why: string;
  readonly find: string;
  readonly replace: string;
  /** Replace every occurrence (otherwise the text must occur exactly once). */
  readonly all?: boolean;
}

export const SCHEMA_DIR = join(__dirname, "..", "schemas");
export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

const TASKPANE_OVERRIDES = "TaskPaneAppVersionOverridesV1_0.xsd";

/**
 * <Runtimes>/<Runtime> as Microsoft's later schema (MS-OWEMXML, "Host" and "Runtimes" types)
 * defines them, less the Outlook-only <Override> child: Runtimes is an optional first child of
 * every task-pane <Host>, holding one or more Runtime elements with a required resid and an
 * optional lifetime of "short" (default) or "long" (the shared runtime).
 */
const RUNTIME_TYPES = `<!-- [IIJ extension] Runtimes, added to Office after this schema was published. -->
  <xs:complexType name="Runtimes">
    <xs:sequence minOccurs="1" maxOccurs="unbounded">
      <xs:element name="Runtime" type="Runtime"/>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="Runtime">
    <xs:attribute name="resid" type="bt:ReferenceId" use="required"/>
    <xs:attribute name="lifetime" use="optional" default="short">
      <xs:simpleType>
        <xs:restriction base="xs:string">
          <xs:enumeration value="short"/>
          <xs:enumeration value="long"/>
        </xs:restriction>
      </xs:simpleType>
    </xs:attribute>
  </xs:complexType>

  <xs:complexType name="Host" abstract="true">`;

export const SCHEMA_PATCHES: readonly SchemaPatch[] = [
  ...[
    "OfficeAppManifestV1_1.xsd",
    "OfficeAppBasicTypesV1_0.xsd",
    "MailAppVersionOverridesV1_0.xsd",
    "MailAppVersionOverridesV1_1.xsd",
  ].map((file): SchemaPatch => ({
    file,
    why:
      "A 2019 link-rewriting commit in the docs repository turned the XML Schema and XML-DSig " +
      "namespace names (identifiers, not links) from http:// into https://, so xmllint no longer " +
      "recognises the files as schemas. Restore the real namespace names.",
    find: "https://www.w3.org/",
    replace: "http://www.w3.org/",
    all: true,
  })),
  ...["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd"].map((file): SchemaPatch => ({
    file,
    why:
      "The version-number pattern ends in a lazy quantifier '{0,3}?', which is .NET regex syntax " +
      "but not XML Schema regex syntax, so xmllint rejects the schema. '{0,3}' means the same here.",
    find: "(\\.[0-9]{1,5}){0,3}?",
    replace: "(\\.[0-9]{1,5}){0,3}",
  })),
  {
    file: TASKPANE_OVERRIDES,
    why: "Declare the Runtimes and Runtime types (shared runtime, SharedRuntime 1.1), which postdate this schema.",
    find: '<xs:complexType name="Host" abstract="true">',
    replace: RUNTIME_TYPES,
  },
  {
    file: TASKPANE_OVERRIDES,
    why: "Allow <Runtimes> as the first, optional child of a task-pane <Host>, before <AllFormFactors>.",
    find: '<xs:element name="AllFormFactors" type="FormFactor"',
    replace:
      '<xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1"/><!-- [IIJ extension] -->\n      ' +
      '<xs:element name="AllFormFactors" type="FormFactor"',
  },
];

function countOccurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Applies the patches meant for one file; a patch whose text is missing is an error, never a silent no-op. */
export function applySchemaPatches(
  file: SchemaFile,
  patches: readonly SchemaPatch[] = SCHEMA_PATCHES
): SchemaFile {
  let contents = file.contents;
  for (const patch of patches.filter((p) => p.file === file.fileName)) {
    const found = countOccurrences(contents, patch.find);
    if (found === 0 || (!patch.all && found !== 1)) {
      throw new Error(
        `schema patch for ${file.fileName} expected ${patch.all ? "at least one" : "exactly one"} "${patch.find}", found ${found}: ${patch.why}`
      );
    }
    contents = contents.split(patch.find).join(patch.replace);
  }
  return { fileName: file.fileName, contents };
}

function readXsdDir(dir: string): SchemaFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".xsd"))
    .sort()
    .map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), "utf8") }));
}

/** Every schema file, patched, ready for xmllint's in-memory file system (all in one flat folder). */
export function loadManifestSchemas(schemaDir: string = SCHEMA_DIR): {
  main: SchemaFile;
  imports: SchemaFile[];
} {
  const files = [
    ...readXsdDir(join(schemaDir, "microsoft")),
    ...readXsdDir(join(schemaDir, "extensions")),
  ].map((f) => applySchemaPatches(f));
  const main = files.find((f) => f.fileName === MAIN_SCHEMA);
  if (!main) throw new Error(`${MAIN_SCHEMA} is missing from ${schemaDir}/microsoft`);
  return { main, imports: files.filter((f) => f !== main) };
}
