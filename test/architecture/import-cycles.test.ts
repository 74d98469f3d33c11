/**
 * Data flows one way (reports -> dataset -> query -> functions / task pane): no module under src/
 * imports, directly or through others, a module that imports it. Type-only imports count too: two
 * modules that need each other's types are one module's job split wrongly. The imports are read
 * with TypeScript's own pre-processor, so every import form (import, export from, import()) is seen.
 */
import { strict as assert } from "node:assert";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const SRC = resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The src/ file a relative import names, or undefined for a package or a non-TypeScript file. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ""));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Each src/ module and the src/ modules it imports. */
export function importGraph(root = SRC): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    graph.set(
      file,
      importedFiles
        .map((imported) => resolveImport(file, imported.fileName))
        .filter((path): path is string => path !== undefined)
    );
  }
  return graph;
}

/** The import cycles of a graph: its strongly connected components of two or more modules, or one importing itself. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe("imports under src/", () => {
  it("form no cycle: no two modules import each other, directly or through others", () => {
    const graph = importGraph();
    assert.ok(graph.size > 50, `read ${graph.size} modules`);
    const cycles = importCycles(graph).map((cycle) =>
      cycle.map((file) => relative(SRC, file)).join(" <-> ")
    );
    assert.deepEqual(cycles, []);
  });

  it("the check finds a cycle: query -> derivation -> describe -> query, as it was", () => {
    const graph = new Map([
      ["query.ts", ["derivation.ts", "describe.ts", "period.ts"]],
      ["derivation.ts", ["describe.ts", "period.ts"]],
      ["describe.ts", ["query.ts", "period.ts"]],
      ["period.ts", []],
    ]);
    assert.deepEqual(importCycles(graph), [["derivation.ts", "describe.ts", "query.ts"]]);
    graph.set("describe.ts", ["period.ts"]);
    assert.deepEqual(importCycles(graph), []);
  });
});
