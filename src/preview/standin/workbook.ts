/** The workbook: its sheets, calculation, custom document properties and the selection. */
import type { CustomValue } from "../workbook-store";
import { Loadable, type Batch } from "./batch";
import { StandInRange } from "./range";
import { StandInWorksheets } from "./worksheet";

/** A custom document property (ExcelApi 1.7): key, value and type, once loaded. */
class StandInCustomProperty extends Loadable {
  constructor(
    context: Batch,
    private readonly key$: string,
    private readonly mustExist: boolean
  ) {
    super(context);
  }

  protected abstractRead(prop: string): unknown {
    const stored = this.context.store.customProperty(this.key$);
    if (!stored && this.mustExist)
      throw new Error(`ItemNotFound: no custom property "${this.key$}"`);
    switch (prop) {
      case "isNullObject":
        return stored === undefined;
      case "key":
        return stored?.key;
      case "value":
        return stored?.value;
      case "type":
        if (!stored) return undefined;
        return typeof stored.value === "number"
          ? "Number"
          : typeof stored.value === "boolean"
            ? "Boolean"
            : "String";
      default:
        return undefined;
    }
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  get key(): string {
    return this.read("key");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): CustomValue {
    return this.read("value");
  }
  set value(value: CustomValue) {
    this.context.enqueue(() => this.context.store.setCustomProperty(this.key$, value));
  }

  delete(): void {
    this.context.enqueue(() => this.context.store.deleteCustomProperty(this.key$));
  }
}

export class StandInWorkbook {
  readonly worksheets: StandInWorksheets;
  readonly application: { calculate: (type: string) => void };
  /** DocumentProperties: the custom properties only. */
  readonly properties: {
    readonly custom: {
      add(key: string, value: CustomValue): StandInCustomProperty;
      getItem(key: string): StandInCustomProperty;
      getItemOrNullObject(key: string): StandInCustomProperty;
    };
  };

  constructor(private readonly context: Batch) {
    this.worksheets = new StandInWorksheets(context);
    this.application = {
      calculate: (type: string) =>
        context.enqueue(() => {
          if (!["Recalculate", "Full", "FullRebuild"].includes(type))
            throw new Error(`InvalidArgument: calculation type "${type}"`);
          context.store.recalculate();
        }),
    };
    this.properties = {
      custom: {
        add: (key, value) => {
          context.enqueue(() => context.store.setCustomProperty(key, value));
          return new StandInCustomProperty(context, key, true);
        },
        getItem: (key) => new StandInCustomProperty(context, key, true),
        getItemOrNullObject: (key) => new StandInCustomProperty(context, key, false),
      },
    };
  }

  getSelectedRange(): StandInRange {
    const store = this.context.store;
    return new StandInRange(
      this.context,
      () => store.selection.sheet,
      () => ({
        row: store.selection.row,
        column: store.selection.column,
        rowCount: 1,
        columnCount: 1,
      })
    );
  }
}
