#!/usr/bin/env node
// Entry point of `npx iij`: runs the TypeScript CLI through tsx, a development dependency.
// `iij draft` (drafting a later filing's source file) lives with the dataset scripts; the rest
// (`iij eval`) with the evaluator.
require("tsx/cjs");
const argv = process.argv.slice(2);
const run =
  argv[0] === "draft"
    ? require("../scripts/dataset/draft/cli.ts").draftMain(argv.slice(1))
    : require("../src/evaluator/cli.ts").main(argv);
run.then((code) => {
  process.exitCode = code;
});
