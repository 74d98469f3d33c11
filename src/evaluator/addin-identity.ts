/**
 * Which add-in a workbook names, and where Excel is to find it: the manifest's <Id> and <Version>
 * (read from manifest.xml, never typed twice) and the store of [MS-OWEXML]'s web extension
 * reference. Microsoft's "Automatically open a task pane with a document" lists what each store
 * type takes: EXCatalog (Centralized Deployment in the Microsoft 365 admin center, the route
 * docs/deploy.md recommends), Registry (a developer's sideloaded manifest, store "developer") and
 * FileSystem (a shared-folder catalog, store = the folder's path).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseXml } from "./ooxml";

export const MANIFEST_PATH = join(__dirname, "..", "..", "manifest.xml");

export interface ManifestIdentity {
  readonly id: string;
  readonly version: string;
}

export function manifestIdentity(path = MANIFEST_PATH): ManifestIdentity {
  const doc = parseXml(readFileSync(path, "utf8"));
  const text = (name: string) => {
    const value = doc.documentElement?.getElementsByTagName(name)[0]?.textContent?.trim();
    if (!value) throw new Error(`${path}: no <${name}>`);
    return value;
  };
  return { id: text("Id"), version: text("Version") };
}

export type StoreType = "EXCatalog" | "Registry" | "FileSystem";

/** The `<we:reference>` of a web extension part. */
export interface AddinReference extends ManifestIdentity {
  readonly store: string;
  readonly storeType: StoreType;
}

/**
 * `ADDIN_STORE` as the build takes it: unset or "EXCatalog" for central deployment, "developer"
 * for a sideloaded manifest, or a shared folder's path (\\server\share) for a folder catalog.
 */
export function referenceFor(
  store: string | undefined,
  identity: ManifestIdentity
): AddinReference {
  const value = store?.trim() || "EXCatalog";
  if (value.toLowerCase() === "excatalog")
    return { ...identity, store: "EXCatalog", storeType: "EXCatalog" };
  if (value.toLowerCase() === "developer")
    return { ...identity, store: "developer", storeType: "Registry" };
  if (value.startsWith("\\\\")) return { ...identity, store: value, storeType: "FileSystem" };
  throw new Error(
    `ADDIN_STORE=${JSON.stringify(store)}: give EXCatalog (central deployment, the default), developer (sideloaded) or a shared folder such as \\\\server\\addins`
  );
}

/** What a colleague's Excel does with a reference of this store type, in words. */
export function describeStore(storeType: string, store: string): string {
  switch (storeType) {
    case "EXCatalog":
      return "the organisation's add-ins (Centralized Deployment): Excel loads it for everyone the admin deployed it to";
    case "Registry":
      return `a sideloaded manifest (store "${store}"): only machines that sideloaded manifest.xml can load it`;
    case "FileSystem":
      return `the shared-folder catalog ${store}: colleagues who trust that folder can load it`;
    case "OMEX":
      return `AppSource (${store})`;
    default:
      return `store "${store}" of type ${storeType}`;
  }
}
