/**
 * A table's body: section headers, a row per line (label, the unit column's unit, a figure per
 * period), the YoY block (each line's growth on its year-earlier column) and the margin block (one
 * line over another), all referring to the table's own cells.
 */
import type { CellSpec, LineSpec, PlanColumn, TableRequest } from "../types";
import { ADJUSTED_YEN_FORMAT, figureFormat, RATIO_FORMAT } from "../formats";
import { takesUnit } from "../values";
import type { Body, Entry } from "./entries";
import type { CellStyle, GridCells } from "./cells";
import { figureFormula, marginFormula, shareYoyFormula, yoyFormula } from "./formulas";
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

  /** A figure cell of the table: its reference for a formula, its position for the preview. */
  const cellOf = (row: number, pc: number) => ({
    ref: ref(row, firstPeriod + pc),
    at: relative(at(row, firstPeriod + pc)),
  });
  /** A YoY or margin row: an italic label, and for each period a ratio of the table's own cells. */
  const ratioRow = (
    lr: number,
    text: string,
    ratio: (pc: number) => { formula: string; spec: CellSpec } | undefined
  ) => {
    label(lr, text, { indent: 1, italic: true });
    for (const pc of periods) {
      const made = ratio(pc);
      if (made)
        cells.set(lr, firstPeriod + pc, made.formula, made.spec, RATIO_FORMAT, {
          italic: true,
          horizontalAlignment: "Right",
        });
    }
  };

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
        const adjusted = body.adjusted?.has(line) === true;
        const format =
          adjusted && line.unit === "yen"
            ? ADJUSTED_YEN_FORMAT
            : figureFormat(line.unit, line.decimals, request.unit);
        for (const pc of periods) {
          cells.set(
            lr,
            firstPeriod + pc,
            figureFormula(line, headerRef(pc), cornerRef, adjusted),
            {
              role: "figure",
              line,
              header: columns[pc].header,
              ...(adjusted ? { adjusted: true } : {}),
            },
            format,
            { horizontalAlignment: "Right", ...(strong ? { bold: true, borderTop: true } : {}) }
          );
          if (takesUnit(line)) cells.markMoney(lr, firstPeriod + pc);
        }
        return;
      }
      case "yoy": {
        const row = lineRow.get(entry.line)!;
        ratioRow(lr, entry.line.label, (pc) => {
          const p = body.previous[pc];
          if (p === undefined) return undefined;
          const [current, previous] = [cellOf(row, pc), cellOf(row, p)];
          if (body.shareLines?.has(entry.line)) {
            const call = { line: entry.line, header: columns[pc].header };
            return {
              formula: shareYoyFormula(entry.line, headerRef(pc)),
              spec: { role: "yoy", current: current.at, previous: previous.at, call },
            };
          }
          return {
            formula: yoyFormula(current.ref, previous.ref),
            spec: { role: "yoy", current: current.at, previous: previous.at },
          };
        });
        return;
      }
      case "margin": {
        const { margin } = entry;
        const num = keyRow.get(margin.numerator)!;
        const den = keyRow.get(margin.denominator)!;
        ratioRow(lr, margin.label, (pc) => {
          const [numerator, denominator] = [cellOf(num, pc), cellOf(den, pc)];
          return {
            formula: marginFormula(numerator.ref, denominator.ref),
            spec: { role: "margin", numerator: numerator.at, denominator: denominator.at },
          };
        });
        return;
      }
    }
  });
  return lineRow;
}
