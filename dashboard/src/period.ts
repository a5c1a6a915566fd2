/**
 * Period codes as the hub spells them (PeriodCode): 2026 year, 2026-Q3 quarter, 2026-07 month, 2026-6M and 2026-9M
 * (cumulative from January). The same rules as the kit's period.ts, kept here so the bundle carries no server code.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'SIX_MONTHS' | 'NINE_MONTHS' | 'YEAR';

export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  /** First and last day (inclusive), ISO dates. */
  start: string;
  end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (code: string, kind: PeriodKind, year: number, from: number, to: number): Period => ({
  code,
  kind,
  year,
  start: iso(year, from, 1),
  end: iso(year, to, lastDay(year, to)),
});

export function tryParsePeriod(code: string): Period | null {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])|([69])M))?$/.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2]) return span(code, 'QUARTER', year, Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if (m[3]) return span(code, 'MONTH', year, Number(m[3]), Number(m[3]));
  if (m[4] === '6') return span(code, 'SIX_MONTHS', year, 1, 6);
  if (m[4] === '9') return span(code, 'NINE_MONTHS', year, 1, 9);
  return span(code, 'YEAR', year, 1, 12);
}

export function parsePeriod(code: string): Period {
  const p = tryParsePeriod(code);
  if (!p) throw new TypeError(`"${code}" is not a period code`);
  return p;
}

/** Today's date in Vietnam (UTC+7, no daylight saving): the hub counts due dates and stocks in that zone. */
export function vietnamToday(now: Date = new Date()): string {
  const t = new Date(now.getTime() + 7 * 3600_000);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.ceil(m / 3)}`;
}

export function previousQuarter(code: string): string {
  const p = parsePeriod(code);
  const q = Number(code.slice(6));
  return q === 1 ? `${p.year - 1}-Q4` : `${p.year}-Q${q - 1}`;
}

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
    ...Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`),
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
