import { dueDayAfter, type Period } from '@chung-tay/common';
import { WomensUnionReportStatus as Status } from '../enums';

/**
 * The Women's Union reports at 3, 6 and 9 months and for the year, cumulative from January (seed 002), so the
 * report periods are YYYY-Q1, YYYY-6M, YYYY-9M and YYYY.
 */
export function reportPeriodProblem(period: Period): string | null {
  const ok =
    (period.kind === 'QUARTER' && period.code.endsWith('-Q1')) ||
    period.kind === 'SIX_MONTHS' ||
    period.kind === 'NINE_MONTHS' ||
    period.kind === 'YEAR';
  return ok
    ? null
    : `${period.code} is not a Women's Union reporting period: reports cover 3 months (${period.year}-Q1), 6 months (${period.year}-6M), 9 months (${period.year}-9M) or the year (${period.year})`;
}

/** A report is due on the 5th of the month after its period. */
export const reportDueOn = (period: Period): string => dueDayAfter(period, 5);

export function reportStatus(period: Period, submittedOn: string | null, today: string): Status {
  const due = reportDueOn(period);
  if (submittedOn) return submittedOn <= due ? Status.SUBMITTED_ON_TIME : Status.SUBMITTED_LATE;
  if (today <= period.end) return Status.NOT_YET_DUE;
  return today <= due ? Status.DUE : Status.OVERDUE;
}
