/**
 * What may stay in Latin letters in Japanese text: names of products and functions, codes and units
 * as formulas and the sheet write them, keys, and the example inputs the search box takes in
 * English. Any other English word in the Japanese pane is a string left untranslated: the string
 * tables' test and the pane's browser test check against this one list.
 */
export const LATIN_IN_JAPANESE: ReadonlySet<string> = new Set([
  // Products, functions and codes.
  "IIJ",
  "Excel",
  // The functions' names, the same in every language.
  "REVENUE",
  "COST",
  "GROSSPROFIT",
  "OPERATINGPROFIT",
  "VALUE",
  "KPI",
  "YOY",
  "PERIODS",
  "ITEMS",
  "TABLE",
  "SOURCE",
  "JPY",
  "Gbps",
  "Shift",
  "NAME",
  "Microsoft",
  "Web",
  // The twelve months to a period's end, as formulas take it: "LTM 1H23", "LTM0".
  "LTM",
  // Parameter names, which Excel shows as they are in every language: the functions' messages
  // start with the one they are about ("period: ...").
  "period",
  "periods",
  "line",
  "unit",
  "item",
  "metric",
  "segment",
  "statement",
  "result",
  // Starting the preview host outside Excel: `npm start`, /preview.html.
  "npm",
  "start",
  "preview",
  "html",
  // What the item search accepts as typed: analysts' English words and printed labels.
  "net",
  "income",
  "capex",
  "borrowings",
  "dividends",
]);

/** Words of three or more Latin letters in `text`, not parts of codes such as 1H23 or e5dcf380. */
export function latinWords(text: string): string[] {
  return text.match(/(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])/g) ?? [];
}

/**
 * `text` without what it quotes: Japanese text quotes what the reports print (a line's label, a
 * report's title) in 「」 or “”, in English as printed.
 */
export function unquoted(text: string): string {
  return text.replace(/「[^」]*」|“[^”]*”/g, "");
}
