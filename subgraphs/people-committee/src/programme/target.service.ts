import { BadUserInputError, todayInVietnam, type Caller } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCallerCoversUnit } from '../administrative-unit/unit-scope';
import { TargetMetric } from '../enums';
import { dayKey } from '../area/area-figures.loaders';
import type { PeopleCommitteeHouseholdCounts } from '../area/area-figures.types';
import type { Loaders } from '../context';
import { Target } from './target.entity';
import type { SetTargetInput } from './programme.input';
import { targetAchievement } from './target-progress';

/**
 * A target's baseline (the last day of the year before) and where it stands on `asOf`: households of the target's
 * status, or for health insurance the people of poor and near-poor households and how many got a card that year.
 * Through the request's loaders, so every target of a page (or of many areas) costs the same few statements.
 */
export async function targetFigures(loaders: Loaders, target: Target, asOf: string) {
  const baselineDate = `${target.year - 1}-12-31`;
  let figures: { baseline: number; current: number };
  if (target.metric === TargetMetric.HEALTH_INSURANCE_COVERAGE) {
    figures = await loaders.healthInsurance.load(`${target.unitCode}|${asOf}|${target.year}`);
  } else {
    const [before, now] = await Promise.all([
      loaders.householdsOn.load(dayKey(target.unitCode, baselineDate)),
      loaders.householdsOn.load(dayKey(target.unitCode, asOf)),
    ]);
    const pick =
      target.metric === TargetMetric.NEAR_POOR_HOUSEHOLD_REDUCTION
        ? (c: PeopleCommitteeHouseholdCounts) => c.nearPoor ?? 0
        : target.metric === TargetMetric.POOR_A_HOUSEHOLD_REDUCTION
          ? (c: PeopleCommitteeHouseholdCounts) => c.poorA ?? 0
          : (c: PeopleCommitteeHouseholdCounts) => c.poor ?? 0;
    figures = { baseline: pick(before), current: pick(now) };
  }
  return {
    baselineDate,
    asOf,
    ...figures,
    ...targetAchievement(target.metric, target.targetPercent, figures),
  };
}

/** Progress so far: up to today, or the year's end once it has passed. */
export function targetProgress(loaders: Loaders, target: Target) {
  const today = todayInVietnam();
  const yearEnd = `${target.year}-12-31`;
  return targetFigures(loaders, target, today < yearEnd ? today : yearEnd);
}

/** Sets (or replaces) a unit's target for a year; one target per unit, year and metric. */
export async function setTarget(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: SetTargetInput,
) {
  const unit = await loaders.unit.load(input.unitCode);
  if (!unit) throw new BadUserInputError(`there is no unit ${input.unitCode}`, 'input.unitCode');
  await assertCallerCoversUnit(caller, loaders, unit.code);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(Target)
    .values(input)
    .orUpdate(['target_percent'], ['unit_code', 'year', 'metric'])
    .execute();
  return dataSource
    .getRepository(Target)
    .findOneByOrFail({ unitCode: input.unitCode, year: input.year, metric: input.metric });
}
