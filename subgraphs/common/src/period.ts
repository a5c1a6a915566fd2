import { parsePeriod, PERIOD_FORMAT, type Period } from '@chung-tay/vocabulary';
import { GraphQLScalarType, Kind } from 'graphql';
import { todayInVietnam } from './clock';
import { refuseInput } from './schema/scalars';

/**
 * Reporting periods: the codes and their rules are the vocabulary's (the dashboard reads the same codes); the kit
 * adds what a server needs, the GraphQL scalar and the limits on what may be asked for.
 */
export {
  dueDayAfter,
  inPeriod,
  parsePeriod,
  PERIOD_FORMAT,
  periodsWithin,
  previousPeriod,
  tryParsePeriod,
  type Period,
  type PeriodKind,
  type ReportSchedule,
} from '@chung-tay/vocabulary';

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
