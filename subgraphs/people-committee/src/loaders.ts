import { In, type DataSource } from 'typeorm';
import {
  createGroupByColumnLoader,
  createGroupLoader,
  createRowLoader,
  type Caller,
} from '@chung-tay/common';
import { createAreaLoaders } from './area/area-figures.loaders';
import { AdministrativeUnit } from './administrative-unit/administrative-unit.entity';
import { Household } from './household/household.entity';
import { HouseholdStatusChange } from './household/household-status-change.entity';
import { Person } from './person/person.entity';
import { Assessment } from './assessment/assessment.entity';
import { PovertyStandard } from './poverty-standard/poverty-standard.entity';
import { Programme } from './programme/programme.entity';
import { Benefit } from './programme/benefit.entity';

/** Every entity and relation read of this subgraph, batched per request: one statement per kind of read. */
export function createLoaders(dataSource: DataSource) {
  return (_caller: Caller) => {
    const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
    return {
      ...createAreaLoaders(dataSource),
      unit: createRowLoader(
        (codes: readonly string[]) => repo(AdministrativeUnit).findBy({ code: In([...codes]) }),
        (u) => u.code,
      ),
      unitChildren: createGroupLoader(
        (codes: readonly string[]) =>
          repo(AdministrativeUnit).find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } }),
        (u) => u.parentCode!,
      ),
      household: createRowLoader(
        (ids: readonly string[]) => repo(Household).findBy({ id: In([...ids]) }),
        (h) => h.id,
      ),
      person: createRowLoader(
        (ids: readonly string[]) => repo(Person).findBy({ id: In([...ids]) }),
        (p) => p.id,
      ),
      members: createGroupByColumnLoader(repo(Person), 'householdId', { birthDate: 'ASC', id: 'ASC' }),
      assessments: createGroupByColumnLoader(repo(Assessment), 'householdId', {
        reviewDate: 'DESC',
        createdAt: 'DESC',
      }),
      latestAssessment: createRowLoader(
        (ids: readonly string[]) =>
          repo(Assessment)
            .createQueryBuilder('a')
            .distinctOn(['a.household_id'])
            .where('a.household_id = ANY(:ids)', { ids })
            .orderBy('a.household_id')
            .addOrderBy('a.review_date', 'DESC')
            .addOrderBy('a.created_at', 'DESC')
            .getMany(),
        (a) => a.householdId,
      ),
      statusHistory: createGroupByColumnLoader(repo(HouseholdStatusChange), 'householdId', {
        effectiveDate: 'ASC',
        createdAt: 'ASC',
      }),
      standard: createRowLoader(
        (codes: readonly string[]) => repo(PovertyStandard).findBy({ code: In([...codes]) }),
        (s) => s.code,
      ),
      /** Standards in force on a date (a handful of rows), keyed by the date. */
      standardsOn: createGroupLoader(
        (dates: readonly string[]) =>
          Promise.all(
            dates.map((date) =>
              repo(PovertyStandard)
                .createQueryBuilder('s')
                .where(':date BETWEEN s.valid_from AND s.valid_to', { date })
                .getMany()
                .then((rows) => rows.map((r) => Object.assign(r, { onDate: date }))),
            ),
          ).then((lists) => lists.flat()),
        (s) => (s as PovertyStandard & { onDate: string }).onDate,
      ),
      programme: createRowLoader(
        (ids: readonly string[]) => repo(Programme).findBy({ id: In([...ids]) }),
        (p) => p.id,
      ),
      householdBenefits: createGroupByColumnLoader(repo(Benefit), 'householdId', { date: 'DESC' }),
    };
  };
}
