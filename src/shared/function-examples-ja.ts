/**
 * The function reference's examples in Japanese: the same questions as FUNCTION_EXAMPLES, asked
 * with Japanese periods and names (a test checks each gives the English example's answer).
 */
export const FUNCTION_EXAMPLES_JA: Readonly<Record<string, string>> = {
  REVENUE: '=IIJ.REVENUE("2023年度上期","ネットワークサービス")',
  COST: '=IIJ.COST("2024年3月期 上期","ネットワークサービス")',
  GROSSPROFIT: '=IIJ.GROSSPROFIT("2024年3月期 第2四半期累計","システムインテグレーション")',
  OPERATINGPROFIT:
    '=IIJ.OPERATINGPROFIT("2023年度上期","ネットワークサービス及びシステムインテグレーション事業")',
  VALUE: '=IIJ.VALUE("資産合計","2023年9月30日")',
  KPI: '=IIJ.KPI("IIJモバイルサービス","2023年度上期")',
  YOY: '=IIJ.YOY("ネットワークサービス","2023年度上期")',
  PERIODS: '=IIJ.PERIODS("ネットワークサービス")',
  ITEMS: '=IIJ.ITEMS("キャッシュ・フロー計算書")',
  TABLE: '=IIJ.TABLE("損益計算書","2022年度上期、2023年度上期")',
  SOURCE: '=IIJ.SOURCE("ネットワークサービス","2023年度上期")',
  PERIOD: '=IIJ.PERIOD("H0","ネットワークサービス")',
};
