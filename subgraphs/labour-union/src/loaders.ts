import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  createGroupLoader,
  createRowLoader,
  createScopedRowLoader,
  createUnitTreeLoader,
  isUuid,
  type Caller,
} from '@chung-tay/common';
import { inCallerUnitsSql } from './scope.sql';
import { createAreaLoaders } from './area/area-figures';
import { CareActivity } from './care/care-activity.entity';
import { CarePlan } from './care/care-plan.entity';
import { FundGift } from './fund-gift/fund-gift.entity';
import { UnionHouse } from './union-house/union-house.entity';
import { UnionMember } from './union-member/union-member.entity';
import { UnionOrganisation } from './union-organisation/union-organisation.entity';

type Scoped = ObjectLiteral & { id: string; inCallerScope?: boolean };

/**
 * Every entity and relation read of this subgraph, batched per request: one statement per kind of read.
 * Row loaders also tell, in the same statement, whether each record lies inside the caller's units; relation
 * loaders (a household's members, its care …) return only records inside them, as lists do.
 */
export function createLoaders(dataSource: DataSource) {
  return (caller: Caller) => {
    const callerUnits = caller.units;

    /** Rows by id, each marked with whether the caller's units cover it. */
    const byId = <T extends Scoped>(entity: EntityTarget<T>, alias: string) =>
      createScopedRowLoader(dataSource, entity, alias, inCallerUnitsSql(alias), callerUnits, (e, inScope) =>
        Object.assign(e, { inCallerScope: inScope }),
      );

    /** Rows inside the caller's units, grouped by a uuid column. */
    const groupedBy = <T extends Scoped>(
      entity: EntityTarget<T>,
      alias: string,
      column: string,
      keyOf: (row: T) => string,
      order: [string, 'ASC' | 'DESC'][],
    ) =>
      createGroupLoader(async (ids: readonly string[]) => {
        const keys = ids.filter(isUuid);
        if (!keys.length) return [];
        const qb = dataSource
          .getRepository(entity)
          .createQueryBuilder(alias)
          .where(`${alias}.${column} = ANY(:keys)`, { keys })
          .andWhere(inCallerUnitsSql(alias), { callerUnits });
        order.forEach(([c, d], i) =>
          i ? qb.addOrderBy(`${alias}.${c}`, d) : qb.orderBy(`${alias}.${c}`, d),
        );
        return qb.getMany();
      }, keyOf);

    return {
      unit: createUnitTreeLoader(dataSource),
      organisation: byId(UnionOrganisation, 'o'),
      organisationChildren: groupedBy(UnionOrganisation, 'o', 'parent_id', (o) => o.parentId!, [
        ['code', 'ASC'],
      ]),
      /** Active members per organisation (counts are not personal data). */
      activeMemberCount: createRowLoader(
        async (ids: readonly string[]) => {
          const keys = ids.filter(isUuid);
          if (!keys.length) return [];
          const rows: { id: string; n: number }[] = await dataSource.query(
            `SELECT union_organisation_id AS id, count(*)::int AS n FROM union_member
             WHERE union_organisation_id = ANY($1) AND status = 'ACTIVE' GROUP BY union_organisation_id`,
            [keys],
          );
          return rows;
        },
        (r) => r.id,
      ),
      member: byId(UnionMember, 'm'),
      membershipByPerson: createRowLoader(
        async (ids: readonly string[]) => {
          const keys = ids.filter(isUuid);
          if (!keys.length) return [];
          return dataSource
            .getRepository(UnionMember)
            .createQueryBuilder('m')
            .where('m.person_id = ANY(:keys)', { keys })
            .andWhere(inCallerUnitsSql('m'), { callerUnits })
            .getMany();
        },
        (m) => m.personId!,
      ),
      membersByHousehold: groupedBy(UnionMember, 'm', 'household_id', (m) => m.householdId!, [
        ['joined_date', 'ASC'],
        ['id', 'ASC'],
      ]),
      carePlan: byId(CarePlan, 'p'),
      carePlansByHousehold: groupedBy(CarePlan, 'p', 'household_id', (p) => p.householdId, [
        ['listed_date', 'DESC'],
        ['id', 'ASC'],
      ]),
      careActivity: byId(CareActivity, 'a'),
      careByHousehold: groupedBy(CareActivity, 'a', 'household_id', (a) => a.householdId!, [
        ['date', 'DESC'],
        ['id', 'DESC'],
      ]),
      careByMember: groupedBy(CareActivity, 'a', 'member_id', (a) => a.memberId!, [
        ['date', 'DESC'],
        ['id', 'DESC'],
      ]),
      house: byId(UnionHouse, 'u'),
      housesByHousehold: groupedBy(UnionHouse, 'u', 'household_id', (u) => u.householdId!, [
        ['created_at', 'DESC'],
        ['id', 'ASC'],
      ]),
      housesByMember: groupedBy(UnionHouse, 'u', 'member_id', (u) => u.memberId, [
        ['created_at', 'DESC'],
        ['id', 'ASC'],
      ]),
      fundGift: byId(FundGift, 'g'),
      /** Figures of many areas for a period (counts, not personal data: checkArea scopes them). */
      area: createAreaLoaders(dataSource),
    };
  };
}
