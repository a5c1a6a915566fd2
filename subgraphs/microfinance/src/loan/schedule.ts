import { addDays, addMonths } from '../dates';
import { LoanInterestMethod, LoanRepaymentFrequency } from '../enums';

/**
 * The repayment schedule (lịch trả nợ) of a loan, generated from its product's terms.
 *
 * Rounding rule (exact sums, whole đồng):
 * - principal parts are equal whole-VND shares, floor(principal ÷ n), and the last instalment takes the
 *   remainder, so the parts add up to the principal exactly;
 * - each instalment's interest is computed exactly (integer arithmetic on the rate) and rounded half up to a
 *   whole đồng: FLAT on the original principal, DECLINING_BALANCE on the principal outstanding before it;
 * - rates are per month; a weekly period's rate is the monthly rate × 12 ÷ 52.
 */
export interface ScheduleTerms {
  principal: number;
  /** Percent per month, at most 4 decimals (1.0 = 1 %/month, 0.55 = 0.55 %/month). */
  monthlyInterestRate: number;
  interestMethod: LoanInterestMethod;
  repaymentFrequency: LoanRepaymentFrequency;
  instalments: number;
  disbursedOn: string;
  /** Defaults to one period after disbursement. */
  firstRepaymentDate?: string | null;
}

export interface ScheduledInstalment {
  number: number;
  dueDate: string;
  principal: number;
  interest: number;
  /** Principal still owed once this instalment is paid. */
  balanceAfter: number;
}

/** The monthly rate in millionths (percent × 10⁴), so 0.55 %/month is exactly 5,500 / 10⁶. */
export const rateMillionths = (monthlyInterestRate: number): bigint =>
  BigInt(Math.round(monthlyInterestRate * 10_000));

/** round(a ÷ b) with halves going up, for a ≥ 0, b > 0, exactly. */
export const divideRoundHalfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

/** Interest on `balance` for one period, rounded half up to a whole đồng. */
export function periodInterest(
  balance: number,
  monthlyInterestRate: number,
  frequency: LoanRepaymentFrequency,
): number {
  const weekly = frequency === LoanRepaymentFrequency.WEEKLY;
  const numerator = BigInt(balance) * rateMillionths(monthlyInterestRate) * (weekly ? 12n : 1n);
  const denominator = 1_000_000n * (weekly ? 52n : 1n);
  return Number(divideRoundHalfUp(numerator, denominator));
}

/**
 * Due date of instalment `k` (1-based): every 7 days from the first, or monthly on the day of the first
 * (of the disbursement when no first date was set, so 31 Jan gives 28 Feb, 31 Mar, 30 Apr).
 */
export function dueDate(terms: ScheduleTerms, k: number): string {
  if (terms.repaymentFrequency === LoanRepaymentFrequency.WEEKLY) {
    return addDays(terms.firstRepaymentDate ?? addDays(terms.disbursedOn, 7), 7 * (k - 1));
  }
  return terms.firstRepaymentDate
    ? addMonths(terms.firstRepaymentDate, k - 1)
    : addMonths(terms.disbursedOn, k);
}

export function generateSchedule(terms: ScheduleTerms): ScheduledInstalment[] {
  const { principal, instalments: n } = terms;
  if (!Number.isSafeInteger(principal) || principal < n)
    throw new RangeError('principal must be ≥ the instalments');
  const share = Math.floor(principal / n);
  const flatInterest = periodInterest(principal, terms.monthlyInterestRate, terms.repaymentFrequency);
  const schedule: ScheduledInstalment[] = [];
  let balance = principal;
  for (let k = 1; k <= n; k++) {
    const part = k === n ? balance : share;
    const interest =
      terms.interestMethod === LoanInterestMethod.FLAT
        ? flatInterest
        : periodInterest(balance, terms.monthlyInterestRate, terms.repaymentFrequency);
    balance -= part;
    schedule.push({
      number: k,
      dueDate: dueDate(terms, k),
      principal: part,
      interest,
      balanceAfter: balance,
    });
  }
  return schedule;
}
