/**
 * Range.format and conditional formats: write-only faces of Office.js's format objects, each
 * property set queued on the range it formats (range.ts).
 */
import type { CellStyle } from "../workbook-store";

/** What formatting needs of a range: its queue of style, width and conditional-format changes. */
export interface FormattedRange {
  queueStyle(style: CellStyle): void;
  queueWidths(width: (texts: string[]) => number): void;
  queueConditionalFormat(read: () => { formula: string; format: Record<string, unknown> }): void;
}

/** A write-only face of Office.js format objects: each property set is queued to the store. */
type StyleSink = (style: CellStyle) => void;

class StandInFont {
  constructor(private readonly sink: StyleSink) {}
  set bold(value: boolean) {
    this.sink({ bold: value });
  }
  set italic(value: boolean) {
    this.sink({ italic: value });
  }
  set color(value: string) {
    this.sink({ color: value });
  }
}

class StandInBorder {
  constructor(private readonly sink: (style: string) => void) {}
  /** Excel.BorderLineStyle: "Continuous", "None", ... */
  set style(value: string) {
    this.sink(value);
  }
  /** Excel.BorderWeight; the store keeps the line style only. */
  set weight(_value: string) {}
  set color(_value: string) {}
}

const EDGES: Record<string, keyof CellStyle> = {
  EdgeTop: "borderTop",
  EdgeBottom: "borderBottom",
  EdgeLeft: "borderLeft",
  EdgeRight: "borderRight",
};

/** Range.format (ExcelApi 1.1; indentLevel 1.9): font, fill, borders, alignment, widths. */
export class StandInRangeFormat {
  readonly font: StandInFont;
  readonly fill: { color: string; clear(): void };
  readonly borders: { getItem(index: string): StandInBorder };

  constructor(private readonly range: FormattedRange) {
    const sink: StyleSink = (style) => range.queueStyle(style);
    this.font = new StandInFont(sink);
    this.fill = {
      set color(value: string) {
        sink({ fill: value });
      },
      clear: () => sink({ fill: undefined }),
    } as { color: string; clear(): void };
    this.borders = {
      getItem: (index: string) => {
        const edge = EDGES[index];
        if (!edge)
          throw new Error(`InvalidArgument: border "${index}" is not supported by the stand-in`);
        return new StandInBorder((style) => sink({ [edge]: style } as CellStyle));
      },
    };
  }

  set indentLevel(value: number) {
    this.range.queueStyle({ indent: value });
  }
  set horizontalAlignment(value: string) {
    this.range.queueStyle({ horizontalAlignment: value });
  }
  set wrapText(value: boolean) {
    this.range.queueStyle({ wrap: value });
  }
  set columnWidth(points: number) {
    this.range.queueWidths(() => points);
  }

  /** Fits each column to its widest cell as shown (an estimate: about 5.6 points a character). */
  autofitColumns(): void {
    this.range.queueWidths((texts) =>
      Math.max(48, Math.ceil(Math.max(0, ...texts.map((text) => text.length)) * 5.6 + 10))
    );
  }

  autofitRows(): void {}
}

/** A conditional format as ConditionalFormatCollection.add returns it; Custom rules only. */
export class StandInConditionalFormat {
  readonly custom = {
    rule: { formula: "" },
    format: {
      numberFormat: undefined as string | undefined,
      font: {
        bold: undefined as boolean | undefined,
        italic: undefined as boolean | undefined,
        color: undefined as string | undefined,
      },
      fill: { color: undefined as string | undefined },
    },
  };

  constructor(
    readonly type: string,
    range: FormattedRange
  ) {
    if (type !== "Custom")
      throw new Error(
        `InvalidArgument: conditional format type "${type}" is not supported by the stand-in`
      );
    // Office.js sends the rule with the batch: what was set on it by then is what Excel gets.
    range.queueConditionalFormat(() => {
      const { rule, format } = this.custom;
      if (!rule.formula.startsWith("="))
        throw new Error(
          "InvalidArgument: a custom conditional format needs a formula starting with ="
        );
      return {
        formula: rule.formula,
        format: {
          ...(format.numberFormat !== undefined ? { numberFormat: format.numberFormat } : {}),
          ...(format.font.bold !== undefined ? { bold: format.font.bold } : {}),
          ...(format.font.italic !== undefined ? { italic: format.font.italic } : {}),
          ...(format.font.color !== undefined ? { color: format.font.color } : {}),
          ...(format.fill.color !== undefined ? { fill: format.fill.color } : {}),
        },
      };
    });
  }
}
