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
  "kind.oci": "包括利益計算書",
  "kind.equity": "持分変動計算書",
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
  "periodicity.ltm": "LTM (直近12か月)",
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
  "span.9M": "第3四半期累計",
  "span.FY": "通期",
  "span.LTM1Q": "6月末までの12か月",
  "span.LTM2Q": "9月末までの12か月",
  "span.LTM3Q": "12月末までの12か月",
  "span.LTM4Q": "3月末までの12か月",
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
  "omitted.chart": "グラフの {names} ({reason})",
  "reason.share-bases":
    '株式分割の前と後の1株当たり数値が混在。IIJ.VALUE(item, period, "調整後") で同じ基準に',
  "reason.chart-one-kind": "グラフは1種類の期間のみ: {kind}",
  "reason.only-total": "合計のみ記載",
  "reason.only-totals": "合計のみ記載",
  "reason.nothing-printed": "記載なし",
  "reason.no-year-earlier": "表に前年同期の数値がない",
  "omitted.rows": "{names} の行 ({reason})",
  "reason.not-printed-then": "これらの期間は記載なし",
  "reason.few-lines": "{total} 行のうち記載は {count} 行のみ",
  "error.no-sheet":
    "このブックに「{sheet}」という名前のシートはありません。先にシートを追加するか、別の挿入先を入力してください。",

  "chart.kind.0": "基準日",
  "chart.kind.3": "四半期",
  "chart.kind.6": "半期",
  "chart.kind.9": "9か月累計",
  "chart.kind.12": "12か月 (通期・LTM)",
  "chart.gap": "{years} はデータにありません",
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
  "insert.chartDoneWithData":
    "{address} の横にグラフを挿入しました。グラフは {data} を参照します (表のセルをグラフの順に並べ、データにない年度は空の列)。",
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
  "card.split": "1株につき{ratio}株の株式分割 ({date} 効力発生、報告書 {line} 行目)",
  "card.shareLatest": "株式数の基準: {basis} 時点 (最新)。",
  "card.shareFactor":
    '株式数の基準: {basis} 時点。最新の基準 ({to}、単位 "調整後") では {factor}。',
  "card.shareRestated":
    "株式数の基準: 表示は {basis} 時点の {printed}、{to} 時点の株式数に調整: {factor}。",
  "card.shareGap":
    "株式数の基準: {basis} 時点。最新の基準とは比較できません。株式数から {from} と {to} の間に、データセットのどの報告書にも記載のない株式分割があったと見られます。",
  "card.adjustedSame":
    "報告書には {period} の調整後の数値も記載されています: {value} (報告書 {line} 行目)。",
  "card.adjustedYearEarlier":
    "前年同期 {period} の数値は調整後も記載されています: {value} (報告書 {line} 行目)。ここでの前年同期比は報告値に対するものです。",
  "card.yoyNote":
    "変化率 {change}% = (当期 − 前年同期) / |前年同期|。下の2つの数値から計算しています。",
  "card.expression": "引数 {text} は計算式です。出典を表示できるのは、値とセル参照の引数だけです",
  "card.period":
    "{period} は {resolved} を指します。データセットで数値のある同じ種類の最新期間から数えた期間で、新しい報告書が加わると先に進みます。",
  "card.periodOf":
    "{period} は「{item}」では {resolved} を指します。その項目で数値のある最新期間から数えた期間で、新しい報告書が加わると先に進みます。",
  "card.notAFigure":
    "{fn} は期間、項目または表全体を返します。出典を見るには、数値 1 つを返す関数 (REVENUE、VALUE、KPI など) のセルを選んでください。",

  "workbook.heading": "ブック",
  "workbook.dataset": "データセット {version}。{date} 提出の報告書までの数値 (報告書 {count} 件)。",
  "workbook.refresh": "IIJ 関数をすべて再計算",
  "workbook.keep": "値だけを残す (シートをコピー)",
  "workbook.kept": "値だけをシート「{name}」にコピーしました。元のシートはそのままです。",
  "workbook.keepFailed": "シートをコピーできませんでした: {error}",

  "dataset.filing": "「{title}」({date} 提出)",
  "dataset.unrecorded":
    "このブックには、どの IIJ 決算数値のデータセットで計算したかの記録がありません。再計算の前に、データセット {to} で変わるセルを一覧表示します。",
  "dataset.newerOne":
    "このブックはデータセット {from} で計算されています。IIJ 決算数値のデータセットは現在 {to} で、新しい報告書が 1 件あります: {filings}。再計算の前に、変わるセルを一覧表示します。",
  "dataset.newerMany":
    "このブックはデータセット {from} で計算されています。IIJ 決算数値のデータセットは現在 {to} で、新しい報告書が {count} 件あります: {filings}。再計算の前に、変わるセルを一覧表示します。",
  "dataset.older":
    "このブックはデータセット {from} で計算されており、このアドインの {to} より新しいデータセットです。再計算すると古い数値に戻ります。先に IIJ 決算数値を更新してください。",
  "dataset.corrected":
    "このブックはデータセット {from} で計算されています。IIJ 決算数値のデータセットは現在 {to} で、その後修正されています。再計算の前に、変わるセルを一覧表示します。",
  "dataset.review": "変更点を確認",

  "change.new": "{fn}: {report}で新たに記載 (以前のセルは {code})",
  "change.newUnsourced": "{fn}: 新たに記載 (以前のセルは {code})",
  "change.gone": "{fn}: 値が返らなくなります: {code} {message}",
  "change.period": "{fn}: {asked} の指す期間が {was} から {now} に変わります",
  "change.restated":
    "{fn}: {period} の「{line}」が{report}で修正再表示: {now} ({date} 提出の報告書では {was})",
  "change.computed": "{fn}: 計算のもとになる数値がデータセットで変わりました",
  "change.follows": "{cell} の変更に連動",
  "change.savedName":
    "#NAME? として保存: IIJ 決算数値が読み込まれていない Excel で計算されています",
  "change.notRecorded":
    "保存された値はデータセット {version} の値とも異なります: 再計算せずに保存されたか、上書き入力されています",
  "change.notAny":
    "保存された値はどのデータセットの値とも異なります: 再計算せずに保存されたか、上書き入力されています",
  "changeKind.restated": "修正再表示",
  "changeKind.period": "新しい期間",
  "changeKind.new": "新たに記載",
  "changeKind.follows": "変更に連動",
  "changeKind.gone": "値が返らない",
  "changeKind.recalculated": "データセットの値と異なる",

  "refresh.reading": "ブックの IIJ 関数を読み取っています…",
  "refresh.readFailed": "ブックを読み取れませんでした: {error}",
  "refresh.heading": "再計算で変わるセル",
  "refresh.headingApplied": "再計算で変わったセル",
  "refresh.datasets": "データセット {from} → {to}",
  "refresh.datasetsUnrecorded": "データセット (記録なし) → {to}",
  "refresh.count": "IIJ 関数のセル {cells} 個のうち {changed} 個が変わります",
  "refresh.countApplied": "IIJ 関数のセル {cells} 個のうち {changed} 個が変わりました",
  "refresh.filter": "これだけを表示 (もう一度押すとすべて表示)",
  "refresh.nothing":
    "変わるセルはありません: IIJ 関数のセル {cells} 個はすべてデータセット {version} の値です。[再計算を適用] でデータセットのバージョンをブックに記録します。",
  "refresh.noFormulas":
    "このブックには IIJ 関数がありません。[再計算を適用] でデータセット {version} をブックに記録します。",
  "refresh.excelOnly":
    "ほかに IIJ 関数のセルが {count} 個あります (一覧を返すもの、ほかの関数と組み合わせたもの)。適用時に Excel が再計算しますが、変わるかどうかを事前には示せません。",
  "refresh.olderWarning":
    "このアドインのデータセットはブックに記録されたものより古いため、適用すると古い数値に戻ります。",
  "refresh.listLabel": "変わるセル (選ぶとそのセルに移動)",
  "refresh.sheet": "{sheet}: {count} セル",
  "refresh.excelWorksOut": "Excel が計算",
  "refresh.already": "Excel は既に新しい値を表示しています",
  "refresh.more": "ほかに {count} セル: 一覧を新しいシートにコピーすると、すべて確認できます。",
  "refresh.apply": "再計算を適用",
  "refresh.cancel": "キャンセル",
  "refresh.close": "閉じる",
  "refresh.copy": "一覧を新しいシートにコピー",
  "refresh.applied":
    "{time} にデータセット {version} で再計算し、ブックに記録しました。ブックを保存すると記録が残ります。",
  "refresh.applyFailed": "再計算できませんでした: {error}",
  "refresh.cancelled": "キャンセルしました。何も再計算していません。",
  "refresh.copied": "一覧を新しいシート「{name}」にコピーしました。",
  "refresh.copyFailed": "一覧をコピーできませんでした: {error}",
  "refresh.selectFailed": "{cell} に移動できませんでした: {error}",

  "audit.sheet": "IIJ 再計算",
  "audit.title": 'IIJ 決算数値の再計算、{when}: {datasets} (ドキュメントのプロパティ "{property}")',
  "audit.datasets": "データセット {from} -> {to}",
  "audit.datasetCurrent": "データセット {version}",
  "audit.datasetUnrecorded": "データセット (記録なし) -> {to}",
  "audit.count": "IIJ 関数のセル {cells} 個のうち {changed} 個が変わります",
  "audit.applied": "{when} に適用",
  "audit.notApplied": "再計算の前の一覧 (適用していません)",
  "audit.cell": "セル",
  "audit.formula": "数式",
  "audit.before": "変更前",
  "audit.after": "変更後",
  "audit.why": "理由",
  "audit.excel": "(Excel が再計算)",
  "audit.already": "(Excel は既に新しい値を表示していました)",

  "settings.autoOpen": "このブックを開くときに IIJ 決算数値を開く",
  "settings.autoOpenHint":
    "IIJ 決算数値をインストールしている人がこのブックを開くと、Excel がこのウィンドウを開きます。ブックを保存すると有効になります。",
  "settings.autoOpenUnsupported":
    "この Excel では、ブックと一緒にアドインを開けません (Microsoft 365 または Web 版 Excel が必要です)。",
  "settings.autoOpenOn": "オン: ブックを保存すると、IIJ 決算数値も一緒に開きます。",
  "settings.autoOpenOff": "オフ: ブックを保存すると、IIJ 決算数値は開かなくなります。",
  "settings.autoOpenFailed":
    "「このブックを開くときに IIJ 決算数値を開く」を保存できませんでした: {error}",

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
  "rule.flow-third-quarter":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (第3四半期は第3四半期累計 (9か月) から上期を差し引いた額)",
  "rule.flow-fourth-quarter":
    "{period} = {whole} − {part} = {wholeValue} − {partValue} {unit} (第4四半期は通期から第3四半期累計 (9か月) を差し引いた額)",
  "rule.flow-ltm":
    "{period} = {yearBefore} − {toDateBefore} + {toDate} = {value} {unit} ({date} までの12か月: 前期の通期から同じ時点までの累計を差し引き、当期の累計を加えた額)",
  "rule.flow-ltm-year": "{period} = {year} = {value} {unit} (期末までの12か月は通期そのもの)",
  "rule.closing-same-day":
    "{period} の期末 ({date}) は {other} の期末と同じ日: {other} の期末残高 {value} {unit} (期末残高は期間の最終日の残高で、差額では求めません)",
  "rule.closing-next-opening":
    "{period} の期末 ({date}) は {other} の期首の前日: {other} の期首残高 {value} {unit} (期末残高は期間の最終日の残高で、差額では求めません)",
  "rule.opening-same-day":
    "{period} の期首 ({date}) は {other} の期首と同じ日: {other} の期首残高 {value} {unit} (期首残高は期間の初日の残高)",
  "rule.opening-previous-closing":
    "{period} の期首残高は直前の {other} の期末残高 {value} {unit} (期首残高は直前の期間の期末残高)",
};
