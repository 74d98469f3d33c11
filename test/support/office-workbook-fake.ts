/**
 * A fake `Excel` and `Office` for the workbook-level actions (every sheet's used range, custom
 * document properties, document settings), with Office.js's batching rules: loads and writes are
 * queued until context.sync(), reading what was not loaded and synced throws, `*OrNullObject`
 * results say isNullObject once synced, and every sync is counted. The preview's stand-in
 * (src/preview/excel-standin.ts) covers the pane's other actions.
 */
type Thunk = () => void;
export type Cell = { formula: string; value: unknown; numberFormat?: string };

export class FakeWorkbook {
  /** sheet -> "row,column" (zero-based) -> cell */
  readonly sheets = new Map<string, Map<string, Cell>>();
  readonly properties = new Map<string, string>();
  readonly settings = new Map<string, unknown>();
  /** The settings as last saved into the document by saveAsync. */
  savedSettings = new Map<string, unknown>();
  failSave = false;
  active = "";
  selected = "";
  calculations = 0;
  syncs = 0;
  runs = 0;

  constructor(sheets: Record<string, Record<string, unknown>>) {
    for (const [name, cells] of Object.entries(sheets)) this.setSheet(name, cells);
    this.active = Object.keys(sheets)[0] ?? "";
  }

  /** Cells by A1 address; a text starting with "=" is a formula, its value given as [formula, value]. */
  setSheet(name: string, cells: Record<string, unknown>): void {
    const map = new Map<string, Cell>();
    for (const [address, content] of Object.entries(cells)) {
      const { row, column } = a1(address);
      const [formula, value] = Array.isArray(content) ? content : [content, content];
      map.set(`${row},${column}`, { formula: String(formula), value });
    }
    this.sheets.set(name, map);
  }

  cell(sheet: string, address: string): Cell | undefined {
    const { row, column } = a1(address);
    return this.sheets.get(sheet)?.get(`${row},${column}`);
  }
}

function a1(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`InvalidArgument: ${address}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

class Context {
  private queue: Thunk[] = [];
  readonly workbook: ReturnType<typeof workbookOf>;
  constructor(readonly book: FakeWorkbook) {
    this.workbook = workbookOf(this);
  }
  enqueue(thunk: Thunk): void {
    this.queue.push(thunk);
  }
  get pending(): number {
    return this.queue.length;
  }
  async sync(): Promise<void> {
    this.book.syncs++;
    const queue = this.queue;
    this.queue = [];
    for (const thunk of queue) thunk();
    await Promise.resolve();
  }
}

/** An object whose properties are readable only once loaded and synced. */
function loadable<T extends object>(
  context: Context,
  read: (prop: string) => unknown,
  extra: T,
  /** Loaded already: what a collection's `items/name` load brings. */
  preloaded: string[] = []
) {
  const loaded = new Map<string, unknown>(preloaded.map((p) => [p, read(p)]));
  const target = {
    ...extra,
    load(props: string) {
      const list = [...props.split(",").map((p) => p.trim()), "isNullObject"];
      context.enqueue(() => list.forEach((p) => loaded.set(p, read(p))));
      return proxy;
    },
  };
  const proxy: typeof target & Record<string, unknown> = new Proxy(target, {
    get(obj, prop) {
      if (typeof prop !== "string" || prop in obj)
        return (obj as Record<string, unknown>)[prop as string];
      if (!loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
      return loaded.get(prop);
    },
  }) as typeof target & Record<string, unknown>;
  return proxy;
}

function usedRange(context: Context, sheet: string) {
  const cells = () => [...(context.book.sheets.get(sheet) ?? new Map<string, Cell>()).entries()];
  const bounds = () => {
    const keys = cells().map(([k]) => k.split(",").map(Number));
    if (keys.length === 0) return undefined;
    const rows = keys.map(([r]) => r);
    const columns = keys.map(([, c]) => c);
    return {
      top: Math.min(...rows),
      left: Math.min(...columns),
      bottom: Math.max(...rows),
      right: Math.max(...columns),
    };
  };
  const grid = (pick: (cell: Cell | undefined) => unknown) => {
    const b = bounds()!;
    const map = context.book.sheets.get(sheet)!;
    return Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
      Array.from({ length: b.right - b.left + 1 }, (_, c) =>
        pick(map.get(`${b.top + r},${b.left + c}`))
      )
    );
  };
  return loadable(
    context,
    (prop) => {
      const b = bounds();
      switch (prop) {
        case "isNullObject":
          return b === undefined;
        case "rowIndex":
          return b?.top;
        case "columnIndex":
          return b?.left;
        case "formulas":
          return b ? grid((cell) => cell?.formula ?? "") : undefined;
        case "values":
          return b ? grid((cell) => cell?.value ?? "") : undefined;
        case "numberFormat":
          return b ? grid((cell) => cell?.numberFormat ?? "General") : undefined;
        default:
          return undefined;
      }
    },
    {}
  );
}

function worksheetOf(context: Context, name: () => string, preloaded: string[] = []) {
  return loadable(
    context,
    (prop) => (prop === "name" ? name() : undefined),
    {
      getUsedRangeOrNullObject: () => usedRange(context, name()),
      activate: () => context.enqueue(() => (context.book.active = name())),
      getRange: (address: string) => ({
        select: () =>
          context.enqueue(() => {
            if (!context.book.sheets.has(name())) throw new Error(`ItemNotFound: ${name()}`);
            a1(address);
            context.book.selected = `${name()}!${address}`;
          }),
      }),
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) => ({
        set values(grid: unknown[][]) {
          context.enqueue(() => {
            if (grid.length !== rowCount || grid.some((line) => line.length !== columnCount))
              throw new Error(`InvalidArgument: values must be ${rowCount}x${columnCount}`);
            const map = context.book.sheets.get(name())!;
            grid.forEach((line, r) =>
              line.forEach((value, c) => {
                if (value !== "")
                  map.set(`${row + r},${column + c}`, { formula: String(value), value });
              })
            );
          });
        },
        format: { autofitColumns: () => undefined },
      }),
    },
    preloaded
  );
}

function workbookOf(context: Context) {
  const book = context.book;
  let items: ReturnType<typeof worksheetOf>[] | undefined;
  return {
    worksheets: {
      load(props: string) {
        if (props !== "items/name") throw new Error(`fake: load ${props}`);
        context.enqueue(() => {
          items = [...book.sheets.keys()].map((n) => worksheetOf(context, () => n, ["name"]));
        });
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: items");
        return items;
      },
      getItem: (name: string) => worksheetOf(context, () => name),
      add: (name: string) => {
        context.enqueue(() => {
          if ([...book.sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
            throw new Error(`ItemAlreadyExists: ${name}`);
          book.sheets.set(name, new Map());
        });
        return worksheetOf(context, () => name);
      },
    },
    properties: {
      custom: {
        getItemOrNullObject: (key: string) =>
          loadable(
            context,
            (prop) => {
              if (prop === "isNullObject") return !book.properties.has(key);
              if (prop === "value") return book.properties.get(key);
              return undefined;
            },
            {}
          ),
        add: (key: string, value: string) => context.enqueue(() => book.properties.set(key, value)),
      },
    },
    application: {
      calculate: (type: string) =>
        context.enqueue(() => {
          if (type !== "Full") throw new Error(`fake: calculate ${type}`);
          book.calculations++;
        }),
    },
  };
}

/** Installs the fake as the Excel and Office globals; returns a function that puts back what was there. */
export function installWorkbookFake(book: FakeWorkbook): () => void {
  const globals = globalThis as Record<string, unknown>;
  const saved = { Excel: globals.Excel, Office: globals.Office };
  globals.Excel = {
    run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
      book.runs++;
      const context = new Context(book);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
    CalculationType: { full: "Full", recalculate: "Recalculate" },
  };
  globals.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "AddInCommands" && version === "1.1",
      },
      document: {
        settings: {
          get: (name: string) => book.settings.get(name) ?? null,
          set: (name: string, value: unknown) => book.settings.set(name, value),
          remove: (name: string) => book.settings.delete(name),
          saveAsync: (
            callback: (result: { status: string; error?: { message: string } }) => void
          ) =>
            setTimeout(() => {
              if (book.failSave)
                return callback({
                  status: "failed",
                  error: { message: "the document is read-only" },
                });
              book.savedSettings = new Map(book.settings);
              callback({ status: "succeeded" });
            }),
        },
      },
    },
  };
  return () => Object.assign(globals, saved);
}
