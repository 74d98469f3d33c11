/**
 * The words tables write on the sheet besides the reports' own labels: the source line, the
 * header notes and the labels of a chart's data block. They are sheet content, English in every Excel language like the titles and labels
 * (a workbook reads the same to every colleague who opens it), so they are not pane strings and
 * do not follow the pane's language.
 */
const SHEET_TEXT = {
  "source.line":
    "Source: IIJ quarterly securities reports; select a cell and see the pane's source card.",
  "note.derived": "derived: {whole} − {part}",
  "note.ltm": "derived: {year} − {before} + {now}",
  "note.gap": "gap: no {years} in the dataset",
  "corner.as-printed": "{units}, as printed",
  "corner.latest-basis": "{units}, adjusted to the latest share basis",
  "corner.guard.title": "No money unit here",
  "corner.guard":
    "This table's figures are {units}, which no unit rescales: this cell says what they are. Type JPY bn in the corner of a table of money figures.",
  "chart.data": "Chart data for {title}: the table's cells in the chart's order",
  "chart.gap": "{years} not in dataset",
} as const;

export type SheetTextKey = keyof typeof SHEET_TEXT;

/** Sheet text `key`, with `{name}` placeholders filled from `params`. */
export function sheetText(
  key: SheetTextKey,
  params: Readonly<Record<string, string>> = {}
): string {
  return SHEET_TEXT[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
