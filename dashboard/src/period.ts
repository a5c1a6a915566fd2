import { parsePeriod, previousQuarter, quarterOf, todayInVietnam, type Period } from '@chung-tay/vocabulary';

/**
 * What the dashboard does with period codes (PeriodCode: 2026, 2026-Q3, 2026-07, 2026-6M, 2026-9M): picking one and
 * drawing trends. The codes' rules are the vocabulary's, the same the subgraphs parse them by; it carries no server
 * code, so the bundle stays small.
 */
export {
  parsePeriod,
  previousQuarter,
  quarterOf,
  tryParsePeriod,
  type Period,
  type PeriodKind,
} from '@chung-tay/vocabulary';

/** Today's date in Vietnam (UTC+7): the hub counts due dates and stocks in that zone. */
export const vietnamToday = todayInVietnam;

/** The default period: the last quarter that has ended by `today`. */
export const lastFinishedQuarter = (today: string) => previousQuarter(quarterOf(today));

/** The `count` quarters ending with the one that holds the period's last day, oldest first (for trends). */
export function trendQuarters(periodCode: string, count = 6): string[] {
  const quarters = [quarterOf(parsePeriod(periodCode).end)];
  while (quarters.length < count) quarters.unshift(previousQuarter(quarters[0]!));
  return quarters;
}

/**
 * The periods offered for a year, as reports count them: quarters, the cumulative six and nine months, the year,
 * then months; only periods that have begun by `today`.
 */
export function periodsOfYear(year: number, today: string): Period[] {
  const codes = [
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    `${year}-6M`,
    `${year}-9M`,
    `${year}`,
    ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  ];
  return codes.map(parsePeriod).filter((p) => p.start <= today);
}

/** Years offered in the period picker, newest first. */
export function periodYears(today: string, count = 4): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}

/** Whether the period is still running on `today` (its stocks are then taken today). */
export const isRunning = (p: Period, today: string) => p.start <= today && today <= p.end;
