/**
 * The identities of the dataset (scripts/dataset/identities.ts), run on a draft's figures before
 * any person has looked at them: a failing total is a misread figure or a misplaced row.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "../../../src/data/types";
import { loadSources, type LoadedSources } from "../source";
import { verifyIdentities, type IdentityResult } from "../verify";
import type { Draft, DraftTable } from "./draft";
import { draftYaml } from "./yaml-out";

export interface DraftCheck {
  /** The draft's figures as the loader reads them (tables it cannot read left out). */
  readonly figures: Figure[];
  readonly broken: IdentityResult[];
  /** Tables the loader cannot read yet, with its reason. */
  readonly problems: string[];
}

/** The draft as the build would read it once reviewed: marks dropped, formulas (all flagged) left out. */
function asReviewed(tables: DraftTable[]): DraftTable[] {
  return tables.map((table) => ({
    ...table,
    review: undefined,
    // balance_of is a cross-check between tables, made again when the reviewed file is built.
    rows: table.rows
      .filter((row) => row.formula === undefined)
      .map((row) => ({ ...row, review: undefined, balance_of: undefined })),
  }));
}

/** Loads the draft, leaving out each table the loader refuses, one at a time. */
function loadDraft(draft: Draft, problems: string[]): LoadedSources | undefined {
  const dir = mkdtempSync(join(tmpdir(), "iij-draft-"));
  let tables = asReviewed(draft.tables);
  try {
    for (let attempt = 0; attempt <= draft.tables.length; attempt++) {
      const file = join(dir, `${draft.report.id}.yaml`);
      writeFileSync(
        file,
        draftYaml({
          ...draft,
          report: { ...draft.report, filed: draft.report.filed ?? "1900-01-01" },
          tables,
          exclusions: [],
        })
      );
      try {
        return loadSources(dir);
      } catch (error) {
        const message = (error as Error).message.replace(file, "draft");
        problems.push(`not checked: ${message}`);
        const table = /tables? ([\w.-]+)/.exec(message)?.[1];
        const item = /"([^"]+)"/.exec(message)?.[1];
        if (table && tables.some((t) => t.id === table))
          tables = tables.filter((t) => t.id !== table);
        else if (item && tables.some((t) => t.rows.some((r) => r.item === item)))
          tables = tables.map((t) => ({ ...t, rows: t.rows.filter((r) => r.item !== item) }));
        else return undefined;
      }
    }
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkDraftIdentities(draft: Draft): DraftCheck {
  const problems: string[] = [];
  const sources = loadDraft(draft, problems);
  if (!sources) return { figures: [], broken: [], problems };
  const broken = verifyIdentities(sources, []).filter((r) => r.outcome === "broken");
  return { figures: sources.figures, broken, problems };
}
