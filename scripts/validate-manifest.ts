/**
 * Offline manifest validation: `npm run validate [-- file.xml ...]` (default manifest.xml).
 *
 * 1. XML Schema validation with xmllint (WebAssembly build, no system package) against
 *    Microsoft's published manifest schemas plus our documented extension (manifest-schema.ts).
 *    This replaces `office-addin-manifest validate`, which needs Microsoft's online service.
 * 2. Checks the schema cannot express but Office enforces at sideload time: every resid names a
 *    defined resource, every URL is HTTPS, and a localized value (<Override Locale="ja-JP">)
 *    names each locale once per element and never the default locale ("Localization for Office
 *    Add-ins": "You may only specify a single override per language, including for the default
 *    locale").
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { validateXML } from "xmllint-wasm";
import { loadManifestSchemas } from "./manifest-schema";

export interface ManifestReport {
  readonly valid: boolean;
  readonly errors: string[];
}

/** Resource ids defined under <Resources> (bt:Image, bt:Url, bt:String). */
function definedResourceIds(xml: string): Set<string> {
  const ids = new Set<string>();
  for (const m of xml.matchAll(/<bt:(?:Image|Url|String)\s[^>]*\bid="([^"]+)"/g)) ids.add(m[1]);
  return ids;
}

function lineOf(xml: string, index: number): number {
  return xml.slice(0, index).split("\n").length;
}

export function checkResourceReferences(xml: string, fileName: string): string[] {
  const ids = definedResourceIds(xml);
  const errors: string[] = [];
  for (const m of xml.matchAll(/\bresid="([^"]*)"/g)) {
    if (!ids.has(m[1]))
      errors.push(
        `${fileName}:${lineOf(xml, m.index)}: resid "${m[1]}" is not defined under <Resources>`
      );
  }
  return errors;
}

export function checkHttpsOnly(xml: string, fileName: string): string[] {
  const errors: string[] = [];
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  // Attribute values and element text that are URLs; namespace declarations are names, not locations.
  const urlPattern = /(?:\s([\w:.-]+)="|>\s*)([a-zA-Z][\w+.-]*:\/\/[^"<\s]*)/g;
  for (const m of withoutComments.matchAll(urlPattern)) {
    const attribute = m[1];
    if (attribute !== undefined && (attribute === "xmlns" || attribute.startsWith("xmlns:")))
      continue;
    if (!m[2].startsWith("https://"))
      errors.push(`${fileName}:${lineOf(xml, m.index)}: URL must use HTTPS: ${m[2]}`);
  }
  return errors;
}

/** Each element's <Override Locale> values: one per locale, none for the DefaultLocale. */
export function checkLocaleOverrides(xml: string, fileName: string): string[] {
  const errors: string[] = [];
  const defaultLocale = /<DefaultLocale>\s*([^<\s]+)\s*<\/DefaultLocale>/.exec(xml)?.[1];
  // An element whose content is only Override children: <bt:Url id="x" ...> <bt:Override .../> </bt:Url>.
  const localized = /<([\w:]+)\b([^>]*)>((?:\s*<(?:bt:)?Override\b[^>]*\/>)+)\s*<\/\1>/g;
  for (const m of xml.matchAll(localized)) {
    const name = /\bid="([^"]*)"/.exec(m[2])?.[1] ?? m[1];
    const seen = new Set<string>();
    for (const o of m[3].matchAll(/\bLocale="([^"]*)"/g)) {
      const locale = o[1].toLowerCase();
      const where = `${fileName}:${lineOf(xml, m.index + m[0].indexOf(o[0]))}`;
      if (defaultLocale && locale === defaultLocale.toLowerCase())
        errors.push(`${where}: ${name} overrides the default locale ${o[1]}`);
      if (seen.has(locale)) errors.push(`${where}: ${name} overrides ${o[1]} more than once`);
      seen.add(locale);
    }
  }
  return errors;
}

export async function validateManifestXml(
  xml: string,
  fileName = "manifest.xml"
): Promise<ManifestReport> {
  const { main, imports } = loadManifestSchemas();
  const errors: string[] = [];
  const result = await validateXML({
    xml: [{ fileName: basename(fileName), contents: xml }],
    schema: [main],
    preload: imports,
  });
  for (const e of result.errors) {
    errors.push(
      e.loc ? `${fileName}:${e.loc.lineNumber}: ${e.message}` : `${fileName}: ${e.rawMessage}`
    );
  }
  // Only meaningful once the document is well-formed XML that the schema accepted.
  if (errors.length === 0)
    errors.push(
      ...checkResourceReferences(xml, fileName),
      ...checkHttpsOnly(xml, fileName),
      ...checkLocaleOverrides(xml, fileName)
    );
  return { valid: errors.length === 0, errors };
}

export async function validateManifestFile(path: string): Promise<ManifestReport> {
  return validateManifestXml(readFileSync(path, "utf8"), path);
}

async function main(argv: string[]): Promise<number> {
  const files = argv.length > 0 ? argv : ["manifest.xml"];
  let failed = 0;
  for (const file of files) {
    const report = await validateManifestFile(file);
    if (report.valid) {
      console.log(
        `${file}: valid (Office manifest schema 1.1 + task pane overrides 1.0 with Runtimes; resids; HTTPS; locale overrides)`
      );
    } else {
      failed++;
      console.error(`${file}: INVALID`);
      for (const e of report.errors) console.error(`  ${e}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(2);
    }
  );
}
