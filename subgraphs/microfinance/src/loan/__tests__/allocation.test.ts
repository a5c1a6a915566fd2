import fc from 'fast-check';
import { allocateRepayment, owedOn, type InstalmentBalance } from '../allocation';
import { arrearsBucket } from '../arrears-bucket';

const instalment = (number: number, principalDue: number, interestDue: number): InstalmentBalance => ({
  number,
  dueDate: `2025-0${number}-15`,
  principalDue,
  interestDue,
  principalPaid: 0,
  interestPaid: 0,
});

describe('allocating a repayment', () => {
  it('pays the oldest instalment first, its interest before its principal, then the next', () => {
    const schedule = [
      instalment(1, 1_000_000, 120_000),
      instalment(2, 1_000_000, 110_000),
      instalment(3, 1_000_000, 100_000),
    ];
    // 1,500,000: instalment 1 in full (1,120,000), then 110,000 interest and 270,000 principal of instalment 2.
    const { allocations, after } = allocateRepayment(schedule, 1_500_000);
    expect(allocations).toEqual([
      { instalmentNumber: 1, interest: 120_000, principal: 1_000_000 },
      { instalmentNumber: 2, interest: 110_000, principal: 270_000 },
    ]);
    expect(owedOn(after)).toEqual({ principal: 1_730_000, interest: 100_000, total: 1_830_000 });
    // A small payment after that finishes instalment 2's principal before touching instalment 3's interest.
    expect(allocateRepayment(after, 800_000).allocations).toEqual([
      { instalmentNumber: 2, interest: 0, principal: 730_000 },
      { instalmentNumber: 3, interest: 70_000, principal: 0 },
    ]);
  });

  it('refuses more than is owed', () => {
    expect(() => allocateRepayment([instalment(1, 100, 10)], 111)).toThrow(/more than is owed/);
  });

  it('never allocates more than an instalment owes and always allocates the whole amount, oldest first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 500_000 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (parts, share) => {
          const schedule = parts.map(([p, i], k) => instalment(k + 1, p, i));
          const owed = owedOn(schedule).total;
          fc.pre(owed > 0);
          const amount = Math.max(1, Math.floor(owed * share));
          const { allocations, after } = allocateRepayment(schedule, amount);
          expect(allocations.reduce((s, a) => s + a.principal + a.interest, 0)).toBe(amount);
          for (const i of after) {
            expect(i.principalPaid).toBeLessThanOrEqual(i.principalDue);
            expect(i.interestPaid).toBeLessThanOrEqual(i.interestDue);
          }
          // Nothing reaches an instalment while an older one still owes.
          const firstOwing = after.findIndex(
            (i) => i.principalPaid < i.principalDue || i.interestPaid < i.interestDue,
          );
          if (firstOwing >= 0) {
            expect(
              after.slice(firstOwing + 1).every((i) => i.principalPaid === 0 && i.interestPaid === 0),
            ).toBe(true);
            // … and within it, principal only once its interest is paid.
            const i = after[firstOwing]!;
            if (i.interestPaid < i.interestDue) expect(i.principalPaid).toBe(0);
          }
        },
      ),
    );
  });
});

describe('arrears buckets', () => {
  it.each([
    [0, 'CURRENT'],
    [1, 'DPD_1_30'],
    [30, 'DPD_1_30'],
    [31, 'DPD_31_60'],
    [60, 'DPD_31_60'],
    [61, 'DPD_61_90'],
    [90, 'DPD_61_90'],
    [91, 'DPD_OVER_90'],
  ])('%i days past due is %s', (days, bucket) => {
    expect(arrearsBucket(days)).toBe(bucket);
  });
});
