import type { DataSource } from 'typeorm';
import {
  createGroupLoader,
  createRowLoader,
  createUnitTreeLoader,
  inCallerUnitsSql,
  isUuid,
  type Caller,
} from '@chung-tay/common';
import { createAreaLoaders } from './area/area-figures';
import { {{Pascal}}Member } from './member/member.entity';

export type { Loaders } from './context';

/** Every read of this subgraph, batched per request: one statement per kind of read. */
export function createLoaders(dataSource: DataSource) {
  return (caller: Caller) => {
    const callerUnits = caller.units;
    const members = () => dataSource.getRepository({{Pascal}}Member).createQueryBuilder('m');
    return {
      unit: createUnitTreeLoader(dataSource),
      /** Members by id, each marked with whether the caller's units cover it. */
      member: createRowLoader(
        async (ids: readonly string[]) => {
          const keys = ids.filter(isUuid);
          if (!keys.length) return [];
          const { entities, raw } = await members()
            .addSelect(inCallerUnitsSql('m'), 'in_scope')
            .where('m.id = ANY(:keys)', { keys, callerUnits })
            .getRawAndEntities();
          const inScope = new Set(raw.filter((r) => r.in_scope).map((r) => r.m_id as string));
          for (const m of entities) m.inCallerScope = inScope.has(m.id);
          return entities;
        },
        (m: {{Pascal}}Member) => m.id,
      ),
      /** A household's members inside the caller's units. */
      membersByHousehold: createGroupLoader(
        async (ids: readonly string[]) => {
          const keys = ids.filter(isUuid);
          if (!keys.length) return [];
          return members()
            .where('m.household_id = ANY(:keys)', { keys })
            .andWhere(inCallerUnitsSql('m'), { callerUnits })
            .orderBy('m.joined_date', 'ASC')
            .addOrderBy('m.id', 'ASC')
            .getMany();
        },
        (m: {{Pascal}}Member) => m.householdId!,
      ),
      /** Figures of many areas for a period (counts, not personal data: checkArea scopes them). */
      area: createAreaLoaders(dataSource),
    };
  };
}
