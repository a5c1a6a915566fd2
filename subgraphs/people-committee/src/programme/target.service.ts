import { BadUserInputError, todayInVietnam, type Caller } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCallerCoversUnit } from '../administrative-unit/unit-scope';
import { ProgrammeKind, TargetMetric } from '../enums';
import type { Loaders } from '../loaders';
import { Target } from './target.entity';
import { unitSubtreeSql } from '@chung-tay/common';
import type { SetTargetInput } from './programme.input';
import { targetAchievement } from './target-progress';

/** Status of each household of the unit's subtree as of a date ($2), from the status history. */
const STATUS_AS_OF = `WITH status_then AS (
    SELECT DISTINCT ON (c.household_id) c.household_id, c.status, c.poor_category
    FROM household_status_change c JOIN household h ON h.id = c.household_id
    WHERE h.unit_code IN (${unitSubtreeSql('code = $1')}) AND c.effective_date <= $2
    ORDER BY c.household_id, c.effective_date DESC, c.created_at DESC)`;

async function countHouseholds(
  dataSource: DataSource,
  unitCode: string,
  date: string,
  status: string,
  category: string | null,
) {
  const [row] = await dataSource.query(
    `${STATUS_AS_OF} SELECT count(*)::int AS n FROM status_then
     WHERE status = $3 AND ($4::varchar IS NULL OR poor_category = $4)`,
    [unitCode, date, status, category],
  );
  return row.n as number;
}

/** People of households poor or near-poor on `date`, and how many of them got health insurance that year. */
async function healthInsuranceCoverage(dataSource: DataSource, unitCode: string, date: string, year: number) {
  const [row] = await dataSource.query(
    `${STATUS_AS_OF},
     eligible AS (SELECT p.id, p.household_id FROM person p JOIN status_then s ON s.household_id = p.household_id
                  WHERE s.status IN ('POOR', 'NEAR_POOR'))
     SELECT count(*)::int AS eligible,
       count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM benefit b JOIN programme g ON g.id = b.programme_id
         WHERE g.kind = $3 AND b.household_id = e.household_id AND (b.person_id IS NULL OR b.person_id = e.id)
           AND b.date BETWEEN make_date($4, 1, 1) AND make_date($4, 12, 31)))::int AS covered
     FROM eligible e`,
    [unitCode, date, ProgrammeKind.HEALTH_INSURANCE, year],
  );
  return { baseline: row.eligible as number, current: row.covered as number };
}

export async function targetProgress(dataSource: DataSource, target: Target) {
  const today = todayInVietnam();
  const yearEnd = `${target.year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  const baselineDate = `${target.year - 1}-12-31`;
  let figures: { baseline: number; current: number };
  if (target.metric === TargetMetric.HEALTH_INSURANCE_COVERAGE) {
    figures = await healthInsuranceCoverage(dataSource, target.unitCode, asOf, target.year);
  } else {
    const [status, category] =
      target.metric === TargetMetric.NEAR_POOR_HOUSEHOLD_REDUCTION
        ? ['NEAR_POOR', null]
        : ['POOR', target.metric === TargetMetric.POOR_A_HOUSEHOLD_REDUCTION ? 'A' : null];
    figures = {
      baseline: await countHouseholds(dataSource, target.unitCode, baselineDate, status!, category),
      current: await countHouseholds(dataSource, target.unitCode, asOf, status!, category),
    };
  }
  return {
    baselineDate,
    asOf,
    ...figures,
    ...targetAchievement(target.metric, target.targetPercent, figures),
  };
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
