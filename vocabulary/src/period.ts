/**
 * Reporting periods. Vietnamese reports run by month, quarter, and the cumulative "6 tháng" (Jan–Jun),
 * "9 tháng" (Jan–Sep) and year, so the codes are:
 *   2024-07  month      2024-Q3  quarter     2024-6M  six months (Jan–Jun)
 *   2024-9M  nine months (Jan–Sep, cumulative)             2024     year
 * Pure rules, shared by the kit (which adds the GraphQL scalar) and the dashboard.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'SIX_MONTHS' | 'NINE_MONTHS' | 'YEAR';

export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  /** First day, ISO date. */
  start: string;
  /** Last day (inclusive), ISO date. */
  end: string;
}

export const PERIOD_FORMAT = 'YYYY, YYYY-Qn, YYYY-MM, YYYY-6M or YYYY-9M (e.g. 2024-Q3)';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (code: string, kind: PeriodKind, year: number, fromMonth: number, toMonth: number): Period => ({
  code,
  kind,
  year,
  start: iso(year, fromMonth, 1),
  end: iso(year, toMonth, lastDay(year, toMonth)),
});

/** Parses a period code, or returns null when it is not one (see PERIOD_FORMAT). */
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
  const period = tryParsePeriod(code);
  if (!period) throw new TypeError(`"${code}" is not a period code; use ${PERIOD_FORMAT}, years 2000–2100`);
  return period;
}

/** The period of the same kind just before (for trends); six and nine months step back a year. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'MONTH': {
      const month = Number(p.code.slice(5, 7));
      return parsePeriod(month === 1 ? `${p.year - 1}-12` : `${p.year}-${pad(month - 1)}`);
    }
    case 'QUARTER': {
      const q = Number(p.code.slice(6));
      return parsePeriod(q === 1 ? `${p.year - 1}-Q4` : `${p.year}-Q${q - 1}`);
    }
    default:
      return parsePeriod(`${p.year - 1}${p.code.slice(4)}`);
  }
}

/** The report for a period is due `day` of the month after it ends (Women's Union, People's Committee: the 5th). */
export function dueDayAfter(p: Period, day = 5): string {
  const [y, m] = p.end.split('-').map(Number) as [number, number];
  return m === 12 ? iso(y + 1, 1, day) : iso(y, m + 1, day);
}

/** Whether an ISO date falls inside the period. */
export const inPeriod = (p: Period, date: string) => date >= p.start && date <= p.end;

/** The quarter code that holds an ISO date. */
export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.ceil(m / 3)}`;
}

/** The quarter before a quarter code, across a year. */
export const previousQuarter = (code: string): string => previousPeriod(parsePeriod(code)).code;

/** Today's date in Vietnam (UTC+7, no daylight saving): the hub counts due dates and stocks in that zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * How often a report is due: every month, every quarter, cumulatively at 3, 6 and 9 months and the year (the
 * Women's Union, seed 002), or once a year.
 */
export type ReportSchedule = 'MONTHLY' | 'QUARTERLY' | 'CUMULATIVE' | 'YEARLY';

const SCHEDULE_CODES: Record<ReportSchedule, (year: number) => string[]> = {
  MONTHLY: (y) => Array.from({ length: 12 }, (_, i) => `${y}-${pad(i + 1)}`),
  QUARTERLY: (y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`),
  CUMULATIVE: (y) => [`${y}-Q1`, `${y}-6M`, `${y}-9M`, `${y}`],
  YEARLY: (y) => [`${y}`],
};

/** The report periods of a schedule that lie wholly inside `p` (e.g. QUARTERLY in 2024-9M: Q1, Q2, Q3). */
export function periodsWithin(p: Period, schedule: ReportSchedule): Period[] {
  return SCHEDULE_CODES[schedule](p.year)
    .map(parsePeriod)
    .filter((x) => x.start >= p.start && x.end <= p.end);
}
