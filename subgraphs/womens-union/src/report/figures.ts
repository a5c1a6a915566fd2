import { areaUnitsCte, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { SavingsLoanGroupLender, WomensUnionSupportKind } from '../enums';
import { LATEST_REVIEWS } from '../pledge/pledge.service';

/**
 * The union's figures are counted the same way for a chapter's periodic report and for an area of the
 * cross-agency report; only what a key covers differs. A scope defines CTE `scope(key, …)` for the keys in $1 and
 * attaches a record (alias, with its chapter and unit) to every key covering it as `scope.key`, so one statement
 * answers all the keys of a period.
 */
export interface FigureScope {
  /** CTEs to put after `WITH RECURSIVE`, defining `scope`; $1 is the keys. */
  ctes: string;
  /** JOIN clauses attaching record `x` to `scope`; `chapterId` is its chapter's id column. */
  join: (x: string, chapterId?: string) => string;
  /** CTE `target(key, amount)`: each key's Savings day target for the year in $6 (see the scopes). */
  savingsTarget: string;
}

/** Every target of the year's campaigns: the ones given to chapters, and a campaign's own (given from above). */
const TARGETS = `targets AS (
    SELECT st.campaign_id, c.id AS chapter_id, c.path, st.unit_code, st.amount
      FROM savings_day_target st JOIN savings_day_campaign sc ON sc.id = st.campaign_id
      JOIN chapter c ON c.id = st.chapter_id WHERE sc.year = $6
    UNION ALL SELECT sc.id, c.id, c.path, sc.unit_code, sc.target_amount
      FROM savings_day_campaign sc JOIN chapter c ON c.id = sc.chapter_id
      WHERE sc.year = $6 AND sc.target_amount IS NOT NULL)`;

/** A chapter and the chapters below it (by chapter path); keys are chapter ids. */
export const CHAPTER_SCOPE: FigureScope = {
  ctes: `scope AS (SELECT id::text AS key, path FROM chapter WHERE id = ANY($1::uuid[]))`,
  join: (x, chapterId = `${x}.chapter_id`) =>
    `JOIN chapter ${x}_c ON ${x}_c.id = ${chapterId} JOIN scope ON ${x}_c.path LIKE scope.path || '%'`,
  // The chapter's own target: given to it, or the one of the campaign it runs.
  savingsTarget: `${TARGETS}, target AS (
    SELECT scope.key, sum(t.amount)::bigint AS amount FROM targets t JOIN scope ON scope.key = t.chapter_id::text
    GROUP BY scope.key)`,
};

/**
 * An area: records on the unit and on every unit below it or that took its area over (areaUnitsCte); keys are
 * unit codes. Records are placed by their own unit code, whatever chapter keeps them.
 */
export const AREA_SCOPE: FigureScope = {
  ctes: `${areaUnitsCte('unit_tree')}, scope AS (SELECT root AS key, code FROM area_unit)`,
  join: (x) => `JOIN scope ON scope.code = ${x}.unit_code`,
  // The targets set for the area: per campaign, those of chapters in the area with no chapter above them in the
  // area also holding a target of that campaign (a province's target covers its communes' shares of it).
  savingsTarget: `${TARGETS}, target AS (
    SELECT scope.key, sum(t.amount)::bigint AS amount FROM targets t JOIN scope ON scope.code = t.unit_code
    WHERE NOT EXISTS (
      SELECT 1 FROM targets o JOIN scope so ON so.code = o.unit_code AND so.key = scope.key
      WHERE o.campaign_id = t.campaign_id AND o.chapter_id <> t.chapter_id AND t.path LIKE o.path || '%')
    GROUP BY scope.key)`,
};

/**
 * Figures of one scope for keys and a period: flows count records dated in the period, stocks are taken on
 * `asOf`, at the latest the period's end (today for a period still running).
 */
export type ScopedFetch<R> = (
  ds: DataSource,
  scope: FigureScope,
  keys: string[],
  period: Period,
  asOf: string,
) => Promise<Map<string, R>>;

export interface PledgeFigures {
  pledges: number;
  targetHouseholds: number;
  pledged: number;
  reviewed: number;
  meetingAllCriteria: number;
  meetingNoHungerOrPoverty: number;
}

/** "5 không 3 sạch": pledges of the period's year made by `asOf`; each household by its latest review by then. */
export const pledgeFigures: ScopedFetch<PledgeFigures> = async (ds, scope, keys, period, asOf) => {
  const rows: ({ key: string } & PledgeFigures)[] = await ds.query(
    `WITH RECURSIVE ${scope.ctes},
     latest AS (${LATEST_REVIEWS('r.year = $2 AND r.review_date <= $3')}),
     p AS (SELECT scope.key, count(*)::int AS pledges, sum(x.target_households)::int AS target
       FROM pledge x ${scope.join('x')} WHERE x.year = $2 AND x.pledged_on <= $3 GROUP BY scope.key),
     h AS (SELECT scope.key, count(*)::int AS pledged, count(l.pledged_household_id)::int AS reviewed,
         count(*) FILTER (WHERE l.criteria_met = 8)::int AS all_criteria,
         count(*) FILTER (WHERE l.no_hunger_or_poverty)::int AS no_hunger
       FROM pledged_household x JOIN pledge xp ON xp.id = x.pledge_id ${scope.join('x', 'xp.chapter_id')}
       LEFT JOIN latest l ON l.pledged_household_id = x.id
       WHERE x.year = $2 AND x.added_on <= $3 GROUP BY scope.key)
     SELECT coalesce(p.key, h.key) AS key, coalesce(p.pledges, 0) AS pledges,
       coalesce(p.target, 0) AS "targetHouseholds", coalesce(h.pledged, 0) AS pledged,
       coalesce(h.reviewed, 0) AS reviewed, coalesce(h.all_criteria, 0) AS "meetingAllCriteria",
       coalesce(h.no_hunger, 0) AS "meetingNoHungerOrPoverty"
     FROM p FULL JOIN h ON h.key = p.key`,
    [keys, period.year, asOf],
  );
  return new Map(rows.map(({ key, ...f }) => [key, f]));
};
export const emptyPledgeFigures = (): PledgeFigures => ({
  pledges: 0,
  targetHouseholds: 0,
  pledged: 0,
  reviewed: 0,
  meetingAllCriteria: 0,
  meetingNoHungerOrPoverty: 0,
});

export interface SavingsDayFigures {
  targetAmount: number | null;
  contributedAmount: number;
  contributions: number;
  contributingMembers: number;
  yearToDateAmount: number;
}

/** "Savings day for poor women": money given in the period and in the year up to `asOf`, the year's target. */
export const savingsDayFigures: ScopedFetch<SavingsDayFigures> = async (ds, scope, keys, period, asOf) => {
  const rows: {
    key: string;
    target: string | null;
    contributed: string;
    contributions: number;
    members: number;
    year_to_date: string;
  }[] = await ds.query(
    `WITH RECURSIVE ${scope.ctes}, ${scope.savingsTarget},
     given AS (SELECT scope.key,
         sum(x.amount) FILTER (WHERE x.date BETWEEN $2 AND $3)::bigint AS contributed,
         count(*) FILTER (WHERE x.date BETWEEN $2 AND $3)::int AS contributions,
         count(DISTINCT x.member_id) FILTER (WHERE x.date BETWEEN $2 AND $3)::int AS members,
         sum(x.amount) FILTER (WHERE x.date BETWEEN $5 AND $4)::bigint AS year_to_date
       FROM savings_day_contribution x ${scope.join('x')}
       WHERE x.date BETWEEN $2 AND $3 OR x.date BETWEEN $5 AND $4 GROUP BY scope.key)
     SELECT coalesce(g.key, t.key) AS key, t.amount AS target, coalesce(g.contributed, 0) AS contributed,
       coalesce(g.contributions, 0) AS contributions, coalesce(g.members, 0) AS members,
       coalesce(g.year_to_date, 0) AS year_to_date
     FROM given g FULL JOIN target t ON t.key = g.key`,
    [keys, period.start, period.end, asOf, `${period.year}-01-01`, period.year],
  );
  return new Map(
    rows.map((r) => [
      r.key,
      {
        targetAmount: r.target == null ? null : Number(r.target),
        contributedAmount: Number(r.contributed),
        contributions: r.contributions,
        contributingMembers: r.members,
        yearToDateAmount: Number(r.year_to_date),
      },
    ]),
  );
};
export const emptySavingsDayFigures = (): SavingsDayFigures => ({
  targetAmount: null,
  contributedAmount: 0,
  contributions: 0,
  contributingMembers: 0,
  yearToDateAmount: 0,
});

export interface GroupCounts {
  groups: number;
  formed: number;
  members: number;
}
export interface LenderFigures extends GroupCounts {
  lender: SavingsLoanGroupLender;
}
export interface GroupFigures {
  total: GroupCounts;
  byLender: LenderFigures[];
}

/**
 * Savings-and-loan groups existing (formed, not dissolved) on `asOf` with their members then, and groups formed
 * in the period; by lender (lenders with no group left out) and in all (a woman counted once).
 */
export const groupFigures: ScopedFetch<GroupFigures> = async (ds, scope, keys, period, asOf) => {
  const rows: ({ key: string; lender: SavingsLoanGroupLender | null } & GroupCounts)[] = await ds.query(
    `WITH RECURSIVE ${scope.ctes},
     g AS (SELECT g.*, (g.formed_on <= $4 AND (g.status <> 'DISSOLVED' OR g.status_since > $4)) AS existing
           FROM savings_loan_group g
           WHERE g.formed_on <= $3 AND (g.status <> 'DISSOLVED' OR g.status_since >= $2))
     SELECT scope.key, x.lender,
       count(DISTINCT x.id) FILTER (WHERE x.existing)::int AS groups,
       count(DISTINCT x.id) FILTER (WHERE x.formed_on BETWEEN $2 AND $3)::int AS formed,
       count(DISTINCT m.member_id) FILTER (WHERE x.existing AND m.joined_on <= $4
         AND (m.left_on IS NULL OR m.left_on > $4))::int AS members
     FROM g x ${scope.join('x')}
     LEFT JOIN savings_loan_group_member m ON m.group_id = x.id
     GROUP BY GROUPING SETS ((scope.key, x.lender), (scope.key)) ORDER BY scope.key, x.lender`,
    [keys, period.start, period.end, asOf],
  );
  const result = new Map<string, GroupFigures>();
  for (const { key, lender, ...counts } of rows) {
    const f = result.get(key) ?? emptyGroupFigures();
    if (lender) f.byLender.push({ lender, ...counts });
    else f.total = counts;
    result.set(key, f);
  }
  return result;
};
export const emptyGroupFigures = (): GroupFigures => ({
  total: { groups: 0, formed: 0, members: 0 },
  byLender: [],
});

export interface SupportCounts {
  activities: number;
  households: number;
  value: number;
}
export interface SupportKindFigures extends SupportCounts {
  kind: WomensUnionSupportKind;
}
export interface SupportFigures {
  total: SupportCounts;
  byKind: SupportKindFigures[];
}

/** Support given in the period, by kind (kinds with none left out) and in all (a household counted once). */
export const supportFigures: ScopedFetch<SupportFigures> = async (ds, scope, keys, period) => {
  const rows: {
    key: string;
    kind: WomensUnionSupportKind | null;
    activities: number;
    households: number;
    value: string;
  }[] = await ds.query(
    `WITH RECURSIVE ${scope.ctes}
       SELECT scope.key, x.kind, count(*)::int AS activities,
         count(DISTINCT x.household_id)::int AS households, sum(x.value)::bigint AS value
       FROM support_activity x ${scope.join('x')}
       WHERE x.date BETWEEN $2 AND $3
       GROUP BY GROUPING SETS ((scope.key, x.kind), (scope.key)) ORDER BY scope.key, x.kind`,
    [keys, period.start, period.end],
  );
  const result = new Map<string, SupportFigures>();
  for (const { key, kind, value, ...counts } of rows) {
    const f = result.get(key) ?? emptySupportFigures();
    if (kind) f.byKind.push({ kind, ...counts, value: Number(value) });
    else f.total = { ...counts, value: Number(value) };
    result.set(key, f);
  }
  return result;
};
export const emptySupportFigures = (): SupportFigures => ({
  total: { activities: 0, households: 0, value: 0 },
  byKind: [],
});

export interface MemberFigures {
  members: number;
  joined: number;
  left: number;
}

/** Members on `asOf`, members who joined and who left in the period. */
export const memberFigures: ScopedFetch<MemberFigures> = async (ds, scope, keys, period, asOf) => {
  const rows: ({ key: string } & MemberFigures)[] = await ds.query(
    `WITH RECURSIVE ${scope.ctes}
     SELECT scope.key,
       count(*) FILTER (WHERE x.joined_on <= $4 AND (x.left_on IS NULL OR x.left_on > $4))::int AS members,
       count(*) FILTER (WHERE x.joined_on BETWEEN $2 AND $3)::int AS joined,
       count(*) FILTER (WHERE x.left_on BETWEEN $2 AND $3)::int AS left
     FROM union_member x ${scope.join('x')}
     WHERE x.joined_on <= $3 GROUP BY scope.key`,
    [keys, period.start, period.end, asOf],
  );
  return new Map(rows.map(({ key, ...f }) => [key, f]));
};
export const emptyMemberFigures = (): MemberFigures => ({ members: 0, joined: 0, left: 0 });
