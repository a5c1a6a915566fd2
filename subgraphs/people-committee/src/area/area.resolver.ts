import { discloseAreaFigures } from './area-disclosure';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  AreaPeriod,
  BadUserInputError,
  checkArea,
  createAreaReporting,
  ExpectedReport,
  futurePeriodProblem,
  PeriodScalar,
  todayInVietnam,
  type Period,
  type WantedFigures,
} from '@chung-tay/common';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.entity';
import { info } from '../info';
import type { Context } from '../context';
import { targetFigures } from '../programme/target.service';
import { expectedReports } from '../report-obligation/expected-reports';
import { PeopleCommitteeAreaFigures } from './area-figures.types';
import { dayKey, movesKey, periodDays, stockDay } from './area-figures.loaders';

const loadUnit = (ctx: Context) => (code: string) => ctx.loaders.unit.load(code);

async function figuresOf(
  ctx: Context,
  area: AreaPeriod,
  wanted: WantedFigures,
): Promise<PeopleCommitteeAreaFigures> {
  const { loaders } = ctx;
  const today = todayInVietnam();
  const { from, to } = periodDays(area.period, today);
  const counts = (field: string, day: string) =>
    wanted(field) ? loaders.householdsOn.load(dayKey(area.unitCode, day)) : undefined;
  const movesWanted = ['escaped', 'fellBack', 'newlyPoorOrNearPoor'].some(wanted);
  const [atStart, atEnd, moves, benefits, targets] = await Promise.all([
    counts('householdsAtStart', from),
    counts('householdsAtEnd', to),
    movesWanted ? loaders.householdMoves.load(movesKey(area.unitCode, from, to)) : undefined,
    ['benefits', 'benefitsGiven', 'benefitsValue'].some(wanted) ? loaders.areaBenefits.load(area) : [],
    wanted('targets') ? loaders.targets.load(`${area.unitCode}|${area.period.year}`) : [],
  ]);
  const asOf = stockDay(area.period, today);
  const progress = await Promise.all(
    targets.map(async (t) => {
      const { baseline, current, achievedPercent, met } = await targetFigures(loaders, t, asOf);
      return { metric: t.metric, targetPercent: t.targetPercent, baseline, current, achievedPercent, met };
    }),
  );
  return {
    // Sets not asked for are left out: GraphQL reads only the fields the query selected.
    householdsAtStart: atStart!,
    householdsAtEnd: atEnd!,
    escaped: moves?.escaped ?? 0,
    fellBack: moves?.fellBack ?? 0,
    newlyPoorOrNearPoor: moves?.newly ?? 0,
    targets: progress,
    benefits,
    benefitsGiven: benefits.reduce((n, b) => n + (b.benefits ?? 0), 0),
    benefitsValue: benefits.reduce((n, b) => n + (b.value ?? 0), 0),
  };
}

/** The expected reports of an area and period, from the obligations (see expected-reports.ts). */
async function reportsExpected(ctx: Context, area: AreaPeriod): Promise<ExpectedReport[]> {
  const obligations = await ctx.loaders.reportObligations.load('all');
  const [areaUnits, ...scopes] = await Promise.all([
    ctx.loaders.areaUnits.load(area.unitCode),
    ...obligations.map((o) => ctx.loaders.areaUnits.load(o.scopeUnitCode)),
  ]);
  return expectedReports(
    area.period,
    areaUnits!,
    obligations.map((obligation, i) => ({ obligation, scopeCodes: new Set(scopes[i]!.map((u) => u.code)) })),
  );
}

export const peopleCommitteeAreaReporting = createAreaReporting({
  info,
  figures: PeopleCommitteeAreaFigures,
  disclose: discloseAreaFigures,
  figuresOf,
  loadUnit,
  unitTable: 'administrative_unit',
  expectedReports: reportsExpected,
});

const MAX_PERIODS = 24;

/** An area's figures are asked for up to the current year (futurePeriodProblem says why). */
function refuseFuturePeriod(period: Period, field: string) {
  const problem = futurePeriodProblem(period);
  if (problem) throw new BadUserInputError(problem, field);
}

@Resolver(() => AreaPeriod)
export class AreaPeriodResolver {
  @Query(() => AreaPeriod, {
    description:
      "One unit over one period, with every organisation's figures: a province, a commune or ward, or a unit " +
      'retired in the 2025 reform (for periods up to its last day; its figures are those of its successors).',
  })
  areaPeriod(
    @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
    unitCode: string,
    @Arg('period', () => PeriodScalar, {
      description: 'A period code, e.g. 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M.',
    })
    period: Period,
    @Ctx() ctx: Context,
  ) {
    refuseFuturePeriod(period, 'period');
    return checkArea(ctx.caller, loadUnit(ctx), unitCode, period);
  }

  @Query(() => [AreaPeriod], {
    description: `One unit over several periods (a trend), in the order asked; at most ${MAX_PERIODS}.`,
  })
  async areaPeriods(
    @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
    unitCode: string,
    @Arg('periods', () => [PeriodScalar], { description: 'Period codes, e.g. 2025-Q1 and 2025-Q2.' })
    periods: Period[],
    @Ctx() ctx: Context,
  ) {
    if (!periods.length || periods.length > MAX_PERIODS) {
      throw new BadUserInputError(`ask for 1 to ${MAX_PERIODS} periods, not ${periods.length}`, 'periods');
    }
    periods.forEach((p, i) => refuseFuturePeriod(p, `periods[${i}]`));
    return Promise.all(periods.map((p) => checkArea(ctx.caller, loadUnit(ctx), unitCode, p)));
  }

  @FieldResolver(() => AdministrativeUnit, {
    description: "The administrative unit, as the People's Committee holds it.",
  })
  unit(@Root() area: AreaPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(area.unitCode);
  }

  @FieldResolver(() => [ExpectedReport], {
    description:
      "Reports the People's Committee expects from the area's units for report periods inside the period, with " +
      'due dates (from the report obligations).',
  })
  reportsExpected(@Root() area: AreaPeriod, @Ctx() ctx: Context) {
    return reportsExpected(ctx, area);
  }
}
