/**
 * A table's body: section headers, a row per line (label, the unit column's unit, a figure per
 * period), the YoY block (each line's growth on its year-earlier column) and the margin block (one
 * line over another), all referring to the table's own cells.
 */
import type { LineSpec, PlanColumn, TableRequest } from "../types";
import { figureFormat, RATIO_FORMAT } from "../formats";
import { takesUnit } from "../values";
import type { Body, Entry } from "./entries";
import type { CellStyle, GridCells } from "./cells";
import { figureFormula, marginFormula, yoyFormula } from "./formulas";
import { GREY } from "./header";

/** Writes the body; returns the logical row of each line (for the chart). */
export function writeBody(
  cells: GridCells,
  request: TableRequest,
  body: Body,
  list: readonly Entry[],
  columns: readonly PlanColumn[],
  unitColumn: boolean
): Map<LineSpec, number> {
  const { frame } = cells;
  const { firstBody, firstPeriod, ref, at, relative, cornerRef, headerRef } = frame;
  const lineRow = new Map<LineSpec, number>();
  const keyRow = new Map<string, number>();
  list.forEach((entry, i) => {
    if (entry.type !== "line") return;
    lineRow.set(entry.line, firstBody + i);
    if (entry.line.key) keyRow.set(entry.line.key, firstBody + i);
  });
  const periods = columns.map((_, pc) => pc);
  const label = (lr: number, text: string, style: CellStyle) =>
    cells.set(lr, 0, text, { role: "label", value: text }, "General", style, true);

  list.forEach((entry, i) => {
    const lr = firstBody + i;
    switch (entry.type) {
      case "blank":
        return;
      case "section":
      case "block": {
        const level = entry.type === "section" ? entry.level : 0;
        cells.set(
          lr,
          0,
          entry.label,
          { role: "section", value: entry.label },
          "General",
          level === 0 ? { bold: true, indent: 0 } : { italic: true, indent: level },
          true
        );
        return;
      }
      case "line": {
        const { line } = entry;
        const strong = line.role === "total" || line.role === "subtotal";
        label(lr, line.label, { indent: line.indent, ...(strong ? { bold: true } : {}) });
        if (unitColumn) {
          const moneyRow = takesUnit(line);
          cells.set(
            lr,
            1,
            moneyRow ? `=${cornerRef}` : line.unit,
            { role: "unit", value: moneyRow ? request.unit : line.unit },
            "General",
            { color: GREY }
          );
        }
        const format = figureFormat(line.unit, line.decimals, request.unit);
        for (const pc of periods) {
          cells.set(
            lr,
            firstPeriod + pc,
            figureFormula(line, headerRef(pc), cornerRef),
            { role: "figure", line, header: columns[pc].header },
            format,
            { horizontalAlignment: "Right", ...(strong ? { bold: true, borderTop: true } : {}) }
          );
          if (takesUnit(line)) cells.markMoney(lr, firstPeriod + pc);
        }
        return;
      }
      case "yoy": {
        const row = lineRow.get(entry.line)!;
        label(lr, entry.line.label, { indent: 1, italic: true });
        for (const pc of periods) {
          const p = body.previous[pc];
          if (p === undefined) continue;
          cells.set(
            lr,
            firstPeriod + pc,
            yoyFormula(ref(row, firstPeriod + pc), ref(row, firstPeriod + p)),
            {
              role: "yoy",
              current: relative(at(row, firstPeriod + pc)),
              previous: relative(at(row, firstPeriod + p)),
            },
            RATIO_FORMAT,
            { italic: true, horizontalAlignment: "Right" }
          );
        }
        return;
      }
      case "margin": {
        const { margin } = entry;
        const num = keyRow.get(margin.numerator)!;
        const den = keyRow.get(margin.denominator)!;
        label(lr, margin.label, { indent: 1, italic: true });
        for (const pc of periods) {
          cells.set(
            lr,
            firstPeriod + pc,
            marginFormula(ref(num, firstPeriod + pc), ref(den, firstPeriod + pc)),
            {
              role: "margin",
              numerator: relative(at(num, firstPeriod + pc)),
              denominator: relative(at(den, firstPeriod + pc)),
            },
            RATIO_FORMAT,
            { italic: true, horizontalAlignment: "Right" }
          );
        }
        return;
      }
    }
  });
  return lineRow;
}
