/**
 * `npm run verify-data`: every figure against the filing text, every repeat against its home,
 * every accounting identity, then a summary. Exits 1 on any problem.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { accountCells } from "./dataset/completeness";
import { REPORT_DIR, loadSources, type LoadedSources } from "./dataset/source";
import { verifyDerived } from "./dataset/derived";
import { verify } from "./dataset/verify";

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Every numeric cell of every table line, recorded or excluded by a written rule: prints the
 * account per filing and in all, and returns the problems (unaccounted cells, idle or bad rules).
 */
function checkCompleteness(sources: LoadedSources): string[] {
  const problems: string[] = [];
  const total = { cells: 0, recorded: 0, excluded: 0, rules: 0, unaccounted: 0 };
  const line = (a: typeof total) =>
    `${a.cells} numeric cells: ${a.recorded} recorded, ${a.excluded} excluded by ${a.rules} rules, ${a.unaccounted} unaccounted`;
  console.log("Numeric cells of the table lines (tab-separated rows) of each filing:");
  for (const report of sources.reports) {
    const text = readFileSync(join(REPORT_DIR, report.file), "utf8");
    const account = accountCells(
      text,
      sources.figures.filter((f) => f.report === report.id),
      sources.exclusions.get(report.id) ?? []
    );
    const counts = {
      cells: account.cells,
      recorded: account.recorded,
      excluded: account.excluded,
      rules: account.rulesUsed,
      unaccounted: account.unaccounted.length,
    };
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += counts[key];
    console.log(`  ${report.id}: ${line(counts)}`);
    for (const problem of account.problems) problems.push(`${report.id}: ${problem}`);
    for (const id of account.idleRules)
      problems.push(`${report.id}: exclusion ${id} covers no numeric cell (stale lines?)`);
    for (const cell of account.unaccounted)
      problems.push(
        `${report.id} line ${cell.line} cell ${cell.column}: "${cell.text}" is neither recorded nor excluded`
      );
  }
  console.log(line(total));
  return problems;
}

function main(): number {
  let sources;
  try {
    sources = loadSources();
  } catch (error) {
    console.error(`verify-data: the source files do not load: ${(error as Error).message}`);
    return 1;
  }
  const result = verify(sources);

  console.log("Figures per report and statement (derived in brackets):");
  for (const report of sources.reports) {
    const figures = sources.figures.filter((f) => f.report === report.id);
    const derived = figures.filter((f) => f.formula).length;
    console.log(`  ${report.id}: ${figures.length} figures, ${derived} derived`);
    const byStatement = countBy(figures, (f) => f.statement);
    const derivedByStatement = countBy(
      figures.filter((f) => f.formula),
      (f) => f.statement
    );
    for (const [statement, count] of byStatement) {
      const d = derivedByStatement.get(statement);
      console.log(`    ${statement.padEnd(22)} ${String(count).padStart(4)}${d ? ` (${d})` : ""}`);
    }
  }
  const exact = result.identities.filter((r) => r.outcome === "exact").length;
  const rounding = result.identities.filter((r) => r.outcome === "rounding");
  const broken = result.identities.filter((r) => r.outcome === "broken").length;
  console.log(`Printed strings checked on their lines: ${result.printedChecked}`);
  console.log(`Repeats checked against their home figure: ${result.sameAsChecked}`);
  console.log(
    `Identities checked: ${result.identities.length}; held exactly: ${exact}; held within ±1 of rounding to millions: ${rounding.length}; broken: ${broken}`
  );
  for (const r of rounding)
    console.log(`  rounding: ${r.report} ${r.period} "${r.identity}": ${r.total}; ${r.sum}`);
  for (const note of result.notes) console.log(`  note: ${note}`);

  const derived = verifyDerived(sources);
  const total = [...derived.derived.values()].reduce((a, b) => a + b, 0);
  const rules = [...derived.derived].map(([rule, count]) => `${rule} ${count}`).join(", ");
  console.log(`Derived figures (periods no filing prints) checked: ${total} (${rules})`);
  console.log(
    `  against printed figures of the same balance or flow: ${derived.repeatsChecked} comparisons`
  );
  console.log(
    `  identities in derived periods: checked ${derived.identitiesChecked}; held ${derived.identitiesHeld}; broken ${derived.identitiesChecked - derived.identitiesHeld}; not checkable (another term has no figure in that period) ${derived.identitiesUncheckable}`
  );
  const problems = [...result.problems, ...derived.problems, ...checkCompleteness(sources)];
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log("verify-data: all figures, derived figures and identities check out");
  return 0;
}

process.exitCode = main();
