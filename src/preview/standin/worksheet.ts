/** Worksheets and the sheet collection: ranges, used ranges, charts, copies, selection events. */
import { parseRange, splitSheet } from "../../taskpane/a1";
import { Loadable, NotLoadedError, type Batch } from "./batch";
import { StandInChart } from "./chart";
import { StandInRange } from "./range";

export class StandInWorksheet extends Loadable {
  readonly charts = {
    add: (type: string, source: StandInRange, seriesBy = "Auto") =>
      new StandInChart(this.context, this.name$, type, source, seriesBy),
  };

  constructor(
    context: Batch,
    readonly name$: () => string
  ) {
    super(context);
  }

  protected abstractRead(prop: string): unknown {
    if (prop === "isNullObject") return !this.exists();
    if (prop === "name") return this.exists() ? this.name$() : undefined;
    return undefined;
  }

  private exists(): boolean {
    try {
      return this.context.store.sheetNames().includes(this.name$());
    } catch {
      return false;
    }
  }

  get name(): string {
    return this.read("name");
  }

  /** getItemOrNullObject: whether no sheet had the name, known once synced. */
  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  getRange(address?: string): StandInRange {
    const parsed = address ? parseRange(splitSheet(address).cells) : undefined;
    if (address && !parsed) throw new Error(`InvalidArgument: "${address}" is not a range`);
    return new StandInRange(
      this.context,
      this.name$,
      () => parsed ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }
    );
  }

  getRangeByIndexes(
    row: number,
    column: number,
    rowCount: number,
    columnCount: number
  ): StandInRange {
    return new StandInRange(this.context, this.name$, () => ({
      row,
      column,
      rowCount,
      columnCount,
    }));
  }

  getUsedRangeOrNullObject(): StandInRange {
    return new StandInRange(this.context, this.name$, () =>
      this.context.store.usedRange(this.name$())
    );
  }

  /** Placed right after the original, as the pane asks ("After", itself). */
  copy(): StandInWorksheet {
    let name: string | undefined;
    this.context.enqueue(() => {
      name = this.context.store.copySheet(this.name$());
    });
    return new StandInWorksheet(this.context, () => {
      if (name === undefined) throw new Error("The copy exists once context.sync() has run");
      return name;
    });
  }

  activate(): void {
    this.context.enqueue(() => this.context.store.activate(this.name$()));
  }
}

/** What a collection's load names: "items/name", "name" and ["items/name"] all load the items' names. */
function collectionProps(props?: string | string[] | { select?: string }): string[] {
  const list =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props
        : props?.select
          ? props.select.split(",")
          : [];
  return list.map((p) => p.trim().replace(/^items\//, ""));
}

export class StandInWorksheets {
  private loadedItems?: StandInWorksheet[];

  readonly onSelectionChanged = {
    add: (handler: (event: { address: string; worksheetId: string; type: string }) => unknown) => {
      this.context.enqueue(() => {
        this.context.store.onSelectionChanged((address, sheet) => {
          void handler({ address, worksheetId: sheet, type: "WorksheetSelectionChanged" });
        });
      });
      return { remove: () => undefined };
    },
  };

  constructor(private readonly context: Batch) {}

  /** WorksheetCollection.load: the sheets as they are when the batch runs, in tab order. */
  load(props?: string | string[] | { select?: string }): this {
    const wanted = collectionProps(props);
    this.context.enqueue(() => {
      this.loadedItems = this.context.store.sheetNames().map((name) => {
        const sheet = new StandInWorksheet(this.context, () => name);
        sheet.preload(wanted);
        return sheet;
      });
    });
    return this;
  }

  get items(): StandInWorksheet[] {
    if (!this.loadedItems) throw new NotLoadedError("items");
    return this.loadedItems;
  }

  getActiveWorksheet(): StandInWorksheet {
    // Resolved when the batch runs, as Excel resolves it.
    let name: string | undefined;
    return new StandInWorksheet(this.context, () => (name ??= this.context.store.activeSheet));
  }

  getItem(name: string): StandInWorksheet {
    return new StandInWorksheet(this.context, () => {
      if (!this.context.store.sheetNames().includes(name)) throw new Error(`ItemNotFound: ${name}`);
      return name;
    });
  }

  /** As Excel: a sheet that is not there comes back as a null object (isNullObject once synced). */
  getItemOrNullObject(name: string): StandInWorksheet {
    return new StandInWorksheet(this.context, () => name);
  }

  add(name?: string): StandInWorksheet {
    let created: string | undefined;
    this.context.enqueue(() => {
      created = this.context.store.addSheet(name);
    });
    return new StandInWorksheet(this.context, () => created ?? name ?? "");
  }
}
