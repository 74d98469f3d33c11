/**
 * What every stand-in object shares: the batch it queues its writes and loads on (carried out at
 * context.sync(), as in Excel), and Office.js's rule that a property is read only once loaded and
 * synced. The request context itself (../excel-standin.ts) implements Batch; the objects here see
 * only this face of it, so none of them imports the context that creates them.
 */
import type { WorkbookStore } from "../workbook-store";

export type Thunk = () => void;

/** The request context as the objects of a batch use it. */
export interface Batch {
  readonly store: WorkbookStore;
  enqueue(thunk: Thunk): void;
}

export class NotLoadedError extends Error {
  constructor(what: string) {
    super(
      `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
    );
    this.name = "PropertyNotLoaded";
  }
}

export abstract class Loadable {
  private loaded = new Set<string>();
  private loadedValues = new Map<string, unknown>();

  constructor(protected readonly context: Batch) {}

  protected abstract abstractRead(prop: string): unknown;

  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props.split(",").map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : [];
    this.context.enqueue(() => {
      // As in Office.js, a synced load also tells whether a *OrNullObject result is null.
      for (const prop of [...list, "isNullObject"]) {
        this.loadedValues.set(prop, this.abstractRead(prop));
        this.loaded.add(prop);
      }
    });
    return this;
  }

  /** Loads `props` now: for the items of a collection load, read while its batch runs. */
  preload(props: readonly string[]): void {
    for (const prop of [...props, "isNullObject"]) {
      this.loadedValues.set(prop, this.abstractRead(prop));
      this.loaded.add(prop);
    }
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoadedError(prop);
    return this.loadedValues.get(prop) as T;
  }
}
