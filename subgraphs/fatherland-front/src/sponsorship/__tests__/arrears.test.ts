import { computeArrears } from '../arrears';

const pledge = { startMonth: '2025-11', endMonth: '2026-04', amountPerMonth: 1_000_000 };

describe('arrears', () => {
  it('counts months from the start to the as-of month, across the new year, the as-of month included', () => {
    const a = computeArrears(pledge, [{ month: '2025-11', amount: 1_000_000 }], '2026-01');
    expect(a).toEqual({
      monthsDue: 3,
      missedMonths: ['2025-12', '2026-01'],
      partlyPaidMonths: [],
      amountDue: 3_000_000,
      amountPaid: 1_000_000,
      arrears: 2_000_000,
    });
  });

  it('stops at the end of the pledge and owes nothing before it starts', () => {
    expect(computeArrears(pledge, [], '2027-06').monthsDue).toBe(6);
    expect(computeArrears(pledge, [], '2025-10')).toMatchObject({
      monthsDue: 0,
      arrears: 0,
      missedMonths: [],
    });
  });

  it('keeps the shortfall of a partly paid month and does not credit months paid ahead', () => {
    const a = computeArrears(
      pledge,
      [
        { month: '2025-11', amount: 600_000 },
        { month: '2025-12', amount: 1_000_000 },
        { month: '2026-03', amount: 1_000_000 },
      ],
      '2025-12',
    );
    expect(a).toMatchObject({
      partlyPaidMonths: ['2025-11'],
      missedMonths: [],
      amountPaid: 1_600_000,
      arrears: 400_000,
    });
  });
});
