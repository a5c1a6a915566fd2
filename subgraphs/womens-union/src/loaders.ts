import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import {
  createAreaLoader,
  createGroupLoader,
  createRowLoader,
  createScopedRowLoader,
  createUnitTreeLoader,
  isUuid,
  type Caller,
} from '@chung-tay/common';
import type { Scoped } from './context';
import { inCallerReachSql, inCallerUnitsSql } from './scope.sql';
import { WomensUnionChapter } from './chapter/chapter.entity';
import { WomensUnionMember } from './member/member.entity';
import {
  FiveNoThreeCleanPledge,
  FiveNoThreeCleanPledgedHousehold,
  FiveNoThreeCleanReview,
} from './pledge/pledge.entity';
import { pledgeProgressFigures } from './pledge/pledge.service';
import { stocksAsOf } from './area/area-figures';
import {
  AREA_SCOPE,
  emptyGroupFigures,
  emptyMemberFigures,
  emptyPledgeFigures,
  emptySavingsDayFigures,
  emptySupportFigures,
  groupFigures,
  memberFigures,
  pledgeFigures,
  savingsDayFigures,
  supportFigures,
  type ScopedFetch,
} from './report/figures';
import { reportLoaders } from './report/report.loaders';
import { SavingsDayCampaign, SavingsDayTarget } from './savings-day/savings-day.entity';
import { campaignTotals, targetTotals } from './savings-day/savings-day.service';
import { SavingsLoanGroup, SavingsLoanGroupMembership } from './savings-loan-group/savings-loan-group.entity';
import { WomensUnionSupportActivity } from './support/support-activity.entity';

const uuids = (keys: readonly string[]) => [...new Set(keys.filter(isUuid))];

/** Every entity and relation read of this subgraph, batched per request: one statement per kind of read. */
export function createLoaders(dataSource: DataSource) {
  return (caller: Caller) => {
    const callerUnits = caller.units;

    /**
     * Rows by id with whether each lies in the caller's scope, in one statement, so a root field or an
     * `_entities` reference is checked without further reads.
     */
    const scopedRows = <T extends ObjectLiteral & { id: string }>(
      entity: new () => T,
      alias: string,
      scope: (alias: string) => string,
    ) =>
      createScopedRowLoader(dataSource, entity, alias, scope(alias), callerUnits, (e, inScope): Scoped<T> =>
        Object.assign(e, { inScope }),
      );

    const repo = <T extends ObjectLiteral>(entity: new () => T) => dataSource.getRepository(entity);

    /** One figure set for many areas: one statement per period, whatever the number of areas. */
    const area = <R>(fetch: ScopedFetch<R>, empty: () => R) =>
      createAreaLoader(
        (unitCodes, period) => fetch(dataSource, AREA_SCOPE, unitCodes, period, stocksAsOf(period)),
        empty,
      );

    return {
      unit: createUnitTreeLoader(dataSource),

      chapter: scopedRows(WomensUnionChapter, 'c', inCallerReachSql),
      /** Children the caller may see, by name. */
      chapterChildren: createGroupLoader(
        (ids: readonly string[]) =>
          repo(WomensUnionChapter)
            .createQueryBuilder('c')
            .where('c.parent_id = ANY(:ids)', { ids: uuids(ids), callerUnits })
            .andWhere(inCallerReachSql('c'))
            .orderBy('c.unit_code')
            .addOrderBy('c.name')
            .getMany(),
        (c) => c.parentId!,
      ),
      /** Current members of each chapter and the chapters below it. */
      chapterMemberCount: new DataLoader<string, number>(async (ids) => {
        const rows: { id: string; n: number }[] = await dataSource.query(
          `SELECT t.id, count(m.id)::int AS n FROM chapter t
           LEFT JOIN (union_member m JOIN chapter c ON c.id = m.chapter_id)
             ON c.path LIKE t.path || '%' AND m.left_on IS NULL
           WHERE t.id = ANY($1::uuid[]) GROUP BY t.id`,
          [uuids(ids)],
        );
        const byId = new Map(rows.map((r) => [r.id, r.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),

      member: scopedRows(WomensUnionMember, 'm', inCallerUnitsSql),
      /** A person's current membership, or else the latest one, with scope. */
      membershipOfPerson: createRowLoader<string, Scoped<WomensUnionMember>>(
        async (keys) => {
          const ids = uuids(keys);
          if (!ids.length) return [];
          const { entities, raw } = await repo(WomensUnionMember)
            .createQueryBuilder('m')
            .addSelect(inCallerUnitsSql('m'), 'in_scope')
            .distinctOn(['m.person_id'])
            .where('m.person_id = ANY(:ids)', { ids, callerUnits })
            .orderBy('m.person_id')
            .addOrderBy('m.left_on', 'DESC', 'NULLS FIRST')
            .addOrderBy('m.joined_on', 'DESC')
            .getRawAndEntities();
          const flags = new Map(raw.map((r) => [r.m_id as string, r.in_scope === true]));
          return entities.map((e) => Object.assign(e, { inScope: flags.get(e.id) ?? false }));
        },
        (m) => m.personId,
      ),

      pledge: scopedRows(FiveNoThreeCleanPledge, 'p', inCallerUnitsSql),
      /** Keyed `chapterId:year`. */
      pledgeOfChapter: createRowLoader(
        (keys: readonly string[]) => {
          const pairs = keys
            .map((k) => k.split(':'))
            .filter(([id, year]) => isUuid(id!) && /^\d{4}$/.test(year!));
          if (!pairs.length) return Promise.resolve([]);
          return repo(FiveNoThreeCleanPledge)
            .createQueryBuilder('p')
            .where(`(p.chapter_id, p.year) IN (SELECT * FROM unnest(:ids::uuid[], :years::int[]))`, {
              ids: pairs.map(([id]) => id),
              years: pairs.map(([, year]) => Number(year)),
            })
            .getMany();
        },
        (p) => `${p.chapterId}:${p.year}`,
      ),
      pledgedHouseholds: createGroupLoader(
        (ids: readonly string[]) =>
          repo(FiveNoThreeCleanPledgedHousehold).find({
            where: { pledgeId: In(uuids(ids)) },
            order: { addedOn: 'ASC', id: 'ASC' },
          }),
        (h) => h.pledgeId,
      ),
      /** A register household's pledges in the caller's units, newest year first. */
      pledgesOfHousehold: createGroupLoader(
        (ids: readonly string[]) =>
          repo(FiveNoThreeCleanPledgedHousehold)
            .createQueryBuilder('h')
            .where('h.household_id = ANY(:ids)', { ids: uuids(ids), callerUnits })
            .andWhere(inCallerUnitsSql('h'))
            .orderBy('h.year', 'DESC')
            .getMany(),
        (h) => h.householdId,
      ),
      reviews: createGroupLoader(
        (ids: readonly string[]) =>
          repo(FiveNoThreeCleanReview).find({
            where: { pledgedHouseholdId: In(uuids(ids)) },
            order: { reviewDate: 'ASC' },
          }),
        (r) => r.pledgedHouseholdId,
      ),
      pledgeProgress: new DataLoader(async (ids: readonly string[]) => {
        const byId = await pledgeProgressFigures(dataSource, uuids(ids));
        return ids.map((id) => byId.get(id) ?? null);
      }),

      campaign: scopedRows(SavingsDayCampaign, 's', inCallerReachSql),
      /** A campaign's targets for chapters in the caller's units. */
      campaignTargets: createGroupLoader(
        (ids: readonly string[]) =>
          repo(SavingsDayTarget)
            .createQueryBuilder('t')
            .where('t.campaign_id = ANY(:ids)', { ids: uuids(ids), callerUnits })
            .andWhere(inCallerUnitsSql('t'))
            .orderBy('t.unit_code')
            .getMany(),
        (t) => t.campaignId,
      ),
      campaignTotals: new DataLoader(async (ids: readonly string[]) => {
        const byId = await campaignTotals(dataSource, uuids(ids));
        return ids.map((id) => byId.get(id) ?? { amount: 0, contributions: 0 });
      }),
      targetTotals: new DataLoader(async (ids: readonly string[]) => {
        const byId = await targetTotals(dataSource, uuids(ids));
        return ids.map((id) => byId.get(id) ?? 0);
      }),

      group: scopedRows(SavingsLoanGroup, 'g', inCallerUnitsSql),
      /** Current members of each group, by name of the union's register. */
      groupMembers: createGroupLoader(
        async (ids: readonly string[]) => {
          const rows = await repo(WomensUnionMember)
            .createQueryBuilder('m')
            .innerJoin(SavingsLoanGroupMembership, 'gm', 'gm.member_id = m.id AND gm.left_on IS NULL')
            .addSelect('gm.group_id', 'group_id')
            .where('gm.group_id = ANY(:ids)', { ids: uuids(ids) })
            .orderBy('gm.joined_on')
            .addOrderBy('m.id')
            .getRawAndEntities();
          const members = new Map(rows.entities.map((m) => [m.id, m]));
          return rows.raw.map((r) => ({ groupId: r.group_id as string, member: members.get(r.m_id)! }));
        },
        (r) => r.groupId,
      ),
      /** Groups a member belongs to now. */
      memberGroups: createGroupLoader(
        async (ids: readonly string[]) => {
          const rows = await repo(SavingsLoanGroup)
            .createQueryBuilder('g')
            .innerJoin(SavingsLoanGroupMembership, 'gm', 'gm.group_id = g.id AND gm.left_on IS NULL')
            .addSelect('gm.member_id', 'member_id')
            .where('gm.member_id = ANY(:ids)', { ids: uuids(ids) })
            .orderBy('g.name')
            .getRawAndEntities();
          const groups = new Map(rows.entities.map((g) => [g.id, g]));
          return rows.raw.map((r) => ({ memberId: r.member_id as string, group: groups.get(r.g_id)! }));
        },
        (r) => r.memberId,
      ),

      /** Support a register household received, in the caller's units, newest first. */
      supportOfHousehold: createGroupLoader(
        (ids: readonly string[]) =>
          repo(WomensUnionSupportActivity)
            .createQueryBuilder('s')
            .where('s.household_id = ANY(:ids)', { ids: uuids(ids), callerUnits })
            .andWhere(inCallerUnitsSql('s'))
            .orderBy('s.date', 'DESC')
            .getMany(),
        (s) => s.householdId,
      ),

      ...reportLoaders(dataSource),

      /** The cross-agency report's figures of areas (a unit and everything below it) for periods. */
      areaPledges: area(pledgeFigures, emptyPledgeFigures),
      areaSavingsDay: area(savingsDayFigures, emptySavingsDayFigures),
      areaGroups: area(groupFigures, emptyGroupFigures),
      areaSupport: area(supportFigures, emptySupportFigures),
      areaMembers: area(memberFigures, emptyMemberFigures),
    };
  };
}
