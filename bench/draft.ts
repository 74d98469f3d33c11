/**
 * `npm run bench:draft`: how `iij draft` does on the filings we have (scripts/dataset/draft/measure.ts):
 * each seed drafted from the other's file, and a later filing made up from the 2023 seed; figures
 * right, flagged for review, silently wrong and missing, and the time to draft (median of 5).
 */
import { loadSources } from "../scripts/dataset/source";
import {
  curatedFigures,
  leaveOneOut,
  measureDraft,
  reportText,
  type Measured,
} from "../scripts/dataset/draft/measure";
import { madeUpFiling } from "../test/support/made-up-filing";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function line(name: string, runs: Measured[]): string {
  const { score } = runs[0];
  return `| ${name} | ${score.right} (${(100 * score.shareRight).toFixed(1)}%) | ${score.flagged} | ${score.wrong} | ${score.missing} | ${median(runs.map((r) => r.milliseconds)).toFixed(0)} ms |`;
}

const later = madeUpFiling(
  reportText(2023),
  curatedFigures(2023),
  "Other operating income\t",
  "Gain on sale of investment property\t\t12\t35"
);
const earlier = loadSources().figures;
const repeat = (run: () => Measured): Measured[] => Array.from({ length: 5 }, run);
console.log(
  "| drafted | right (share of the curated figures) | flagged | silently wrong | missing | time to draft (median of 5) |"
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
console.log(
  line(
    "2023 report, 2019 file as template",
    repeat(() => leaveOneOut(2023))
  )
);
console.log(
  line(
    "2019 report, 2023 file as template",
    repeat(() => leaveOneOut(2019))
  )
);
console.log(
  line(
    "made-up 2Q FY2024 filing, 2023 file as template",
    repeat(() => measureDraft(later.text, 2023, later.expected, earlier))
  )
);
