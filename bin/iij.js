#!/usr/bin/env node
// Entry point of `npx iij`: runs the TypeScript CLI through tsx, a development dependency, in a
// worker thread with a stack deep enough for any formula Excel accepts (8,192 characters: 4,096
// terms or 64 nested levels parse recursively) and a memory cap, so that a file too large for the
// checker ends with one line, never a crash of the whole process.
const { Worker, isMainThread, workerData } = require("node:worker_threads");

const STACK_MB = 64;
const HEAP_MB = 1200;

if (isMainThread) {
  const worker = new Worker(__filename, {
    workerData: process.argv.slice(2),
    stdin: true,
    resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: HEAP_MB },
  });
  process.stdin.pipe(worker.stdin);
  worker.on("message", (code) => (process.exitCode = code));
  worker.on("error", (error) => {
    const why =
      error && error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? `ran out of memory (limit ${HEAP_MB} MB): the input is too large for the checker`
        : String(error && error.message ? error.message : error).split("\n")[0];
    console.error(`iij: stopped: ${why}`);
    process.exitCode = 2;
  });
  worker.on("exit", () => {
    process.stdin.unpipe(worker.stdin);
    process.stdin.destroy();
  });
} else {
  require("tsx/cjs");
  require("../src/evaluator/cli.ts")
    .main(workerData)
    .then((code) => require("node:worker_threads").parentPort.postMessage(code));
}
