import { GraphQLScalarType, Kind } from 'graphql';
import { todayInVietnam } from './clock';
import { refuseInput } from './schema/scalars';

/**
 * Reporting periods. Vietnamese reports run by month, quarter, and the cumulative "6 tháng" (Jan–Jun),
 * "9 tháng" (Jan–Sep) and year, so the codes are:
 *   2024-07  month      2024-Q3  quarter     2024-6M  six months (Jan–Jun)
 *   2024-9M  nine months (Jan–Sep, cumulative)             2024     year
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

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
      return month === 1
        ? parsePeriod(`${p.year - 1}-12`)
        : parsePeriod(`${p.year}-${String(month - 1).padStart(2, '0')}`);
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

/** Parses a period code given as input; a bad one is refused as BAD_USER_INPUT (see refuseInput). */
function periodInput(code: string): Period {
  try {
    return parsePeriod(code);
  } catch (error) {
    return refuseInput((error as Error).message);
  }
}

/**
 * Why an area's figures cannot be asked for this period, or null: one that starts after the current year (Vietnam
 * time) has nothing recorded yet, and each such period still costs every organisation its figures (a list of
 * far-future periods was a cheap way to load the hub). Other inputs (a pledge's last month, a plan) may lie ahead.
 */
export function futurePeriodProblem(period: Period, today = todayInVietnam()): string | null {
  const thisYear = Number(today.slice(0, 4));
  return period.year > thisYear
    ? `"${period.code}" starts after the current year (${thisYear}); ask for a period up to ${thisYear}`
    : null;
}

/** A period code in the graph, parsed on the way in (errors say what the formats are). */
export const PeriodScalar = new GraphQLScalarType<Period, string>({
  name: 'PeriodCode',
  description: `A reporting period: ${PERIOD_FORMAT}. Six and nine months are cumulative from January.`,
  serialize: (value) => (typeof value === 'string' ? parsePeriod(value).code : (value as Period).code),
  parseValue: (value) => {
    if (typeof value !== 'string') refuseInput(`A period code is a string in the form ${PERIOD_FORMAT}`);
    return periodInput(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) refuseInput(`A period code is a string in the form ${PERIOD_FORMAT}`);
    return periodInput(ast.value);
  },
});

/**
 * How often a report is due: every month, every quarter, cumulatively at 3, 6 and 9 months and the year (the
 * Women's Union, seed 002), or once a year.
 */
export type ReportSchedule = 'MONTHLY' | 'QUARTERLY' | 'CUMULATIVE' | 'YEARLY';

const SCHEDULE_CODES: Record<ReportSchedule, (year: number) => string[]> = {
  MONTHLY: (y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`),
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
