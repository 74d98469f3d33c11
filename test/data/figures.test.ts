/**
 * Figures typed by hand from the two filings (data/reports/*.txt), one or more from every
 * statement and note of each, compared with what the dataset answers in the unit printed.
 */
import { strict as assert } from "node:assert";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";

const query = new Query(loadDataset());

type Sample = [
  item: string,
  period: string,
  unit: string | undefined,
  expected: number,
  where: string,
];

const FY2023: Sample[] = [
  ["Profit or loss: Network services", "1H23", "JPY mn", 73981, "line 676"],
  ["Profit or loss: Network services", "1H22", "JPY mn", 67707, "line 676"],
  ["Total cost of sales", "1H23", "JPY mn", -99009, "line 684"],
  ["Operating profit", "1H23", "JPY mn", 12080, "line 689"],
  ["Income tax expense", "1H22", "JPY mn", -4118, "line 694"],
  ["Basic earnings per share", "1H23", undefined, 46.78, "line 701"],
  ["Total revenues", "2Q23", "JPY mn", 66778, "line 714"],
  ["Finance income", "2Q23", "JPY mn", 271, "line 725, printed 'Pinance income'"],
  ["Diluted earnings per share", "2Q22", undefined, 23.39, "line 737"],
  ["Exchange differences on translation of foreign operations", "1H22", "JPY mn", 1011, "line 753"],
  ["Comprehensive income", "1H23", "JPY mn", 11132, "line 758"],
  ["Total other comprehensive income, net of tax", "2Q22", "JPY mn", 569, "line 776"],
  ["Borrowings (current)", "2023-09-30", "JPY mn", 29581, "line 642"],
  ["Borrowings (non-current)", "2023-03-31", "JPY mn", 3602, "line 650"],
  ["Total assets", "2023-09-30", "JPY mn", 259108, "line 634"],
  ["Treasury shares", "2023-09-30", "JPY mn", -12027, "line 665"],
  ["Purchase of treasury shares", "1H23", "JPY mn", -11405, "line 869"],
  ["Depreciation and amortization", "1H22", "JPY mn", 14145, "line 827"],
  ["Other (investing)", "1H23", "JPY mn", 27, "line 864"],
  ["Cash and cash equivalents, end of the period", "1H23", "JPY mn", 42587, "line 878"],
  ["Selected data: Revenues", "FY22", "JPY mn", 252708, "line 101"],
  ["Selected data: Total assets", "2022-09-30", "JPY mn", 235271, "line 108"],
  ["Ratio of owners' equity to gross assets", "1H23", undefined, 44.5, "line 111"],
  ["Network & SI: operating profit", "1H22", "JPY mn", 10725, "line 948"],
  ["Network & SI: intersegment revenue", "1H22", "JPY mn", 55, "line 946"],
  [
    "Revenue by service: Systems construction and equipment sales",
    "1H23",
    "JPY mn",
    17987,
    "line 1092",
  ],
  ["Revenue by service: Outsourcing services", "1H22", "JPY mn", 22469, "line 1089"],
  [
    "Revenue by service: Internet connectivity services (enterprise)",
    "2Q23",
    "JPY mn",
    11194,
    "line 1103",
  ],
  ["Revenue by service: WAN services", "2Q22", "JPY mn", 6841, "line 1104"],
  ["Network breakdown: IP services", "1H23", "JPY mn", 7893, "line 226"],
  ["Network breakdown: MVNE", "1H22", "JPY mn", 4835, "line 229"],
  ["Network breakdown: IIJmio Mobile services", "1H23", "JPY mn", 10607, "line 232"],
];

const FY2019: Sample[] = [
  ["Profit or loss: Network services", "1H19", "JPY k", 61203901, "line 646"],
  [
    "Profit or loss: Systems integration",
    "1H18",
    "JPY k",
    30994454,
    "line 647, printed 'System integration'",
  ],
  ["Total revenues", "1H19", "JPY k", 99219535, "line 649"],
  ["Cost of network services", "1H18", "JPY k", -48500372, "line 651"],
  ["Operating profit", "1H19", "JPY k", 3351950, "line 659"],
  ["Profit (loss) for the period", "1H18", "JPY k", 2181048, "line 665, printed 'for the year'"],
  ["Basic earnings per share", "1H19", undefined, 38.96, "line 671"],
  ["Total revenues", "2Q19", "JPY k", 49390691, "line 682"],
  [
    "Share of profit (loss) of investments accounted for using equity method",
    "2Q19",
    "JPY k",
    -245328,
    "line 695",
  ],
  ["Diluted earnings per share", "2Q18", undefined, 26.99, "line 705"],
  ["Comprehensive income", "1H18", "JPY k", 2389514, "line 722"],
  [
    "Exchange differences on translation of foreign operations",
    "2Q19",
    "JPY k",
    -20231,
    "line 739",
  ],
  ["Right-of-use assets", "2019-09-30", "JPY k", 49768939, "line 598"],
  ["Borrowings (current)", "2019-03-31", "JPY k", 12750000, "line 616"],
  ["Borrowings (non-current)", "2019-09-30", "JPY k", 13085000, "line 623"],
  ["Total assets", "2019-03-31", "JPY k", 167289196, "line 608"],
  ["Treasury shares", "2019-09-30", "JPY k", -1896788, "line 637, printed '(1,896,788'"],
  ["Purchases of tangible assets", "1H19", "JPY k", -4788074, "line 795"],
  [
    "Proceeds from collection of leasehold deposits and guarantee deposits",
    "1H18",
    "JPY k",
    42113,
    "line 803, merged row",
  ],
  ["Payments for refundable insurance policies", "1H19", "JPY k", -28170, "line 803, merged row"],
  ["Cash flows from financing activities", "1H18", "JPY k", -3901866, "line 813"],
  [
    "Cash and cash equivalents, end of the period",
    "1H19",
    "JPY k",
    34036458,
    "line 817, mislabelled",
  ],
  ["Depreciation and amortization", "1H19", "JPY k", 14299860, "line 788, squashed"],
  ["Selected data: Revenues", "FY18", "JPY k", 192430185, "line 62"],
  ["Selected data: Operating profit", "FY18", "JPY k", 6022987, "line 63"],
  ["Selected data: Total assets", "2018-09-30", "JPY k", 162536262, "line 69"],
  ["Ratio of owners' equity to gross assets", "1H19", undefined, 38.7, "line 72"],
  ["Network & SI: operating profit", "1H18", "JPY k", 2592434, "line 925"],
  ["Adjustments: operating profit", "1H19", "JPY k", -73756, "line 944"],
  ["Network & SI: intersegment revenue", "2Q19", "JPY k", 72191, "line 980"],
  [
    "Revenue by service: Internet connectivity services (enterprise)",
    "1H19",
    "JPY k",
    18074951,
    "line 1067",
  ],
  ["Revenue by service: Systems operation and maintenance", "2Q18", "JPY k", 10031393, "line 1085"],
  ["Network breakdown: IIJmio Mobile services", "1H19", "JPY mn", 11710, "line 220"],
  ["Network breakdown: IP services", "1H18", "JPY mn", 5212, "line 215"],
];

const KPIS: [metric: string, period: string, expected: number, where: string][] = [
  ["Total contracted bandwidth", "2023-09-30", 9429.3, "2023 line 250"],
  ["IIJ Mobile services", "2022-09-30", 2532815, "2023 line 243"],
  ["IP service (1Gbps or more)", "2023-09-30", 1368, "2023 line 241"],
  ["Orders received: Total", "1H23", 72128, "2023 line 395"],
  ["Order backlog: Total", "2023-09-30", 102135, "2023 line 395"],
  ["Order backlog: Total", "2022-09-30", 80937, "2023 line 270, prose"],
  ["Employees (consolidated)", "2023-09-30", 4750, "2023 line 364"],
  ["Employees (non-consolidated)", "2023-09-30", 2666, "2023 line 373"],
  ["Total contracted bandwidth", "2018-09-30", 3548.0, "2019 line 237"],
  ["IIJmio Mobile services", "2019-09-30", 1075758, "2019 line 235"],
  ["Employees (consolidated)", "2019-09-30", 3562, "2019 line 340"],
];

describe("figures typed from the filings", () => {
  for (const [label, samples] of [
    ["2Q FY2023 report", FY2023],
    ["2Q FY2019 report", FY2019],
  ] as const) {
    describe(label, () => {
      for (const [item, period, unit, expected, where] of samples) {
        it(`${item}, ${period} = ${expected} (${where})`, () => {
          assert.equal(query.value(item, period, unit).value.toNumber(), expected);
        });
      }
    });
  }

  describe("operating figures", () => {
    for (const [metric, period, expected, where] of KPIS) {
      it(`${metric}, ${period} = ${expected} (${where})`, () => {
        assert.equal(query.kpi(metric, period).value.toNumber(), expected);
      });
    }
  });

  it("keeps each figure's unit and line as printed", () => {
    const figure = loadDataset().printed(
      { statement: "profit-or-loss", item: "Network services" },
      "1H19"
    );
    assert.equal(figure?.printed, "61,203,901");
    assert.equal(figure?.unit, "JPY k");
    assert.equal(figure?.line, 646);
    assert.equal(figure?.report, "iij-2q-fy2019");
  });

  it("keeps the adjusted 1H18 figures apart from the reported ones", () => {
    const reported = query
      .value("Profit or loss: Operating profit", "1H18", "JPY mn")
      .value.toNumber();
    const adjusted = query.value("Adjusted: Operating profit", "1H18", "JPY mn").value.toNumber();
    // Report text line 275: JPY3,285 million for 1H18 and JPY2,300 million as Adjusted.
    assert.equal(Math.round(reported), 3285);
    assert.equal(Math.round(adjusted), 2300);
  });
});
