import fc from 'fast-check';
import { addDays, addMonths, daysBetween } from '../../dates';
import { DEMO_PRODUCTS } from '../../generate/demo-data';
import { LoanInterestMethod as M, LoanRepaymentFrequency as F } from '../../enums';
import { generateSchedule, type ScheduleTerms } from '../schedule';

/** Independent oracle: interest of a period on `balance` as an exact fraction num/den. */
function exactInterest(balance: number, rateE4: number, frequency: F) {
  const weekly = frequency === F.WEEKLY;
  return {
    num: BigInt(balance) * BigInt(rateE4) * (weekly ? 12n : 1n),
    den: 1_000_000n * (weekly ? 52n : 1n),
  };
}

/** `interest` is num/den rounded half up: interest − ½ ≤ num/den < interest + ½. */
const roundedHalfUp = (interest: number, { num, den }: { num: bigint; den: bigint }) =>
  2n * BigInt(interest) * den - den <= 2n * num && 2n * num < 2n * BigInt(interest) * den + den;

const date = fc.integer({ min: 0, max: 3 * 365 }).map((d) => addDays('2024-01-01', d));

/** Every property a schedule must have, whatever the terms; returns what is wrong (empty when nothing). */
function problems(terms: ScheduleTerms, rateE4: number): string[] {
  const s = generateSchedule(terms);
  const n = terms.instalments;
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => ok || wrong.push(what);
  check(s.length === n, 'length');
  // Principal parts: whole đồng, equal shares, the remainder on the last, summing exactly to the principal.
  const share = Math.floor(terms.principal / n);
  check(
    s.slice(0, -1).every((i) => i.principal === share),
    'equal shares',
  );
  check(s.at(-1)!.principal === terms.principal - share * (n - 1), 'remainder on the last');
  check(s.reduce((sum, i) => sum + i.principal, 0) === terms.principal, 'principal sum');
  check(s.at(-1)!.balanceAfter === 0, 'paid off');
  // Interest: each instalment's exact interest, rounded half up to a whole đồng.
  let before = terms.principal;
  for (const i of s) {
    check(Number.isSafeInteger(i.interest) && Number.isSafeInteger(i.principal), `whole đồng #${i.number}`);
    const base = terms.interestMethod === M.FLAT ? terms.principal : before;
    check(
      roundedHalfUp(i.interest, exactInterest(base, rateE4, terms.repaymentFrequency)),
      `interest #${i.number}`,
    );
    before -= i.principal;
    check(i.balanceAfter === before, `balance #${i.number}`);
  }
  if (terms.interestMethod === M.FLAT) check(new Set(s.map((i) => i.interest)).size === 1, 'flat interest');
  // Due dates: one period apart, the first one period after disbursement.
  const weekly = terms.repaymentFrequency === F.WEEKLY;
  for (let k = 1; k <= n; k++) {
    const expected = weekly ? addDays(terms.disbursedOn, 7 * k) : addMonths(terms.disbursedOn, k);
    check(s[k - 1]!.dueDate === expected, `due date #${k}`);
  }
  check(
    s.every((i, k) => k === 0 || daysBetween(s[k - 1]!.dueDate, i.dueDate) >= (weekly ? 7 : 28)),
    'spacing',
  );
  return wrong;
}

const expectNoProblems = (terms: ScheduleTerms, rateE4: number) =>
  expect(problems(terms, rateE4)).toEqual([]);

describe('repayment schedules', () => {
  it.each(DEMO_PRODUCTS.map((p) => [p.code, p] as const))(
    'add up exactly over the whole term and amount range of %s',
    (_code, product) => {
      fc.assert(
        fc.property(
          fc.integer({ min: product.minAmount, max: product.maxAmount }),
          fc.integer({ min: product.minTerm, max: product.maxTerm }),
          date,
          (principal, instalments, disbursedOn) =>
            expectNoProblems(
              { ...product, principal, instalments, disbursedOn },
              Math.round(product.monthlyInterestRate * 10_000),
            ),
        ),
        { numRuns: 200 },
      );
    },
  );

  it('add up exactly for every kind of product: flat or declining, weekly or monthly, any rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(M.FLAT, M.DECLINING_BALANCE),
        fc.constantFrom(F.WEEKLY, F.MONTHLY),
        fc.integer({ min: 1, max: 100_000 }), // 0.0001 % to 10 % a month
        fc.integer({ min: 1, max: 260 }),
        fc.integer({ min: 0, max: 2_000_000_000 }),
        date,
        (interestMethod, repaymentFrequency, rateE4, instalments, extra, disbursedOn) =>
          expectNoProblems(
            {
              principal: instalments + extra,
              monthlyInterestRate: rateE4 / 10_000,
              interestMethod,
              repaymentFrequency,
              instalments,
              disbursedOn,
            },
            rateE4,
          ),
      ),
      { numRuns: 300 },
    );
  });

  it('matches a schedule worked out by hand', () => {
    // VBSP poor-household loan: 12,000,000 đ at 0.55 %/month on the declining balance, 12 monthly instalments.
    // Principal 1,000,000 each; interest 12,000,000 × 0.0055 = 66,000, then 60,500, 55,000 … 5,500.
    const s = generateSchedule({
      principal: 12_000_000,
      monthlyInterestRate: 0.55,
      interestMethod: M.DECLINING_BALANCE,
      repaymentFrequency: F.MONTHLY,
      instalments: 12,
      disbursedOn: '2025-01-31',
    });
    expect(s.map((i) => i.interest)).toEqual([
      66_000, 60_500, 55_000, 49_500, 44_000, 38_500, 33_000, 27_500, 22_000, 16_500, 11_000, 5_500,
    ]);
    // Monthly dates keep to the month end the disbursement day cannot reach.
    expect(s.slice(0, 3).map((i) => i.dueDate)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30']);
    // CEP weekly flat 1 %/month: 10,000,000 đ over 50 weeks → 200,000 principal and 10,000,000 × 0.12 / 52
    // = 23,076.92… → 23,077 interest each week.
    const weekly = generateSchedule({
      principal: 10_000_000,
      monthlyInterestRate: 1,
      interestMethod: M.FLAT,
      repaymentFrequency: F.WEEKLY,
      instalments: 50,
      disbursedOn: '2025-03-03',
    });
    expect(weekly[0]).toEqual({
      number: 1,
      dueDate: '2025-03-10',
      principal: 200_000,
      interest: 23_077,
      balanceAfter: 9_800_000,
    });
    // 7,000,001 đ over 3 weeks: 2,333,333 twice and the remainder 2,333,335 last.
    const odd = generateSchedule({
      principal: 7_000_001,
      monthlyInterestRate: 1,
      interestMethod: M.FLAT,
      repaymentFrequency: F.WEEKLY,
      instalments: 3,
      disbursedOn: '2025-03-03',
    });
    expect(odd.map((i) => i.principal)).toEqual([2_333_333, 2_333_333, 2_333_335]);
  });

  it('rounds exact halves up', () => {
    // 1,000,100 đ at 0.05 %/month = 500.05 → 500; 1,001,000 đ = 500.5 → 501.
    const interest = (principal: number) =>
      generateSchedule({
        principal,
        monthlyInterestRate: 0.05,
        interestMethod: M.FLAT,
        repaymentFrequency: F.MONTHLY,
        instalments: 1,
        disbursedOn: '2025-01-01',
      })[0]!.interest;
    expect(interest(1_000_100)).toBe(500);
    expect(interest(1_001_000)).toBe(501);
    expect(interest(999_000)).toBe(500); // 499.5 → 500
  });
});
