/**
 * Mocha reporter: the usual spec output, plus (when MOCHA_SUMMARY_FILE is set) a JSON file
 * with the pass/fail counts, from which .ci/run prints its closing "N passed, N failed" line.
 * Mocha runs one reporter at a time, so this extends Spec instead of adding a second one.
 */
import { writeFileSync } from "node:fs";
import Mocha from "mocha";

const { EVENT_RUN_END } = Mocha.Runner.constants;

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.MOCHA_SUMMARY_FILE;
      if (!file) return;
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      writeFileSync(
        file,
        JSON.stringify({ passed: passes, failed: failures, skipped: pending }) + "\n"
      );
    });
  }
}

export = SpecWithSummary;
