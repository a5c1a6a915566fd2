/**
 * The peak month "For the Poor" (tháng cao điểm "Vì người nghèo") that the Fatherland Front calls each year:
 * 17 October to 18 November. Union organisations report its results by 30 November (seed 001).
 */
export const campaignWindow = (year: number) => ({
  start: `${year}-10-17`,
  end: `${year}-11-18`,
  reportDue: `${year}-11-30`,
});

/** Whether an ISO date falls inside that year's campaign. */
export function isInCampaign(date: string, year: number): boolean {
  const { start, end } = campaignWindow(year);
  return date >= start && date <= end;
}
