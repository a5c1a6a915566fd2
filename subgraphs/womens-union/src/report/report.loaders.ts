import DataLoader from 'dataloader';
import { isUuid, parsePeriod, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { SavingsLoanGroupLender, WomensUnionSupportKind } from '../enums';
import { LATEST_REVIEWS } from '../pledge/pledge.service';
import { ReportSubmission } from './report-submission.entity';

export const reportKey = (chapterId: string, period: Period) => `${chapterId}|${period.code}`;

/** The chapters asked for and their subtrees; every figure set sums over a chapter and the chapters below it. */
const TARGETS = `t AS (SELECT id, path FROM chapter WHERE id = ANY($1::uuid[]))`;
const SUBTREE = `c.path LIKE t.path || '%'`;

export interface PledgeFigures {
  pledges: number;
  targetHouseholds: number;
  pledged: number;
  reviewed: number;
  meetingAllCriteria: number;
  meetingNoHungerOrPoverty: number;
}
export interface SavingsDayFigures {
  targetAmount: number | null;
  contributedAmount: number;
  contributions: number;
  contributingMembers: number;
}
export interface LenderFigures {
  lender: SavingsLoanGroupLender;
  groups: number;
  formed: number;
  members: number;
}
export interface SupportFigures {
  kind: WomensUnionSupportKind;
  activities: number;
  households: number;
  value: number;
}
export interface MemberFigures {
  members: number;
  joined: number;
  left: number;
}

type Fetch<R> = (dataSource: DataSource, ids: string[], period: Period) => Promise<Map<string, R>>;

/**
 * A loader of one figure set for many (chapter, period) keys: one SQL statement per period asked for, whatever
 * the number of chapters.
 */
function perPeriod<R>(dataSource: DataSource, fetch: Fetch<R>, empty: () => R) {
  return new DataLoader<string, R>(async (keys) => {
    const byPeriod = new Map<string, string[]>();
    for (const key of keys) {
      const [id, code] = key.split('|') as [string, string];
      if (isUuid(id)) byPeriod.set(code, [...(byPeriod.get(code) ?? []), id]);
    }
    const results = new Map<string, R>();
    await Promise.all(
      [...byPeriod].map(async ([code, ids]) => {
        const figures = await fetch(dataSource, [...new Set(ids)], parsePeriod(code));
        for (const [id, value] of figures) results.set(`${id}|${code}`, value);
      }),
    );
    return keys.map((k) => results.get(k) ?? empty());
  });
}

const group = <R extends object>(rows: ({ chapter_id: string } & R)[]) => {
  const map = new Map<string, R[]>();
  for (const { chapter_id, ...rest } of rows)
    map.set(chapter_id, [...(map.get(chapter_id) ?? []), rest as R]);
  return map;
};

/** Pledges of the period's year; each household counted by its latest review up to the period's end. */
const pledgeFigures: Fetch<PledgeFigures> = async (ds, ids, period) => {
  const rows: ({ chapter_id: string } & PledgeFigures)[] = await ds.query(
    `WITH ${TARGETS},
     latest AS (${LATEST_REVIEWS('r.year = $2 AND r.review_date <= $3')})
     SELECT t.id AS chapter_id,
       (SELECT count(*) FROM pledge p JOIN chapter c ON c.id = p.chapter_id
         WHERE ${SUBTREE} AND p.year = $2 AND p.pledged_on <= $3)::int AS pledges,
       (SELECT coalesce(sum(p.target_households), 0) FROM pledge p JOIN chapter c ON c.id = p.chapter_id
         WHERE ${SUBTREE} AND p.year = $2 AND p.pledged_on <= $3)::int AS "targetHouseholds",
       count(h.id)::int AS pledged,
       count(l.pledged_household_id)::int AS reviewed,
       count(*) FILTER (WHERE l.criteria_met = 8)::int AS "meetingAllCriteria",
       count(*) FILTER (WHERE l.no_hunger_or_poverty)::int AS "meetingNoHungerOrPoverty"
     FROM t
     LEFT JOIN (pledged_household h JOIN pledge p ON p.id = h.pledge_id JOIN chapter c ON c.id = p.chapter_id)
       ON ${SUBTREE} AND h.year = $2 AND h.added_on <= $3
     LEFT JOIN latest l ON l.pledged_household_id = h.id
     GROUP BY t.id, t.path`,
    [ids, period.year, period.end],
  );
  return new Map(rows.map(({ chapter_id, ...f }) => [chapter_id, f]));
};

/** Money given in the period; the target is the chapter's own for the year's campaigns. */
const savingsDayFigures: Fetch<SavingsDayFigures> = async (ds, ids, period) => {
  const rows: {
    chapter_id: string;
    target: string | null;
    contributed: string;
    contributions: number;
    members: number;
  }[] = await ds.query(
    `WITH ${TARGETS}
     SELECT t.id AS chapter_id,
       (SELECT sum(x.amount) FROM (
          SELECT st.amount FROM savings_day_target st JOIN savings_day_campaign sc ON sc.id = st.campaign_id
            WHERE st.chapter_id = t.id AND sc.year = $2
          UNION ALL SELECT sc.target_amount FROM savings_day_campaign sc
            WHERE sc.chapter_id = t.id AND sc.year = $2) x)::bigint AS target,
       coalesce(sum(k.amount), 0)::bigint AS contributed,
       count(k.id)::int AS contributions,
       count(DISTINCT k.member_id)::int AS members
     FROM t
     LEFT JOIN (savings_day_contribution k JOIN chapter c ON c.id = k.chapter_id)
       ON ${SUBTREE} AND k.date BETWEEN $3 AND $4
     GROUP BY t.id, t.path`,
    [ids, period.year, period.start, period.end],
  );
  return new Map(
    rows.map((r) => [
      r.chapter_id,
      {
        targetAmount: r.target == null ? null : Number(r.target),
        contributedAmount: Number(r.contributed),
        contributions: r.contributions,
        contributingMembers: r.members,
      },
    ]),
  );
};

/**
 * Groups existing (formed, not dissolved) at the period's end, by lender, with their members then; lenders with
 * no group in the period are left out.
 */
const lenderFigures: Fetch<LenderFigures[]> = async (ds, ids, period) => {
  const rows: ({ chapter_id: string } & LenderFigures)[] = await ds.query(
    `WITH ${TARGETS},
     g AS (SELECT g.*, (g.formed_on <= $3 AND (g.status <> 'DISSOLVED' OR g.status_since > $3)) AS existing
           FROM savings_loan_group g
           WHERE g.formed_on <= $3 AND (g.status <> 'DISSOLVED' OR g.status_since >= $2))
     SELECT t.id AS chapter_id, g.lender,
       count(DISTINCT g.id) FILTER (WHERE g.existing)::int AS groups,
       count(DISTINCT g.id) FILTER (WHERE g.formed_on BETWEEN $2 AND $3)::int AS formed,
       count(DISTINCT m.member_id) FILTER (WHERE g.existing AND m.joined_on <= $3
         AND (m.left_on IS NULL OR m.left_on > $3))::int AS members
     FROM t JOIN chapter c ON ${SUBTREE} JOIN g ON g.chapter_id = c.id
     LEFT JOIN savings_loan_group_member m ON m.group_id = g.id
     GROUP BY t.id, g.lender ORDER BY g.lender`,
    [ids, period.start, period.end],
  );
  return group(rows);
};

const supportFigures: Fetch<SupportFigures[]> = async (ds, ids, period) => {
  const rows: {
    chapter_id: string;
    kind: WomensUnionSupportKind;
    activities: number;
    households: number;
    value: string;
  }[] = await ds.query(
    `WITH ${TARGETS}
       SELECT t.id AS chapter_id, s.kind, count(*)::int AS activities,
         count(DISTINCT s.household_id)::int AS households, sum(s.value)::bigint AS value
       FROM t JOIN chapter c ON ${SUBTREE}
       JOIN support_activity s ON s.chapter_id = c.id AND s.date BETWEEN $2 AND $3
       GROUP BY t.id, s.kind ORDER BY s.kind`,
    [ids, period.start, period.end],
  );
  return group(rows.map((r) => ({ ...r, value: Number(r.value) })));
};

const memberFigures: Fetch<MemberFigures> = async (ds, ids, period) => {
  const rows: ({ chapter_id: string } & MemberFigures)[] = await ds.query(
    `WITH ${TARGETS}
     SELECT t.id AS chapter_id,
       count(m.id) FILTER (WHERE m.joined_on <= $3 AND (m.left_on IS NULL OR m.left_on > $3))::int AS members,
       count(m.id) FILTER (WHERE m.joined_on BETWEEN $2 AND $3)::int AS joined,
       count(m.id) FILTER (WHERE m.left_on BETWEEN $2 AND $3)::int AS left
     FROM t LEFT JOIN (union_member m JOIN chapter c ON c.id = m.chapter_id) ON ${SUBTREE}
     GROUP BY t.id, t.path`,
    [ids, period.start, period.end],
  );
  return new Map(rows.map(({ chapter_id, ...f }) => [chapter_id, f]));
};

const submissions: Fetch<ReportSubmission | null> = async (ds, ids, period) => {
  const rows = await ds
    .getRepository(ReportSubmission)
    .createQueryBuilder('s')
    .where('s.chapter_id = ANY(:ids) AND s.period_code = :code', { ids, code: period.code })
    .getMany();
  return new Map(rows.map((s) => [s.chapterId, s]));
};

/** The report's figure sets, batched per request like every other read. */
export function reportLoaders(dataSource: DataSource) {
  return {
    reportPledges: perPeriod(dataSource, pledgeFigures, () => ({
      pledges: 0,
      targetHouseholds: 0,
      pledged: 0,
      reviewed: 0,
      meetingAllCriteria: 0,
      meetingNoHungerOrPoverty: 0,
    })),
    reportSavingsDay: perPeriod(dataSource, savingsDayFigures, () => ({
      targetAmount: null,
      contributedAmount: 0,
      contributions: 0,
      contributingMembers: 0,
    })),
    reportLenders: perPeriod(dataSource, lenderFigures, () => []),
    reportSupport: perPeriod(dataSource, supportFigures, () => []),
    reportMembers: perPeriod(dataSource, memberFigures, () => ({ members: 0, joined: 0, left: 0 })),
    reportSubmission: perPeriod(dataSource, submissions, () => null),
  };
}
