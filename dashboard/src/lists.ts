/** The lists that lead to action, filtered from what the graph answers (pure, so they can be tested). */

export interface HouseholdRef {
  id: string;
  code: string;
  status: string;
  poorCategory?: string | null;
  unitCode: string;
  head?: { fullName?: string | null } | null;
}

export interface OverdueLoan {
  id: string;
  productKind: string;
  standing: { daysPastDue: number; bucket: string };
  lender?: { name: string } | null;
  household: HouseholdRef | null;
}

export interface OverdueRow {
  household: HouseholdRef;
  loans: number;
  maxDaysPastDue: number;
  worstBucket: string;
  lenders: string[];
}

/** Poor households with at least one overdue loan, one row each, the longest overdue first. */
export function poorHouseholdsWithOverdueLoans(loans: ReadonlyArray<OverdueLoan>): OverdueRow[] {
  const rows = new Map<string, OverdueRow>();
  for (const loan of loans) {
    const h = loan.household;
    if (!h || h.status !== 'POOR') continue;
    const row = rows.get(h.id) ?? {
      household: h,
      loans: 0,
      maxDaysPastDue: 0,
      worstBucket: 'CURRENT',
      lenders: [],
    };
    row.loans += 1;
    if (loan.standing.daysPastDue >= row.maxDaysPastDue) {
      row.maxDaysPastDue = loan.standing.daysPastDue;
      row.worstBucket = loan.standing.bucket;
    }
    const lender = loan.lender?.name;
    if (lender && !row.lenders.includes(lender)) row.lenders.push(lender);
    rows.set(h.id, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.maxDaysPastDue - a.maxDaysPastDue || a.household.code.localeCompare(b.household.code),
  );
}

export interface CareAndSponsorHousehold extends HouseholdRef {
  unionCarePlans: ReadonlyArray<{ status: string }> | null;
  unionCareActivities: ReadonlyArray<{ date: string }> | null;
  frontSupport: { pledges: ReadonlyArray<{ status: string }> } | null;
}

/** The day a year before `today` (ISO): care older than that no longer counts as care. */
export function yearBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0); // 29 February → 28 February
  return date.toISOString().slice(0, 10);
}

/**
 * No union care: no active care plan and no care activity in the twelve months up to today. No sponsor: no
 * sponsorship pledge running or about to start. A household whose union or Front fields the caller may not see
 * (null) is left out rather than listed on a guess.
 */
export function hasNoCareAndNoSponsor(h: CareAndSponsorHousehold, today: string): boolean {
  if (h.status !== 'POOR' || !h.unionCarePlans || !h.unionCareActivities || !h.frontSupport) return false;
  const since = yearBefore(today);
  const cared =
    h.unionCarePlans.some((p) => p.status === 'ACTIVE') ||
    h.unionCareActivities.some((a) => a.date >= since && a.date <= today);
  const sponsored = h.frontSupport.pledges.some((p) => p.status === 'ACTIVE' || p.status === 'UPCOMING');
  return !cared && !sponsored;
}

export const withNoCareAndNoSponsor = <T extends CareAndSponsorHousehold>(
  hs: ReadonlyArray<T>,
  today: string,
) => hs.filter((h) => hasNoCareAndNoSponsor(h, today));

export interface PledgeInArrears {
  id: string;
  amountPerMonth: number;
  household: HouseholdRef | null;
  arrears: { arrears: number; missedMonths: string[]; partlyPaidMonths?: string[] } | null;
}

/** Pledges behind on payments, the largest arrears first. */
export function pledgesByArrears<T extends PledgeInArrears>(pledges: ReadonlyArray<T>): T[] {
  return pledges
    .filter((p) => p.household && (p.arrears?.arrears ?? 0) > 0)
    .sort((a, b) => (b.arrears?.arrears ?? 0) - (a.arrears?.arrears ?? 0) || a.id.localeCompare(b.id));
}
