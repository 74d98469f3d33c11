/**
 * The functions' error messages in Japanese: the ids and parameters of ./en.ts (a test checks
 * both), shown when Excel's display language is Japanese. Argument names (period, unit) stay as
 * Excel shows them in every language; names of lines stay as the reports print them.
 */
import type { MessageId } from "./en";

export const MESSAGES_JA: Readonly<Record<MessageId, string>> = {
  periods:
    '"1H23"、"2Q23"、"FY23"、"2024年3月期 第2四半期"、"2023年度上期"、"2024年3月期 第3四半期累計" (9M23)、"LTM 1H23"、日付 ("2023/9/30")、相対指定 ("H0"、"FY-1"、"LTM0") などの期間を指定してください',
  units:
    '"百万円"、"千円"、"億円"、"十億円"、"円"、"JPY mn" などの英語表記、または倍率 1、1000、1000000、1000000000。1株当たりの数値と株式数は "adjusted" (調整後) で最新の株式分割基準',

  "arg.range": "範囲ではなく1つの値を指定してください",
  "arg.object": "エラー値またはオブジェクト",
  "arg.empty": "空です",
  "arg.noPeriod": "空です。{@periods}",
  "arg.notPeriod": "{value} は期間ではありません。{@periods}",
  "arg.notName": "{value} は名前ではありません。文字列で指定してください",
  "arg.notUnit": "{value} は単位ではありません。使える単位: {@units}",
  "arg.noPeriods": '空です。期間のセル範囲か、"1H22,1H23" のような文字列を指定してください',
  "arg.tooManyPeriods": "期間が {count} 個あり、1つの表の上限 (200) を超えています",
  "arg.tooLarge": "Excel で扱える大きさを超えています",
  unexpected: "IIJ アドイン: 予期しない問題が発生しました: {detail}",

  "period.notPeriod": "{value} は期間として読めません。{@periods}",
  "period.empty": "{value} は空です。{@periods}",
  "period.notDate": "{value} は存在しない日付です。{@periods}",
  "period.beforeExcel":
    "{value} は 1900年3月1日より前の日付で、Excel の日付シリアル値で表せません。{@periods}",
  "period.serial":
    "{value} は Excel の日付シリアル値 (1900年3月1日以降) ではありません。{@periods}",
  "period.relative": "{value} は相対指定です。データセットには固定の期間が必要です。{@periods}",
  "period.japanese": "{value} は期間として読めません。使える日本語の形式: {forms}",
  "period.march": "{value}: IIJ の決算期は3月です (2024年3月期 = FY2023)",
  "period.ambiguousDate":
    "{value} は月/日とも日/月とも読めます。2023-09-30 や 30-Sep-23 の形で指定してください",
  "period.eitherYear":
    '{value} は {code} (IIJ の {start}年4月からの事業年度。ここでは "{code}" は常にこの意味) とも、{start}年3月までの年度 ({previous}) とも読めます。"{code}" または "{ended}" と指定してください',
  "period.ltmEnd":
    "{value}: LTM は四半期末または半期末までの12か月です。LTM 1H23、LTM2Q23、LTM Sep-23、LTM0 などを指定してください",

  "unit.unknown": "{value} は単位として読めません。使える単位: {@units}",
  "unit.nan": "{value} は数値ではありません。使える単位: {@units}",
  "unit.negative":
    "{value}: 倍率に負の数は使えません (倍率は 1 単位あたりの円で、符号はありません)。使える単位: {@units}",
  "unit.zero": "{value}: 倍率に 0 は使えません (倍率は 1 単位あたりの円)。使える単位: {@units}",
  "unit.scale":
    "{value} は 1 から 1000000000 までの 1000 の累乗ではありません。使える単位: {@units}",
  "unit.japanese":
    '{value} は単位として読めません。使える日本語の単位: {list} (億円は 10^8 円)、または "JPY mn" などの英語表記',
  "unit.unscaled":
    '「{name}」の単位は {unit} です。1株当たりの数値、比率、件数、Gbps は換算しないため、unit は空にしてください (1株当たりの数値と株式数は "adjusted" で最新の株式分割基準)',
  "unit.adjustedOnly":
    '"adjusted" は1株当たりの数値と株式数を株式分割で調整します。「{name}」はどちらでもないため、unit は空にするか "百万円" などの金額の単位を指定してください',

  "name.unknown":
    "{value} は見つかりません。{closest} のいずれかではありませんか。使える名前: {names}",
  "item.empty":
    '空です。"売上収益" や "Total revenues" のような項目名を指定してください (IIJ.ITEMS() で一覧を表示)',
  "name.unknownNoClose": "{value} は見つかりません。使える名前: {names}",
  "item.unknownNoClose":
    "{value} は既知の項目でも、アナリストが使う項目名でもありません (IIJ.ITEMS() で一覧を表示)",
  "item.unknown":
    "{value} は既知の項目ではありません。近い項目: {names} (IIJ.ITEMS() で一覧を表示)",
  "item.ambiguous": "{value} は複数の行に記載されています。次のいずれかで指定してください: {names}",
  "item.combine":
    "{value} は1つの行としては記載されていません。記載された行 {lines} を組み合わせてください ({how})",
  "metric.empty": "空です。{names} などを指定してください",
  "statement.unknown": "{value} は計算書の名前ではありません。使える名前: {names}",

  "figure.none": "{period} の「{name}」の数値はありません。数値のある期間: {periods}",
  "figure.noneBecause":
    "{period} の「{name}」の数値はありません ({why})。数値のある期間: {periods}",
  "figure.noPeriod": "なし",
  "figure.noClosing":
    "期末残高は {date} の残高ですが、データセットのどの報告書にも記載がありません",
  "figure.noOpening":
    "期首残高は {period} の期末残高 ({date}) ですが、データセットのどの報告書にも記載がありません",
  "figure.noRelativeAny": "データセットには数値のある {unit} の期間がありません",
  "figure.noRelative":
    "「{name}」には数値のある {unit} の期間がありません。数値のある期間: {periods}",
  "figure.ltmFlowOnly":
    '「{name}」は残高です。LTM はフローの12か月合計です。残高は日付か "1H23" などの期間 (期末の残高) で指定してください',
  "figure.ltmMoneyOnly":
    "単位が {unit} で、LTM は金額のフローにだけ求めます (1株当たりの数値や件数は期間を足し合わせられません)",
  "figure.atDate":
    '「{name}」は日付時点ではなく期間の数値です。"1H23" や "2023年度上期" のような期間を指定してください',
  "figure.zeroBase": "{period} の「{name}」が 0 のため、伸び率を計算できません",
  "share.gap":
    "{period} の「{name}」は {basis} 時点の株式数基準に調整できません。株式数から {from} と {to} の間に株式分割があったと見られますが、データセットのどの報告書にも記載がありません",
};
