/**
 * Japanese captions of IIJ's statements, service lines, segments and operating figures, each an
 * alias of the English name the add-in already accepts. names.ts reads a caption as its English
 * name before comparing, so an alias resolves exactly where its English name does: it can never
 * name a second figure (test/data/japanese.test.ts checks every entry in every function).
 *
 * The reports in data/reports are IIJ's English translations of its Japanese 四半期報告書; the
 * captions below are the Japanese side. Where each comes from, and how sure it is, is said per group.
 * An English name here is one the add-in accepts as it stands, never one with a statement prefix
 * ("Cash flows: ..."): like its English name, a caption printed in two statements (非支配持分, as
 * "Non-controlling interests") means the first that prints it.
 */
import { hasNonAscii, narrow } from "./width";

/** [Japanese caption, English name]. */
type Alias = readonly [string, string];

// Each table below is one alias a line: "Japanese caption = English name".

/**
 * IIJ's own Japanese captions, verified: the condensed quarterly statements of profit or loss and
 * of comprehensive income in the XBRL of IIJ's 2024年3月期 第1四半期 決算短信 (IFRS), as rendered
 * at https://disclosure.tokyo/stock/financial_info_detail/37740/202306 (securities code 3774).
 */
const IIJ_STATEMENT_CAPTIONS = `
売上収益 = Total revenues
売上収益合計 = Total revenues
ネットワークサービス売上高 = Network services
システムインテグレーション売上高 = Systems integration
ATM運営事業売上高 = ATM operation business
売上原価 = Total cost of sales
売上原価合計 = Total cost of sales
ネットワークサービス売上原価 = Cost of network services
システムインテグレーション売上原価 = Cost of systems integration
ATM運営事業売上原価 = Cost of ATM operation business
売上総利益 = Gross profit
販売費及び一般管理費 = Selling, general and administrative expenses
その他の収益 = Other operating income
その他の費用 = Other operating expenses
営業利益 = Operating profit
金融収益 = Finance income
金融費用 = Finance expenses
持分法による投資損益 = Share of profit (loss) of investments accounted for using equity method
税引前四半期利益 = Profit (loss) before tax
法人所得税費用 = Income tax expense
四半期利益 = Profit (loss) for the period
その他の包括利益合計(税引後) = Total other comprehensive income, net of tax
その他の包括利益合計 = Total other comprehensive income, net of tax
四半期包括利益 = Comprehensive income
`;

/** IIJ's three service lines by their own names, as the captions above use them before 売上高. */
const IIJ_SERVICE_LINES = `
ネットワークサービス = Network services
システムインテグレーション = Systems integration
ATM運営事業 = ATM operation business
`;

/**
 * The standard Japanese terms of IFRS statements (指定国際会計基準) as IFRS filers print them,
 * matched to IIJ's English lines; NOT verified against IIJ's own Japanese print, which may word a
 * few of them differently (営業債権 could be 営業債権及びその他の債権, for instance). The profit
 * lines below are the ones IIJ's statement prints under 四半期利益の帰属 and 1株当たり四半期利益.
 */
const IFRS_PROFIT_LINES = `
税引前利益 = Profit (loss) before tax
親会社の所有者に帰属する四半期利益 = Profit attributable to owners of the parent
非支配持分に帰属する四半期利益 = Profit attributable to non-controlling interests
基本的1株当たり四半期利益 = Basic earnings per share
希薄化後1株当たり四半期利益 = Diluted earnings per share
親会社の所有者に帰属する四半期包括利益 = Comprehensive income attributable to owners of the parent
`;

/**
 * Standard IFRS terms, as above, for the statement of financial position. The statement prints
 * 借入金 twice, as the English does "Borrowings"; the qualifier (流動)/(非流動) is the add-in's own.
 */
const IFRS_FINANCIAL_POSITION = `
現金及び現金同等物 = Cash and cash equivalents
営業債権 = Trade receivables
棚卸資産 = Inventories
流動資産合計 = Total current assets
有形固定資産 = Tangible assets
使用権資産 = Right-of-use assets
のれん = Goodwill
無形資産 = Intangible assets
持分法で会計処理されている投資 = Investments accounted for using equity method
その他の投資 = Other investments
繰延税金資産 = Deferred tax assets
非流動資産合計 = Total non-current assets
資産合計 = Total assets
営業債務及びその他の債務 = Trade and other payables
借入金(流動) = Borrowings (current)
借入金(非流動) = Borrowings (non-current)
未払法人所得税 = Income taxes payable
流動負債合計 = Total current liabilities
退職給付に係る負債 = Retirement benefit liabilities
引当金 = Provisions
繰延税金負債 = Deferred tax liabilities
非流動負債合計 = Total non-current liabilities
負債合計 = Total liabilities
資本金 = Share capital
資本剰余金 = Share premium
利益剰余金 = Retained earnings
その他の資本の構成要素 = Other components of equity
自己株式 = Treasury shares
親会社の所有者に帰属する持分合計 = Total equity attributable to owners of the parent
非支配持分 = Non-controlling interests
資本合計 = Total equity
負債及び資本合計 = Total liabilities and equity
親会社所有者帰属持分比率 = Ratio of owners' equity to gross assets
`;

/** Standard IFRS terms, as above, for the statement of cash flows. */
const IFRS_CASH_FLOWS = `
減価償却費及び償却費 = Depreciation and amortization
法人所得税の支払額 = Income taxes paid
営業活動によるキャッシュ・フロー = Cash flows from operating activities
有形固定資産の取得による支出 = Purchases of tangible assets
無形資産の取得による支出 = Purchases of intangible assets
投資活動によるキャッシュ・フロー = Cash flows from investing activities
配当金の支払額 = Dividends paid
財務活動によるキャッシュ・フロー = Cash flows from financing activities
現金及び現金同等物の期末残高 = Cash and cash equivalents, end of the period
`;

/**
 * The statements (IIJ.ITEMS, IIJ.TABLE; 要約四半期連結 and the like are read off, see key), the
 * segment note's columns and the operating figures, in the standard terms of Japanese filings.
 */
const STATEMENTS_SEGMENT_NOTE_AND_KPIS = `
損益計算書 = Profit or loss
包括利益計算書 = Comprehensive income
財政状態計算書 = Financial position
キャッシュ・フロー計算書 = Cash flows
セグメント情報 = Segments
主要な経営指標等 = Selected data
調整額 = Adjustments
合計 = Total
連結 = Consolidated
受注高 = Orders received
受注残高 = Order backlog
従業員数 = Employees
`;

/**
 * IIJ's segment and service-line names as its Japanese results and IR material word them.
 * Less sure than the groups above: the segment name is IIJ's Japanese segment note as remembered,
 * not seen here; the service lines follow IIJ's Japanese results (法人向け/個人向け接続サービス,
 * アウトソーシングサービス, システム構築, システム運用保守, as quoted from IIJ's results in
 * https://news.mynavi.jp/techplus/article/20090811-a026/) and its product names.
 */
const IIJ_SEGMENTS_AND_SERVICES = `
ネットワークサービス及びシステムインテグレーション事業 = Network service and systems integration business
インターネット接続サービス(法人向け) = Internet connectivity services (enterprise)
法人向け接続サービス = Internet connectivity services (enterprise)
インターネット接続サービス(個人向け) = Internet connectivity services (consumer)
個人向け接続サービス = Internet connectivity services (consumer)
WANサービス = WAN services
アウトソーシングサービス = Outsourcing services
システム構築 = Systems construction and equipment sales
システム運用保守 = Systems operation and maintenance
IPサービス = IP services
IIJモバイルサービス = IIJ Mobile services
法人向けモバイルサービス = Enterprise mobile services
IIJmioモバイルサービス = IIJmio Mobile services
`;

/**
 * Standard IFRS terms, as above (NOT verified against IIJ's own Japanese print), for the rows of
 * the statement of changes in equity (要約四半期連結持分変動計算書) and note 7's lease obligations.
 * Its lines are "<component>: <movement>"; a caption "利益剰余金：配当金" reads as both halves'
 * English names (see fromJapaneseName), the components being the financial-position captions above.
 * The profit and comprehensive income rows are left out: their captions already name the lines of
 * the statements of profit or loss and of comprehensive income.
 */
const IFRS_CHANGES_IN_EQUITY_AND_LEASES = `
持分変動計算書 = Changes in equity
親会社の所有者に帰属する持分 = Equity attributable to owners of the parent
自己株式の取得 = Purchase of treasury shares
配当金 = Dividends paid
リース負債 = Lease obligations
`;

/**
 * The movements of the statement of changes in equity that name a line only with a component
 * before them ("利益剰余金：期末残高"), in the same standard terms: read as halves, never alone.
 */
const IFRS_EQUITY_MOVEMENTS = `
期首残高 = Balance at the beginning of the period
期末残高 = Balance at the end of the period
新株の発行 = Issuance of common stock
自己株式の処分 = Disposal of treasury shares
自己株式の消却 = Cancellation of treasury shares
株式報酬取引 = Stock-based compensation
その他の資本の構成要素から利益剰余金への振替 = Transfer from other components of equity to retained earnings
所有者との取引額合計 = Total transactions with owners
`;

/** Every alias, for the tests and the help page. */
export const JAPANESE_NAMES: readonly Alias[] = [
  IIJ_STATEMENT_CAPTIONS,
  IIJ_SERVICE_LINES,
  IFRS_PROFIT_LINES,
  IFRS_FINANCIAL_POSITION,
  IFRS_CASH_FLOWS,
  STATEMENTS_SEGMENT_NOTE_AND_KPIS,
  IIJ_SEGMENTS_AND_SERVICES,
  IFRS_CHANGES_IN_EQUITY_AND_LEASES,
].flatMap(aliasesOf);

/** Captions that name a line only as the movement half of "<component>: <movement>". */
export const JAPANESE_MOVEMENTS: readonly Alias[] = aliasesOf(IFRS_EQUITY_MOVEMENTS);

function aliasesOf(table: string): Alias[] {
  return table
    .trim()
    .split("\n")
    .map((line): Alias => {
      const [ja, en] = line.split(" = ");
      return [ja, en];
    });
}

/**
 * The form captions are compared in: full-width narrowed, no spaces or middle dots, and the
 * wording that differs between filings ironed out, as names.ts does for English. The same line is
 * 四半期利益 in a quarterly report, 中間利益 in a half-year one and 当期利益 in an annual one; a
 * statement is 要約四半期連結損益計算書 in a quarterly report and 連結損益計算書 in an annual one.
 */
function key(caption: string): string {
  return narrow(caption)
    .toLowerCase()
    .replace(/[\s・]/g, "")
    .replace(/(?:中間|当期)(?=(?:包括)?利益)/g, "四半期")
    .replace(/^(?:要約)?(?:四半期|中間)?連結(?=.+計算書$)/, "");
}

let byKey: Map<string, string> | undefined;
let halfByKey: Map<string, string> | undefined;

/**
 * The English name a Japanese caption stands for; any other text as it was, full-width characters
 * narrowed ("Ｔｏｔａｌ ａｓｓｅｔｓ" -> "Total assets"). ASCII text returns at once.
 */
export function fromJapaneseName(name: string): string {
  if (!hasNonAscii(name)) return name;
  byKey ??= new Map(JAPANESE_NAMES.map(([ja, en]) => [key(ja), en]));
  const whole = byKey.get(key(name));
  if (whole !== undefined) return whole;
  // "利益剰余金：配当金": a line named "<component>: <movement>", each half a caption of its own.
  halfByKey ??= new Map([
    ...byKey,
    ...JAPANESE_MOVEMENTS.map(([ja, en]) => [key(ja), en] as const),
  ]);
  const halves = narrow(name).split(/\s*:\s*/);
  if (halves.length === 2 && halves.every((half) => halfByKey!.has(key(half))))
    return halves.map((half) => halfByKey!.get(key(half))).join(": ");
  return narrow(name);
}
