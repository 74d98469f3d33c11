/**
 * How well `iij draft` does on the filings we have, where the curated file is the answer:
 * leave-one-out (each seed drafted with only the other seed's file as the template) and a later
 * filing made up from the 2023 seed (test/support/made-up-filing.ts). Used by the drafter's test
 * and by `npm run bench:draft`, which prints the figures bench/RESULTS.md quotes.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "../../../src/data/types";
import { loadSources, REPORT_DIR, SOURCE_DIR } from "../source";
import { scoreDraft, type DraftScore } from "./compare";
import { draftFiling, type Draft } from "./draft";
import { loadTemplate } from "./template";

export const SEEDS = {
  2019: { source: "iij-2q-fy2019.yaml", report: "iij-2q-fy2019-quarterly-securities-report.txt" },
  2023: { source: "iij-2q-fy2023.yaml", report: "iij-2q-fy2023-quarterly-securities-report.txt" },
} as const;

export type Seed = keyof typeof SEEDS;

/** The figures of one curated source file alone. */
export function curatedFigures(seed: Seed): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), "iij-seed-"));
  try {
    copyFileSync(join(SOURCE_DIR, SEEDS[seed].source), join(dir, SEEDS[seed].source));
    return loadSources(dir).figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function reportText(seed: Seed): string {
  return readFileSync(join(REPORT_DIR, SEEDS[seed].report), "utf8");
}

export interface Measured {
  readonly draft: Draft;
  readonly score: DraftScore;
  readonly milliseconds: number;
}

/** Drafts `text` with one seed's file as the only template and scores it against `expected`. */
export function measureDraft(
  text: string,
  template: Seed,
  expected: readonly Figure[],
  earlier = curatedFigures(template)
): Measured {
  const start = performance.now();
  const draft = draftFiling(text, "measured.txt", {
    templates: [loadTemplate(join(SOURCE_DIR, SEEDS[template].source))],
    earlier,
  });
  const milliseconds = performance.now() - start;
  return { draft, score: scoreDraft(draft, expected), milliseconds };
}

/** The 2023 report drafted with the 2019 file as the template, or the other way round. */
export function leaveOneOut(target: Seed): Measured {
  const template: Seed = target === 2023 ? 2019 : 2023;
  return measureDraft(reportText(target), template, curatedFigures(target));
}
