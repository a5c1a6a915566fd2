import { areaUnitsCte, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { CareActivityKind, CareFundingSource, UnionHouseKind } from '../enums';

/**
 * The records' totals behind every union report (seed 000 care report, seed 001 fund report, the area view):
 * one statement per kind of record answers many roots at once, grouped by root. A root is an administrative unit
 * (its records and those of every unit below it or that took its area over) or a union organisation (its records
 * and those of every organisation below it).
 */
export interface RecordScope {
  /** A recursive CTE naming `scope(root, …)`, with the roots as the array parameter $1. */
  cte: string;
  /** Joins the records of `alias` to the scope, exposing `s.root`. */
  join: (alias: string) => string;
}

export const unitScope: RecordScope = {
  cte: areaUnitsCte('unit_tree'),
  join: (a) => `JOIN area_unit s ON s.code = ${a}.unit_code`,
};

export const organisationScope: RecordScope = {
  cte: `org_subtree(root, id) AS (
    SELECT id::text, id FROM union_organisation WHERE id = ANY($1::uuid[])
    UNION SELECT s.root, o.id FROM union_organisation o JOIN org_subtree s ON o.parent_id = s.id
  )`,
  join: (a) => `JOIN org_subtree s ON s.id = ${a}.union_organisation_id`,
};

export interface NumberAndValue {
  number: number;
  valueVnd: number;
}

/** Visits and gifts dated in the period. */
export interface CareTotals extends NumberAndValue {
  /** Distinct households named in them. */
  households: number;
  /** Distinct members named in them. */
  members: number;
  /** By kind and funding source; combinations with no care are left out. */
  rows: ({ kind: CareActivityKind; fundingSource: CareFundingSource } & NumberAndValue)[];
}

/** Union house grants (approved or completed, never cancelled) approved or handed over in the period. */
export interface HouseTotals {
  rows: {
    kind: UnionHouseKind;
    fundingSource: CareFundingSource;
    approved: NumberAndValue;
    completed: NumberAndValue;
  }[];
}

/** Workers' gifts to the For-the-Poor fund handed over in the period. */
export interface GiftTotals {
  handovers: number;
  organisations: number;
  contributors: number;
  amount: number;
}

export const emptyCare = (): CareTotals => ({ number: 0, valueVnd: 0, households: 0, members: 0, rows: [] });
export const emptyHouses = (): HouseTotals => ({ rows: [] });
export const emptyGifts = (): GiftTotals => ({ handovers: 0, organisations: 0, contributors: 0, amount: 0 });

const n = (value: unknown) => Number(value ?? 0);

export async function careTotals(
  ds: DataSource,
  scope: RecordScope,
  roots: string[],
  period: Period,
): Promise<Map<string, CareTotals>> {
  // The second grouping set gives each root's distinct households and members, which sub-totals cannot add up to.
  const rows: {
    root: string;
    kind: CareActivityKind | null;
    funding_source: CareFundingSource | null;
    number: number;
    value: string;
    households: number;
    members: number;
  }[] = await ds.query(
    `WITH RECURSIVE ${scope.cte}
     SELECT s.root, a.kind, a.funding_source, count(*)::int AS number, sum(a.value) AS value,
            count(DISTINCT a.household_id)::int AS households, count(DISTINCT a.member_id)::int AS members
     FROM care_activity a ${scope.join('a')}
     WHERE a.date BETWEEN $2 AND $3
     GROUP BY GROUPING SETS ((s.root, a.kind, a.funding_source), (s.root))`,
    [roots, period.start, period.end],
  );
  const totals = new Map<string, CareTotals>();
  const of = (root: string) => totals.get(root) ?? totals.set(root, emptyCare()).get(root)!;
  for (const r of rows) {
    const t = of(r.root);
    if (r.kind === null) {
      Object.assign(t, {
        number: r.number,
        valueVnd: n(r.value),
        households: r.households,
        members: r.members,
      });
    } else {
      t.rows.push({
        kind: r.kind,
        fundingSource: r.funding_source!,
        number: r.number,
        valueVnd: n(r.value),
      });
    }
  }
  return totals;
}

export async function houseTotals(
  ds: DataSource,
  scope: RecordScope,
  roots: string[],
  period: Period,
): Promise<Map<string, HouseTotals>> {
  const rows: {
    root: string;
    kind: UnionHouseKind;
    funding_source: CareFundingSource;
    approved: number;
    approved_value: string;
    completed: number;
    completed_value: string;
  }[] = await ds.query(
    `WITH RECURSIVE ${scope.cte}
     SELECT s.root, u.kind, u.funding_source,
            count(*) FILTER (WHERE u.approved_date BETWEEN $2 AND $3)::int AS approved,
            coalesce(sum(u.grant_amount) FILTER (WHERE u.approved_date BETWEEN $2 AND $3), 0) AS approved_value,
            count(*) FILTER (WHERE u.completed_date BETWEEN $2 AND $3)::int AS completed,
            coalesce(sum(u.grant_amount) FILTER (WHERE u.completed_date BETWEEN $2 AND $3), 0) AS completed_value
     FROM union_house u ${scope.join('u')}
     WHERE u.status IN ('APPROVED', 'COMPLETED')
       AND (u.approved_date BETWEEN $2 AND $3 OR u.completed_date BETWEEN $2 AND $3)
     GROUP BY s.root, u.kind, u.funding_source`,
    [roots, period.start, period.end],
  );
  const totals = new Map<string, HouseTotals>();
  for (const r of rows) {
    const t = totals.get(r.root) ?? totals.set(r.root, emptyHouses()).get(r.root)!;
    t.rows.push({
      kind: r.kind,
      fundingSource: r.funding_source,
      approved: { number: r.approved, valueVnd: n(r.approved_value) },
      completed: { number: r.completed, valueVnd: n(r.completed_value) },
    });
  }
  return totals;
}

export async function giftTotals(
  ds: DataSource,
  scope: RecordScope,
  roots: string[],
  period: Period,
): Promise<Map<string, GiftTotals>> {
  const rows: {
    root: string;
    handovers: number;
    organisations: number;
    contributors: string;
    amount: string;
  }[] = await ds.query(
    `WITH RECURSIVE ${scope.cte}
     SELECT s.root, count(*)::int AS handovers, count(DISTINCT g.union_organisation_id)::int AS organisations,
            sum(g.contributors) AS contributors, sum(g.amount) AS amount
     FROM fund_gift g ${scope.join('g')}
     WHERE g.date BETWEEN $2 AND $3
     GROUP BY s.root`,
    [roots, period.start, period.end],
  );
  return new Map(
    rows.map((r) => [
      r.root,
      {
        handovers: r.handovers,
        organisations: r.organisations,
        contributors: n(r.contributors),
        amount: n(r.amount),
      },
    ]),
  );
}

/** Sums the rows that `keep` keeps. */
export function sumOf<R>(rows: R[], keep: (row: R) => boolean, value: (row: R) => NumberAndValue) {
  return rows
    .filter(keep)
    .reduce<NumberAndValue>(
      (t, r) => ({ number: t.number + value(r).number, valueVnd: t.valueVnd + value(r).valueVnd }),
      { number: 0, valueVnd: 0 },
    );
}
