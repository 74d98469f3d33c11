/**
 * The functions' error messages in English, keyed by id: what Excel shows on hover over a #VALUE!
 * or #N/A (and `npx iij eval` prints). `{name}` is a parameter the code fills in; `{@id}` is
 * another message of the same language (the accepted periods and units end many messages). A
 * quoted `{value}` comes quoted from the code ("1H2E" in quotes, a number bare). ja.ts has the same
 * ids with the same parameters (test/data/messages.test.ts).
 */
export const MESSAGES_EN = {
  // What is accepted, ending the messages about a bad period or unit.
  periods:
    "expected a period such as 1H23, 2Q23, 9M23, FY23 (also 1H FY2023, H1 FY23, FY23 Q2, FY3/24), LTM 1H23, a date (2023-09-30, Sep-23) or relative H0, FY-1, Q-2, LTM0",
  units:
    '"JPY", "JPY k", "JPY mn", "JPY bn", "mn", "bn", "yen", "thousands", "millions", "billions", or 1, 1000, 1000000, 1000000000; "adjusted" for per-share figures and share counts on the latest share basis',

  // An argument as Excel passed it (src/functions/arguments.ts).
  "arg.range": "expects a single value, not a range",
  "arg.object": "an error or object",
  "arg.empty": "is empty",
  "arg.noPeriod": "is empty; {@periods}",
  "arg.notPeriod": "{value} is not a period; {@periods}",
  "arg.notName": "{value} is not a name; give text",
  "arg.notUnit": "{value} is not a unit; accepted: {@units}",
  "arg.noPeriods": 'is empty; give a range of periods or text such as "1H22,1H23"',
  "arg.tooManyPeriods": "{count} periods is more than a table takes (200)",
  "arg.tooLarge": "is too large for Excel",
  unexpected: "IIJ add-in: unexpected problem: {detail}",

  // A period as typed (src/data/period.ts, japanese/periods.ts).
  "period.notPeriod": "{value} is not a period; {@periods}",
  "period.empty": "{value} is empty; {@periods}",
  "period.notDate": "{value} is not a calendar date; {@periods}",
  "period.beforeExcel":
    "{value} is before 1 March 1900, the first date Excel's date serials show; {@periods}",
  "period.serial": "{value} is not a date serial Excel uses after 1 March 1900; {@periods}",
  "period.relative": "{value} is relative; the dataset needs a fixed period; {@periods}",
  "period.japanese": "{value} is not a period; Japanese forms accepted: {forms}",
  "period.march": "{value}: IIJ's fiscal year ends in March (2024年3月期 = FY2023)",
  "period.ambiguousDate":
    "{value} reads as a date both ways round (month/day and day/month); write it as 2023-09-30 or 30-Sep-23",
  "period.eitherYear":
    '{value} could mean {code} (IIJ\'s fiscal year from April {start}, as "{code}" always does here) or the year to March {start} ({previous}); write "{code}" or "{ended}"',
  "period.ltmEnd":
    "{value}: LTM is the twelve months to the end of a quarter or half; give one, such as LTM 1H23, LTM2Q23, LTM Sep-23 or LTM0",

  // A unit as typed (src/data/unit.ts, japanese/units.ts).
  "unit.unknown": "{value} is not known; accepted: {@units}",
  "unit.nan": "{value} is not a number; accepted: {@units}",
  "unit.negative":
    "{value} is negative: a scale is yen per unit, and has no sign; accepted: {@units}",
  "unit.zero": "{value} is zero: a scale is yen per unit; accepted: {@units}",
  "unit.scale": "{value} is not a power of 1000 from 1 to 1000000000; accepted: {@units}",
  "unit.japanese":
    '{value} is not known; Japanese units accepted: {list} (億円 is 10^8 yen), or the English ones such as "JPY mn"',
  "unit.unscaled":
    '{name} is in {unit}; per-share figures, ratios, counts and Gbps are never scaled, so leave unit empty (or "adjusted" for a per-share figure or share count on the latest share basis)',
  "unit.adjustedOnly":
    '"adjusted" restates per-share figures and share counts for stock splits; {name} is neither, so leave unit empty or give a money unit such as "JPY mn"',

  // A name (src/data/query.ts, catalogue.ts).
  "name.unknown": "{value} is not known; did you mean {closest}? Accepted: {names}",
  "item.empty": 'is empty; give an item name such as "Total revenues" (IIJ.ITEMS() lists all)',
  "name.unknownNoClose": "{value} is not known; accepted: {names}",
  "item.unknown": "{value} is not an item we know; closest: {names} (IIJ.ITEMS() lists all)",
  "item.unknownNoClose":
    "{value} is not an item we know, nor a name analysts use for one (IIJ.ITEMS() lists all)",
  "item.ambiguous": "{value} is printed more than once; say which: {names}",
  "item.combine": "{value} is not printed as one line; combine the printed lines {lines}: {how}",
  "metric.empty": "is empty; give one of {names}, ...",
  "statement.unknown": "{value} is not a statement; accepted: {names}",

  // A figure the reports do not give (src/data/query.ts, derivation.ts).
  "figure.none": "No figure for {name} in {period}; periods that have one: {periods}",
  "figure.noneBecause": "No figure for {name} in {period}: {why}; periods that have one: {periods}",
  "figure.noPeriod": "no period",
  "figure.noClosing":
    "its closing balance is the balance on {date}, which no filing in the dataset prints",
  "figure.noOpening":
    "it opens with {period}'s closing balance ({date}), which no filing in the dataset prints",
  "figure.noRelative": "No {unit} period has a figure for {name}; periods that do: {periods}",
  "figure.noRelativeAny": "No {unit} period has a figure in the dataset",
  "figure.ltmFlowOnly":
    '{name} is a balance: LTM sums twelve months of a flow; give a date or a period such as "1H23" for the balance at its end',
  "figure.ltmMoneyOnly":
    "it is in {unit}, and LTM is derived for money flows only (per-share figures and counts do not add up across periods)",
  "figure.atDate":
    '{name} is reported for periods, not at a date: give a period such as "1H23" or "FY22"',
  "figure.zeroBase": "{name} was 0 in {period}: no growth rate",
  "share.gap":
    "{name}, {period}, cannot be put on the share basis of {basis}: share counts imply a split between {from} and {to} that no filing in the dataset prints",
} as const;

export type MessageId = keyof typeof MESSAGES_EN;
