import { monthsBetween } from '../months';

export interface PledgeTerms {
  /** 'YYYY-MM' */
  startMonth: string;
  /** 'YYYY-MM', the last month the pledge runs (after an early end, the month it ended). */
  endMonth: string;
  amountPerMonth: number;
}

export interface MonthPayment {
  month: string;
  amount: number;
}

export interface Arrears {
  /** Months due so far: from the start to the as-of month, within the pledge's end. */
  monthsDue: number;
  /** Due months with no payment at all. */
  missedMonths: string[];
  /** Due months paid less than the monthly amount. */
  partlyPaidMonths: string[];
  amountDue: number;
  /** Paid for due months (payments made ahead for later months are not counted here). */
  amountPaid: number;
  /** What is still owed for the due months: missed months in full plus the shortfall of partly paid ones. */
  arrears: number;
}

/**
 * Arrears of a pledge on a month. A payment belongs to the month it was recorded for and never exceeds that
 * month's amount (recordSponsorshipPayment refuses more), so a month is paid, partly paid or missed on its own;
 * the as-of month itself is due.
 */
export function computeArrears(pledge: PledgeTerms, payments: MonthPayment[], asOfMonth: string): Arrears {
  const last = asOfMonth < pledge.endMonth ? asOfMonth : pledge.endMonth;
  const due = monthsBetween(pledge.startMonth, last);
  const paid = new Map<string, number>();
  for (const p of payments) paid.set(p.month, (paid.get(p.month) ?? 0) + p.amount);
  const missedMonths = due.filter((m) => !paid.has(m));
  const partlyPaidMonths = due.filter((m) => paid.has(m) && paid.get(m)! < pledge.amountPerMonth);
  const amountDue = due.length * pledge.amountPerMonth;
  const amountPaid = due.reduce((sum, m) => sum + Math.min(paid.get(m) ?? 0, pledge.amountPerMonth), 0);
  return {
    monthsDue: due.length,
    missedMonths,
    partlyPaidMonths,
    amountDue,
    amountPaid,
    arrears: amountDue - amountPaid,
  };
}
