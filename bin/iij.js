#!/usr/bin/env node
// Entry point of `npx iij`: runs the TypeScript CLI through tsx, a development dependency.
// `iij draft` (drafting a later filing's source file) lives with the dataset scripts; the rest
// (`iij eval`) with the evaluator, which runs in a worker thread with a stack deep enough for any
// formula Excel accepts (8,192 characters: 4,096 terms parse recursively) and a memory cap, so
// that a file too large for the checker ends with one line, never a crash of the whole process.
const { Worker, isMainThread, workerData, parentPort } = require("node:worker_threads");

const STACK_MB = 64;
const HEAP_MB = 1200;

function runEvalInWorker(argv) {
  const worker = new Worker(__filename, {
    workerData: argv,
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
}

if (!isMainThread) {
  require("tsx/cjs");
  require("../src/evaluator/cli.ts")
    .main(workerData)
    .then((code) => parentPort.postMessage(code));
} else {
  const argv = process.argv.slice(2);
  if (argv[0] === "draft") {
    require("tsx/cjs");
    require("../scripts/dataset/draft/cli.ts")
      .draftMain(argv.slice(1))
      .then((code) => {
        process.exitCode = code;
      });
  } else {
    runEvalInWorker(argv);
  }
}
