/**
 * Every user-visible string of the task pane, in English, keyed by id. The table builder's
 * sentences (kinds, omission reasons, search messages) are here too; strings-ja.ts has the same
 * keys and placeholders (a test checks). What tables write on the sheet (titles, labels as the
 * filings print them, header notes, the source line: ../table/sheet-text.ts) is sheet content,
 * English in every language, and not a string of the pane.
 */
export const EN = {
  "app.title": "IIJ Figures",
  "app.subtitle": "Internet Initiative Japan, as reported",
  "app.outsideOffice":
    "IIJ Figures runs inside Excel: open it from Home > IIJ Figures. Without Excel, run `npm start` and open /preview.html.",

  "build.heading": "Build a table",
  "build.show": "What to show",
  "kind.revenue": "Revenue by line",
  "kind.cost": "Revenue, cost and gross profit",
  "kind.segments": "Segments: revenue and operating profit",
  "kind.pl": "Statement of profit or loss",
  "kind.oci": "Statement of comprehensive income",
  "kind.equity": "Statement of changes in equity",
  "kind.balance": "Statement of financial position",
  "kind.cashflow": "Statement of cash flows",
  "kind.kpi": "KPIs at a date (subscriptions, bandwidth, backlog, staff)",
  "kind.search": "Items found by search",

  "search.label": "Find items",
  "search.placeholder": "e.g. net income, capex",
  "search.results": "Matching items",
  "search.nothing":
    'Nothing matches "{text}". Try words as printed ("borrowings", "dividends") or analysts\' words ("net income", "capex").',
  "search.not-printed":
    "{word} is not printed in IIJ's reports; the closest printed figures are below.",
  "search.via": 'for "{word}"',
  "search.more": "{count} more: type more to narrow the list.",
  "search.none": "No item picked.",
  "search.picked": "Picked: {items}",

  "periods.legend": "Periods",
  "periods.legendDates": "Balance dates",
  "periods.periodicity": "Columns",
  "periodicity.as-picked": "As picked",
  "periodicity.quarters": "Quarters",
  "periodicity.halves": "Halves",
  "periodicity.years": "Years",
  "periodicity.ltm": "LTM",
  "periods.quick": "Quick picks",
  "periods.last2": "Last 2 years",
  "periods.all": "All",
  "periods.clear": "Clear",
  "periods.fiscalYear": "Fiscal year",
  "periods.yearTitle": "April {start} – March {end}",
  "periods.cell": "{code}, {span} of {year}",
  "periods.dateCell": "Balance at {date}",
  "periods.noFigures": "{code}: no figures",
  "periods.none": "No period picked: click a cell; shift-click picks a range.",
  "periods.nothing": "No periods to pick yet: pick an item above.",
  "periods.noneDates": "No date picked: click a date; shift-click picks a range.",
  "periods.summary": "{count} picked: {list}",
  "span.1Q": "first quarter",
  "span.2Q": "second quarter",
  "span.3Q": "third quarter",
  "span.4Q": "fourth quarter",
  "span.1H": "first half",
  "span.2H": "second half",
  "span.9M": "nine months",
  "span.FY": "full year",
  "span.LTM1Q": "twelve months to 30 June",
  "span.LTM2Q": "twelve months to 30 September",
  "span.LTM3Q": "twelve months to 31 December",
  "span.LTM4Q": "twelve months to 31 March",
  "dates.jun": "30 Jun",
  "dates.sep": "30 Sep",
  "dates.dec": "31 Dec",
  "dates.mar": "31 Mar",

  "options.unit": "Unit",
  "options.layout": "Periods run",
  "options.across": "Across",
  "options.down": "Down",
  "options.yoy": "YoY growth rows",
  "options.margin": "Margin rows",
  "options.rolling": "Roll forward with new filings",
  "options.rollingHint":
    "Rolling headers (H0, H-1, FY0…) move to the newest periods when a filing is added; the period each stands for is shown under it.",

  "preview.heading": "Preview of the values it will write",
  "preview.gridLabel": "Values the table will write",
  "preview.empty": "Pick periods to see a preview.",
  "preview.more": "{count} more rows in the sheet.",
  "preview.keepEmpty": "Keep them",
  "preview.keptEmpty": "Columns and YoY rows with no figures are kept.",
  "omitted.left-out": "Left out: {list}.",
  "omitted.kept": "Kept although entirely #N/A: {list}.",
  "omitted.columns": "{names} ({reason})",
  "omitted.yoy": "YoY of {names} ({reason})",
  "omitted.chart": "{names} from the chart ({reason})",
  "reason.share-bases":
    'per share before and after a stock split; IIJ.VALUE(item, period, "adjusted") gives one basis',
  "reason.chart-one-kind": "one kind of period per chart: the {kind}",
  "reason.only-total": "only the total is printed",
  "reason.only-totals": "only totals are printed",
  "reason.nothing-printed": "nothing is printed",
  "reason.no-year-earlier": "no year-earlier figure in the table",
  "omitted.rows": "lines {names} ({reason})",
  "reason.not-printed-then": "not printed for these periods",
  "reason.few-lines": "only {count} of {total} lines are printed",
  "error.no-sheet":
    'There is no sheet named "{sheet}" in this workbook; add it first or type another target.',

  "chart.line": "Chart of",
  "chart.kind.0": "balance dates",
  "chart.kind.3": "quarters",
  "chart.kind.6": "halves",
  "chart.kind.9": "nine-month periods",
  "chart.kind.12": "twelve-month periods",
  "chart.gap": "no {years} in the dataset",
  "chart.title": "{line} across {periods}",
  "chart.noFigures": "No figures for these periods",

  "insert.target": "Insert at",
  "insert.targetHint":
    "A cell, or a sheet and cell such as Sheet2!C5. The table's corner holds its unit.",
  "insert.button": "Insert table",
  "insert.chart": "Insert chart next to table",
  "insert.badTarget": '"{text}" is not a cell address; type one such as B3 or Sheet2!C5.',
  "error.no-periods": "Pick at least one period.",
  "error.no-dates": "Pick at least one balance date.",
  "error.no-items": "Pick at least one item.",
  "error.no-periods-kept":
    'None of the periods picked is a {periodicity}; pick one or choose "As picked".',
  "insert.done": "Inserted {title} at {address}: edit a period header and the figures follow.",
  "insert.cancelled": "Cancelled: nothing was written.",
  "insert.failed": "Could not insert: {error}",
  "insert.chartDone": "Chart inserted next to {address}.",
  "insert.chartDoneWithData":
    "Chart inserted next to {address}, plotting {data}: the table's cells in the chart's order, a blank column where fiscal years are missing.",
  "insert.chartFailed": "Could not insert the chart: {error}",
  "insert.formulaDone": "Inserted {formula} at {address}.",
  "prompt.title": "These cells are not empty",
  "prompt.text":
    "{address} already holds data. Overwrite it, insert below everything on the sheet (at {next}), or cancel?",
  "prompt.next": "Insert at {cell}",
  "prompt.overwrite": "Overwrite",
  "prompt.cancel": "Cancel",

  "card.heading": "Where a figure comes from",
  "card.hint":
    "Select a cell that holds an IIJ formula to see the report, statement and line its figure comes from.",
  "card.noFormula":
    "{cell} holds no IIJ formula. Select a cell that does to see where its figure comes from.",
  "card.readFailed": "Could not read the selection: {error}",
  "card.badgePrinted": "Printed figure",
  "card.badgeDerived": "Derived",
  "card.report": "Report",
  "card.reportFiled": "{report}, filed {date}",
  "card.where": "Statement or note",
  "card.line": "Line as printed",
  "card.lineText": "“{label}”, {period}",
  "card.lineAt": "“{label}”, {period} — report line {line}",
  "card.printed": "Printed",
  "card.printedValue": "{value} {unit}",
  "card.derived": "Derived",
  "card.derivedValue": "{formula} ({unit})",
  "card.derivation": "Derived: {text}",
  "card.formula": "Derived:",
  "card.full": "Full description",
  "card.split": "{ratio}-for-1 split effective {date}, report line {line}",
  "card.shareLatest": "Share basis: shares as of {basis}, the latest.",
  "card.shareFactor":
    'Share basis: shares as of {basis}. On the latest basis ({to}, unit "adjusted"): {factor}.',
  "card.shareRestated":
    "Share basis: printed {printed} on the shares of {basis}, restated to the shares of {to}: {factor}.",
  "card.shareGap":
    "Share basis: shares as of {basis}. Not comparable with the latest: share counts imply a split between {from} and {to} that no filing in the dataset prints.",
  "card.adjustedSame":
    "The filing also prints an adjusted {period} figure: {value} (report line {line}).",
  "card.adjustedYearEarlier":
    "The year-earlier {period} figure is also printed adjusted: {value} (report line {line}); the YoY here is on the reported one.",
  "card.yoyNote":
    "Change {change}% = (this period − a year earlier) / |a year earlier|, computed from the two figures below.",
  "card.expression":
    "the argument {text} is a calculation; the card reads plain values and cell references",
  "card.notAFigure":
    "{fn} lists periods, items or a whole table; select a cell with a single figure (REVENUE, VALUE, KPI, ...) to see its source.",
  "card.period":
    "{period} stands for {resolved}, counted from the latest period of its kind with a figure in the dataset; it moves on when a filing adds a newer one.",
  "card.periodOf":
    "{period} stands for {resolved} for {item}, counted from its latest period with a figure; it moves on when a filing adds a newer one.",

  "workbook.heading": "Workbook",
  "workbook.dataset": "Dataset {version}. Figures as of the report filed {date} ({count} reports).",
  "workbook.refresh": "Refresh all IIJ formulas",
  "workbook.keep": "Keep values (copy sheet)",
  "workbook.kept": "Copied to sheet “{name}” with values only; the original sheet is unchanged.",
  "workbook.keepFailed": "Could not copy the sheet: {error}",

  "dataset.filing": "{title} (filed {date})",
  "dataset.unrecorded":
    "This workbook does not record which IIJ Figures dataset it was calculated with. Refresh lists what dataset {to} would change before anything is recalculated.",
  "dataset.newerOne":
    "This workbook was calculated with dataset {from}. IIJ Figures now has {to}, with a newer filing: {filings}. Refresh lists what changes before anything is recalculated.",
  "dataset.newerMany":
    "This workbook was calculated with dataset {from}. IIJ Figures now has {to}, with {count} newer filings: {filings}. Refresh lists what changes before anything is recalculated.",
  "dataset.older":
    "This workbook was calculated with dataset {from}, newer than this add-in's {to}: refreshing would go back to older figures. Update IIJ Figures first.",
  "dataset.corrected":
    "This workbook was calculated with dataset {from}; IIJ Figures now has {to}, corrected since. Refresh lists what changes before anything is recalculated.",
  "dataset.review": "Review changes",

  "change.new": "{fn}: newly reported in {report}; the cell was {code}",
  "change.newUnsourced": "{fn}: newly reported; the cell was {code}",
  "change.gone": "{fn}: no longer answered: {code} {message}",
  "change.period": "{fn}: {asked} now means {now} (was {was})",
  "change.restated":
    "{fn}: {period} {line} restated in {report}: {now}, where the report filed {date} printed {was}",
  "change.computed": "{fn}: a figure it is computed from changed in the dataset",
  "change.follows": "follows {cell}, which changes",
  "change.savedName": "saved as #NAME?: calculated where IIJ Figures was not loaded",
  "change.notRecorded":
    "the saved value is not what dataset {version} gave either: saved without recalculating, or typed over",
  "change.notAny":
    "the saved value is not what any state of the dataset gives: saved without recalculating, or typed over",
  "changeKind.restated": "Restated",
  "changeKind.period": "Newer period",
  "changeKind.new": "Newly reported",
  "changeKind.follows": "Follows a change",
  "changeKind.gone": "No longer answered",
  "changeKind.recalculated": "Not the dataset's value",

  "refresh.reading": "Reading the workbook's IIJ formulas…",
  "refresh.readFailed": "Could not read the workbook: {error}",
  "refresh.heading": "What a refresh changes",
  "refresh.headingApplied": "What the refresh changed",
  "refresh.datasets": "Dataset {from} → {to}",
  "refresh.datasetsUnrecorded": "Dataset not recorded → {to}",
  "refresh.count": "{changed} of {cells} IIJ cells change",
  "refresh.countApplied": "{changed} of {cells} IIJ cells changed",
  "refresh.filter": "Show only these; again to show all",
  "refresh.nothing":
    "Nothing changes: all {cells} IIJ cells already show what dataset {version} gives. Apply records the dataset version in the workbook.",
  "refresh.noFormulas": "This workbook has no IIJ formulas. Apply records dataset {version} in it.",
  "refresh.excelOnly":
    "{count} more IIJ cells hold lists or other functions: Excel recalculates them on apply; the pane cannot say beforehand whether they change.",
  "refresh.olderWarning":
    "This add-in's dataset is older than the one the workbook records: applying goes back to older figures.",
  "refresh.listLabel": "Cells that change; select one to go to it",
  "refresh.sheet": "{sheet}: {count} cells",
  "refresh.excelWorksOut": "Excel works it out",
  "refresh.already": "Excel already shows the new value",
  "refresh.more": "{count} more cells: copy the list to a sheet to see them all.",
  "refresh.apply": "Apply refresh",
  "refresh.cancel": "Cancel",
  "refresh.close": "Close",
  "refresh.copy": "Copy list to a new sheet",
  "refresh.applied":
    "Recalculated at {time} with dataset {version}, which the workbook now records: save it to keep that.",
  "refresh.applyFailed": "Could not refresh: {error}",
  "refresh.cancelled": "Cancelled: nothing was recalculated.",
  "refresh.copied": "Copied the list to the new sheet “{name}”.",
  "refresh.copyFailed": "Could not copy the list: {error}",
  "refresh.selectFailed": "Could not go to {cell}: {error}",

  "audit.sheet": "IIJ refresh",
  "audit.title": 'IIJ Figures refresh, {when}: {datasets} (document property "{property}")',
  "audit.datasets": "dataset {from} -> {to}",
  "audit.datasetCurrent": "dataset {version}",
  "audit.datasetUnrecorded": "dataset not recorded -> {to}",
  "audit.count": "{changed} of {cells} IIJ.* cells change",
  "audit.applied": "Applied at {when}",
  "audit.notApplied": "Listed before refreshing; not applied",
  "audit.cell": "Cell",
  "audit.formula": "Formula",
  "audit.before": "Before",
  "audit.after": "After",
  "audit.why": "Why",
  "audit.excel": "(Excel recalculates)",
  "audit.already": "(Excel already showed the new value)",

  "settings.autoOpen": "Open IIJ Figures with this workbook",
  "settings.autoOpenHint":
    "Excel opens this pane for anyone who opens the workbook with IIJ Figures installed. Takes effect when the workbook is saved.",
  "settings.autoOpenUnsupported":
    "This Excel cannot open add-ins with a workbook (it needs Microsoft 365 or Excel on the web).",
  "settings.autoOpenOn": "On: save the workbook and IIJ Figures opens with it.",
  "settings.autoOpenOff": "Off: save the workbook and it opens without IIJ Figures.",
  "settings.autoOpenFailed": "Could not save “Open IIJ Figures with this workbook”: {error}",

  "functions.heading": "Functions",
  "functions.hint":
    "Select a function to insert its example at the target cell, formatted as the pane's tables are.",
  "functions.loading": "Loading…",
  "functions.loadFailed": "Could not load the function list: {error}",
  "functions.insert": "Insert",
  "functions.insertAria": "Insert {example} at the target cell",
  "functions.details": "What it gives, arguments",

  "status.noSelectionEvents": "Selection changes are not reported here: {error}",

  "unit.JPY": "JPY",
  "unit.JPY k": "JPY k",
  "unit.JPY mn": "JPY mn",
  "unit.JPY bn": "JPY bn",
  "unit.JPY 100mn": "JPY 100mn",
  "unit.yen": "yen",
  "unit.%": "%",
  "unit.count": "count",
  "unit.Gbps": "Gbps",

  "rule.flow-first-quarter":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (a flow's first quarter is its first half less its second quarter)",
  "rule.flow-second-half":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (a flow's second half is its fiscal year less its first half)",
  "rule.flow-third-quarter":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (a flow's third quarter is its nine months less its first half)",
  "rule.flow-fourth-quarter":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (a flow's fourth quarter is its fiscal year less its nine months)",
  "rule.flow-ltm":
    "{period} = {yearBefore} − {toDateBefore} + {toDate} = {value} {unit} (the twelve months to {date}: the fiscal year before, less its part to that date, plus this year's)",
  "rule.flow-ltm-year":
    "{period} = {year} = {value} {unit} (the twelve months to the fiscal year's end are the fiscal year)",
  "rule.closing-same-day":
    "{period} closes on {date}, as {other} does: {other}'s closing balance, {value} {unit} (a closing balance is the balance on the period's last day, never a difference)",
  "rule.closing-next-opening":
    "{period} closes on {date}, the day before {other} opens: {other}'s opening balance, {value} {unit} (a closing balance is the balance on the period's last day, never a difference)",
  "rule.opening-same-day":
    "{period} opens on {date}, as {other} does: {other}'s opening balance, {value} {unit} (an opening balance is the balance on the period's first day)",
  "rule.opening-previous-closing":
    "{period} opens with {other}'s closing balance, {value} {unit} (a period opens with the balance the period before it closes with)",
} as const;

export type StringKey = keyof typeof EN;
