import { Classification, HouseholdStatus, PoorCategory } from '../enums';

/** Newly-escaped households keep their status (and its support, e.g. health insurance) for two years. */
export const ESCAPED_STATUS_YEARS = 2;

const addYears = (isoDate: string, years: number) =>
  `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;

/**
 * The status a review leads to (Decision 24/2021/QĐ-TTg): poor and near-poor follow the classification;
 * a household that rises above the line from poor has escaped poverty, from near-poor has escaped
 * near-poverty; an escaped status stays for two years from the escape, then becomes NOT_POOR.
 */
export function nextHouseholdStatus(
  previous: { status: HouseholdStatus; since: string },
  classification: Classification,
  reviewDate: string,
): HouseholdStatus {
  if (classification === Classification.POOR) return HouseholdStatus.POOR;
  if (classification === Classification.NEAR_POOR) return HouseholdStatus.NEAR_POOR;
  switch (previous.status) {
    case HouseholdStatus.POOR:
      return HouseholdStatus.ESCAPED_POVERTY;
    case HouseholdStatus.NEAR_POOR:
      return HouseholdStatus.ESCAPED_NEAR_POVERTY;
    case HouseholdStatus.ESCAPED_POVERTY:
    case HouseholdStatus.ESCAPED_NEAR_POVERTY:
      return reviewDate < addYears(previous.since, ESCAPED_STATUS_YEARS)
        ? previous.status
        : HouseholdStatus.NOT_POOR;
    default:
      return HouseholdStatus.NOT_POOR;
  }
}

/**
 * Category A (able to work) or B (under social protection, no working capacity), only for poor households
 * in provinces that split them; an explicit choice wins, otherwise the social-protection flag decides.
 */
export function poorCategoryFor(
  status: HouseholdStatus,
  provinceUsesCategories: boolean,
  socialProtection: boolean,
  explicit?: PoorCategory | null,
): PoorCategory | null {
  if (status !== HouseholdStatus.POOR || !provinceUsesCategories) return null;
  return explicit ?? (socialProtection ? PoorCategory.B : PoorCategory.A);
}
