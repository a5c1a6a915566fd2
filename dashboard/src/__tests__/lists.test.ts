import {
  hasNoCareAndNoSponsor,
  pledgesByArrears,
  poorHouseholdsWithOverdueLoans,
  yearBefore,
  type CareAndSponsorHousehold,
  type OverdueLoan,
} from '../lists';

const household = (id: string, status = 'POOR') => ({
  id,
  code: `DN-${id}`,
  status,
  unitCode: '25222',
  head: null,
});
const loan = (
  id: string,
  h: ReturnType<typeof household> | null,
  days: number,
  bucket: string,
  lender = 'CEP',
): OverdueLoan => ({
  id,
  productKind: 'MICROCREDIT',
  standing: { daysPastDue: days, bucket },
  lender: { name: lender },
  household: h,
});

describe('poor households with overdue loans', () => {
  it('keeps poor households only, one row each, the longest overdue first', () => {
    const a = household('a');
    const b = household('b');
    const rows = poorHouseholdsWithOverdueLoans([
      loan('1', a, 12, 'DPD_1_30'),
      loan('2', household('c', 'NEAR_POOR'), 200, 'DPD_OVER_90'),
      loan('3', b, 45, 'DPD_31_60', 'VBSP'),
      loan('4', a, 95, 'DPD_OVER_90', 'VBSP'),
      loan('5', null, 99, 'DPD_OVER_90'),
    ]);
    expect(rows.map((r) => [r.household.id, r.loans, r.maxDaysPastDue, r.worstBucket, r.lenders])).toEqual([
      ['a', 2, 95, 'DPD_OVER_90', ['CEP', 'VBSP']],
      ['b', 1, 45, 'DPD_31_60', ['VBSP']],
    ]);
  });
});

describe('poor households with no union care and no sponsor', () => {
  const today = '2026-11-24';
  const base = (over: Partial<CareAndSponsorHousehold> = {}): CareAndSponsorHousehold => ({
    ...household('x'),
    unionCarePlans: [],
    unionCareActivities: [],
    frontSupport: { pledges: [] },
    ...over,
  });

  it('lists a household nobody cares for', () => {
    expect(hasNoCareAndNoSponsor(base(), today)).toBe(true);
    expect(hasNoCareAndNoSponsor(base({ unionCarePlans: [{ status: 'CLOSED' }] }), today)).toBe(true);
    expect(hasNoCareAndNoSponsor(base({ unionCareActivities: [{ date: '2025-11-23' }] }), today)).toBe(true);
    expect(hasNoCareAndNoSponsor(base({ frontSupport: { pledges: [{ status: 'ENDED' }] } }), today)).toBe(
      true,
    );
  });

  it('leaves out a household with care, a sponsor, another status or fields the caller may not see', () => {
    expect(hasNoCareAndNoSponsor(base({ unionCarePlans: [{ status: 'ACTIVE' }] }), today)).toBe(false);
    expect(hasNoCareAndNoSponsor(base({ unionCareActivities: [{ date: '2025-11-24' }] }), today)).toBe(false);
    expect(hasNoCareAndNoSponsor(base({ frontSupport: { pledges: [{ status: 'UPCOMING' }] } }), today)).toBe(
      false,
    );
    expect(hasNoCareAndNoSponsor(base({ frontSupport: { pledges: [{ status: 'ACTIVE' }] } }), today)).toBe(
      false,
    );
    expect(hasNoCareAndNoSponsor(base({ status: 'NEAR_POOR' }), today)).toBe(false);
    expect(hasNoCareAndNoSponsor(base({ unionCarePlans: null }), today)).toBe(false);
    expect(hasNoCareAndNoSponsor(base({ frontSupport: null }), today)).toBe(false);
  });

  it('counts a year back, 29 February included', () => {
    expect(yearBefore('2026-11-24')).toBe('2025-11-24');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('pledges in arrears', () => {
  it('orders by arrears and drops pledges with nothing owed', () => {
    const p = (id: string, arrears: number) => ({
      id,
      amountPerMonth: 400000,
      household: household(id),
      arrears: { arrears, missedMonths: [] },
    });
    expect(pledgesByArrears([p('a', 400000), p('b', 0), p('c', 800000)]).map((x) => x.id)).toEqual([
      'c',
      'a',
    ]);
  });
});
