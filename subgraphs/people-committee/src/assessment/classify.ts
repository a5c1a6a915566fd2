import { AreaType, Classification, DeprivationIndicator } from '../enums';

/** The parts of a poverty standard the classification needs. */
export interface StandardLines {
  code: string;
  ruralPovertyLine: number;
  urbanPovertyLine: number;
  ruralMiddleIncomeLine: number | null;
  urbanMiddleIncomeLine: number | null;
  indicators: DeprivationIndicator[];
  minDeprivationsForPoor: number;
}

export interface ClassificationResult {
  classification: Classification;
  deprivationCount: number;
  povertyLine: number;
}

/**
 * Decree 07/2021/NĐ-CP, art. 3 (and the same shape in Decree 351/2025):
 * poor = income ≤ line and ≥ 3 deprivations; near-poor = income ≤ line and < 3 deprivations (0 counts);
 * middle-income = above the line up to the middle-income line, with no deprivation test.
 * "At or below the line" is inclusive: an income exactly on the line is under it.
 */
export function classifyHousehold(
  standard: StandardLines,
  areaType: AreaType,
  incomePerPersonMonth: number,
  deprivations: readonly DeprivationIndicator[],
): ClassificationResult {
  const unknown = deprivations.filter((d) => !standard.indicators.includes(d));
  if (unknown.length) {
    throw new RangeError(`${unknown.join(', ')} not an indicator of standard ${standard.code}`);
  }
  if (!Number.isSafeInteger(incomePerPersonMonth) || incomePerPersonMonth < 0) {
    throw new RangeError('income per person per month must be a whole, non-negative number of đồng');
  }
  const deprivationCount = new Set(deprivations).size;
  const urban = areaType === AreaType.URBAN;
  const povertyLine = urban ? standard.urbanPovertyLine : standard.ruralPovertyLine;
  const middleLine = urban ? standard.urbanMiddleIncomeLine : standard.ruralMiddleIncomeLine;
  let classification: Classification;
  if (incomePerPersonMonth <= povertyLine) {
    classification =
      deprivationCount >= standard.minDeprivationsForPoor ? Classification.POOR : Classification.NEAR_POOR;
  } else if (middleLine != null && incomePerPersonMonth <= middleLine) {
    classification = Classification.MIDDLE_INCOME;
  } else {
    classification = Classification.ABOVE_MIDDLE_INCOME;
  }
  return { classification, deprivationCount, povertyLine };
}
