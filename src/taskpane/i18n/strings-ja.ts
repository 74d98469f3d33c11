/**
 * Every user-visible string of the task pane in Japanese: the keys and placeholders of
 * strings-en.ts (test/taskpane/strings.test.ts checks both). Words as Japanese IR material and
 * research use them (売上収益, 財政状態計算書, 前年同期比); period codes (1H23, FY23), units as the
 * sheet writes them (JPY mn) and the reports' own line names stay as they are: they are what the
 * formulas and the sheet contain.
 */
import type { StringKey } from "./strings-en";

export const JA: Readonly<Record<StringKey, string>> = {
  "app.title": "IIJ 決算数値",
  "app.subtitle": "インターネットイニシアティブ (IIJ) の報告数値",
  "app.outsideOffice":
    "IIJ 決算数値は Excel の中で動きます。[ホーム] > [IIJ 決算数値] から開いてください。Excel がない場合は `npm start` を実行して /preview.html を開きます。",

  "build.heading": "表を作る",
  "build.show": "表の内容",
  "kind.revenue": "サービス区分別の売上収益",
  "kind.cost": "売上収益・売上原価・売上総利益",
  "kind.segments": "セグメント別の売上収益と営業利益",
  "kind.pl": "損益計算書",
  "kind.balance": "財政状態計算書",
  "kind.cashflow": "キャッシュ・フロー計算書",
  "kind.kpi": "期末時点の KPI (契約数、回線容量、受注残高、従業員数)",
  "kind.search": "検索した項目",

  "search.label": "項目を検索",
  "search.placeholder": "例: 純利益、設備投資、net income",
  "search.results": "該当する項目",
  "search.nothing":
    "「{text}」に該当する項目はありません。報告書の表記 (borrowings、dividends) やアナリストの用語 (net income、capex、純利益) で検索してください。",
  "search.not-printed":
    "{word} は IIJ の報告書に記載がありません。最も近い記載項目を下に示します。",
  "search.via": "(「{word}」として)",
  "search.more": "ほかに {count} 件: 語を足して絞り込んでください。",
  "search.none": "項目が選ばれていません。",
  "search.picked": "選択中: {items}",

  "periods.legend": "期間",
  "periods.legendDates": "残高の基準日",
  "periods.periodicity": "列の単位",
  "periodicity.as-picked": "選んだとおり",
  "periodicity.quarters": "四半期",
  "periodicity.halves": "半期",
  "periodicity.years": "通期",
  "periods.quick": "まとめて選ぶ",
  "periods.last2": "直近2年",
  "periods.all": "すべて",
  "periods.clear": "解除",
  "periods.fiscalYear": "年度",
  "periods.yearTitle": "{end}年3月期 ({start}年度)",
  "periods.cell": "{code}: {year} の{span}",
  "periods.dateCell": "{date} 時点の残高",
  "periods.noFigures": "{code}: 数値なし",
  "periods.none":
    "期間が選ばれていません。セルをクリックしてください (Shift + クリックで範囲選択)。",
  "periods.nothing": "選べる期間がまだありません。上で項目を選んでください。",
  "periods.noneDates":
    "基準日が選ばれていません。日付をクリックしてください (Shift + クリックで範囲選択)。",
  "periods.summary": "{count} 件を選択: {list}",
  "span.1Q": "第1四半期",
  "span.2Q": "第2四半期",
  "span.3Q": "第3四半期",
  "span.4Q": "第4四半期",
  "span.1H": "上期",
  "span.2H": "下期",
  "span.FY": "通期",
  "dates.jun": "6月末",
  "dates.sep": "9月末",
  "dates.dec": "12月末",
  "dates.mar": "3月末",

  "options.unit": "単位",
  "options.layout": "期間の並び",
  "options.across": "横に並べる",
  "options.down": "縦に並べる",
  "options.yoy": "前年同期比の行",
  "options.margin": "利益率の行",
  "options.rolling": "新しい報告書に合わせて期間を進める",
  "options.rollingHint":
    "相対指定の見出し (H0、H-1、FY0…) は報告書が追加されると最新の期間に進みます。各見出しの下に、いま指している期間を表示します。",

  "preview.heading": "書き込まれる値のプレビュー",
  "preview.gridLabel": "表に書き込まれる値",
  "preview.empty": "期間を選ぶとプレビューが表示されます。",
  "preview.more": "シートにはほかに {count} 行あります。",
  "preview.keepEmpty": "省かずに残す",
  "preview.keptEmpty": "数値のない列と前年同期比の行も残しています。",
  "omitted.left-out": "省いた列・行: {list}。",
  "omitted.kept": "すべて #N/A ですが残しています: {list}。",
  "omitted.columns": "{names} ({reason})",
  "omitted.yoy": "{names} の前年同期比 ({reason})",
  "reason.only-total": "合計のみ記載",
  "reason.only-totals": "合計のみ記載",
  "reason.nothing-printed": "記載なし",
  "reason.no-year-earlier": "表に前年同期の数値がない",
  "omitted.rows": "{names} の行 ({reason})",
  "reason.not-printed-then": "これらの期間は記載なし",
  "reason.few-lines": "{total} 行のうち記載は {count} 行のみ",
  "error.no-sheet":
    "このブックに「{sheet}」という名前のシートはありません。先にシートを追加するか、別の挿入先を入力してください。",

  "chart.line": "グラフにする行",
  "chart.title": "{line} ({periods})",
  "chart.noFigures": "これらの期間の数値はありません",

  "insert.target": "挿入先",
  "insert.targetHint":
    "セル (C5 など)、またはシート名とセル (Sheet2!C5 など)。表の左上のセルに単位 (JPY mn など) が入ります。",
  "insert.button": "表を挿入",
  "insert.chart": "表の横にグラフを挿入",
  "insert.badTarget":
    "「{text}」はセルのアドレスではありません。B3 や Sheet2!C5 のように入力してください。",
  "error.no-periods": "期間を1つ以上選んでください。",
  "error.no-dates": "基準日を1つ以上選んでください。",
  "error.no-items": "項目を1つ以上選んでください。",
  "error.no-periods-kept":
    "選んだ期間に「{periodicity}」に当たるものがありません。該当する期間を選ぶか、「選んだとおり」にしてください。",
  "insert.done": "{title}を {address} に挿入しました。見出しの期間を書き換えると数値も追従します。",
  "insert.cancelled": "キャンセルしました。何も書き込んでいません。",
  "insert.failed": "挿入できませんでした: {error}",
  "insert.chartDone": "{address} の横にグラフを挿入しました。",
  "insert.chartFailed": "グラフを挿入できませんでした: {error}",
  "insert.formulaDone": "{address} に {formula} を挿入しました。",
  "prompt.title": "空でないセルがあります",
  "prompt.text":
    "{address} にはすでにデータがあります。上書きしますか、シートのデータの下 ({next}) に挿入しますか、それともキャンセルしますか。",
  "prompt.next": "{cell} に挿入",
  "prompt.overwrite": "上書き",
  "prompt.cancel": "キャンセル",

  "card.heading": "数値の出典",
  "card.hint": "IIJ 関数の入ったセルを選ぶと、その数値の報告書、計算書、行が表示されます。",
  "card.noFormula":
    "{cell} には IIJ 関数がありません。IIJ 関数の入ったセルを選ぶと出典が表示されます。",
  "card.readFailed": "選択範囲を読み取れませんでした: {error}",
  "card.badgePrinted": "報告書の記載値",
  "card.badgeDerived": "算出値",
  "card.report": "報告書",
  "card.reportFiled": "{report} (英訳版、{date} 提出)",
  "card.where": "計算書・注記",
  "card.line": "記載の行",
  "card.lineText": "“{label}”、{period}",
  "card.lineAt": "“{label}”、{period} — 報告書の {line} 行目",
  "card.printed": "記載値",
  "card.printedValue": "{value} {unit}",
  "card.derived": "算出",
  "card.derivedValue": "{formula} ({unit})",
  "card.derivation": "算出方法: {text}",
  "card.formula": "算出式:",
  "card.full": "IIJ.SOURCE の説明 (英語)",
  "card.yoyNote":
    "変化率 {change}% = (当期 − 前年同期) / |前年同期|。下の2つの数値から計算しています。",
  "card.expression": "引数 {text} は計算式です。出典を表示できるのは、値とセル参照の引数だけです",
  "card.notAFigure":
    "{fn} は期間、項目または表全体を返します。出典を見るには、数値 1 つを返す関数 (REVENUE、VALUE、KPI など) のセルを選んでください。",

  "workbook.heading": "ブック",
  "workbook.dataset": "データセット {version}。{date} 提出の報告書までの数値 (報告書 {count} 件)。",
  "workbook.refresh": "IIJ 関数をすべて再計算",
  "workbook.keep": "値だけを残す (シートをコピー)",
  "workbook.refreshed": "{time} にデータセット {version} で再計算しました。",
  "workbook.refreshFailed": "再計算できませんでした: {error}",
  "workbook.kept": "値だけをシート「{name}」にコピーしました。元のシートはそのままです。",
  "workbook.keepFailed": "シートをコピーできませんでした: {error}",

  "functions.heading": "関数",
  "functions.hint": "関数を選ぶと、その例が挿入先のセルに、表と同じ表示形式で挿入されます。",
  "functions.loading": "読み込み中…",
  "functions.loadFailed": "関数の一覧を読み込めませんでした: {error}",
  "functions.insert": "挿入",
  "functions.insertAria": "{example} を挿入先のセルに挿入",
  "functions.details": "返す値と引数",

  "status.noSelectionEvents": "選択の変更をここでは受け取れません: {error}",

  "unit.JPY": "円",
  "unit.JPY k": "千円",
  "unit.JPY mn": "百万円",
  "unit.JPY bn": "十億円",
  "unit.JPY 100mn": "億円",
  "unit.yen": "円",
  "unit.%": "%",
  "unit.count": "件",
  "unit.Gbps": "Gbps",

  "rule.flow-first-quarter":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (第1四半期は上期から第2四半期を差し引いた額)",
  "rule.flow-second-half":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (下期は通期から上期を差し引いた額)",
  "rule.closing-same-day":
    "{period} の期末 ({date}) は {other} の期末と同じ日: {other} の期末残高 {value} {unit} (期末残高は期間の最終日の残高で、差額では求めません)",
  "rule.closing-next-opening":
    "{period} の期末 ({date}) は {other} の期首の前日: {other} の期首残高 {value} {unit} (期末残高は期間の最終日の残高で、差額では求めません)",
  "rule.opening-same-day":
    "{period} の期首 ({date}) は {other} の期首と同じ日: {other} の期首残高 {value} {unit} (期首残高は期間の初日の残高)",
  "rule.opening-previous-closing":
    "{period} の期首残高は直前の {other} の期末残高 {value} {unit} (期首残高は直前の期間の期末残高)",
};
