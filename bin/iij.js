#!/usr/bin/env node
// Entry point of `npx iij`: runs the TypeScript CLI through tsx, a development dependency.
require("tsx/cjs");
require("../src/evaluator/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
