import { areaUnitsCte, createAreaLoader, todayInVietnam, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { CareActivityKind, CareFundingSource, UnionHouseKind } from '../enums';
import { fundRows } from '../report/fund-rows';
import { toMillionVnd } from '../report/million';
import {
  careTotals,
  emptyCare,
  emptyGifts,
  emptyHouses,
  giftTotals,
  houseTotals,
  sumOf,
  unitScope,
  type CareTotals,
  type GiftTotals,
  type HouseTotals,
} from '../report/totals';
import type {
  LabourUnionAreaFigures,
  LabourUnionHouseFlow,
  LabourUnionMemberFigures,
} from './area-figures.types';

/** Stocks are taken on the period's last day, or today while the period runs. */
export const asOfDay = (period: Period) => {
  const today = todayInVietnam();
  return period.end < today ? period.end : today;
};

const emptyMembers = (): LabourUnionMemberFigures => ({
  active: 0,
  linked: 0,
  inPoorHouseholds: 0,
  inNearPoorHouseholds: 0,
  inPoorOrNearPoorHouseholds: 0,
  poorHouseholds: 0,
  nearPoorHouseholds: 0,
});

/**
 * Members in poor and near-poor households for many areas on one day, in one statement. A member was active on
 * the day if the current status is ACTIVE and took effect by then, or is another status that took effect after
 * it (the register keeps the current status only). A household's status on the day is the listed status of its
 * newest care plan in force then, whichever union organisation holds the plan.
 */
export async function memberTotals(
  ds: DataSource,
  unitCodes: string[],
  asOf: string,
): Promise<Map<string, LabourUnionMemberFigures>> {
  const rows: (LabourUnionMemberFigures & { root: string })[] = await ds.query(
    `WITH RECURSIVE ${areaUnitsCte('unit_tree')},
     listed AS (
       SELECT DISTINCT ON (p.household_id) p.household_id, p.listed_status
       FROM care_plan p WHERE p.listed_date <= $2 AND (p.closed_date IS NULL OR p.closed_date > $2)
       ORDER BY p.household_id, p.listed_date DESC
     ),
     active AS (
       SELECT s.root, m.household_id FROM union_member m JOIN area_unit s ON s.code = m.unit_code
       WHERE m.joined_date <= $2
         AND ((m.status = 'ACTIVE' AND m.status_since <= $2) OR (m.status <> 'ACTIVE' AND m.status_since > $2))
     )
     SELECT a.root, count(*)::int AS active, count(a.household_id)::int AS linked,
            count(*) FILTER (WHERE l.listed_status = 'POOR')::int AS "inPoorHouseholds",
            count(*) FILTER (WHERE l.listed_status = 'NEAR_POOR')::int AS "inNearPoorHouseholds",
            count(l.household_id)::int AS "inPoorOrNearPoorHouseholds",
            count(DISTINCT l.household_id) FILTER (WHERE l.listed_status = 'POOR')::int AS "poorHouseholds",
            count(DISTINCT l.household_id) FILTER (WHERE l.listed_status = 'NEAR_POOR')::int AS "nearPoorHouseholds"
     FROM active a LEFT JOIN listed l ON l.household_id = a.household_id
     GROUP BY a.root`,
    [unitCodes, asOf],
  );
  return new Map(rows.map(({ root, ...figures }) => [root, figures]));
}

const houseFlow = (houses: HouseTotals, which: 'approved' | 'completed'): LabourUnionHouseFlow => ({
  ...sumOf(
    houses.rows,
    () => true,
    (r) => r[which],
  ),
  built: sumOf(
    houses.rows,
    (r) => r.kind === UnionHouseKind.BUILD,
    (r) => r[which],
  ),
  repaired: sumOf(
    houses.rows,
    (r) => r.kind === UnionHouseKind.REPAIR,
    (r) => r[which],
  ),
});

/** The area's figures from its totals: plain data, so a report can freeze them as JSON. */
export function areaFigures(
  asOf: string,
  members: LabourUnionMemberFigures,
  care: CareTotals,
  houses: HouseTotals,
  gifts: GiftTotals,
): LabourUnionAreaFigures {
  return {
    asOf,
    members,
    care: {
      number: care.number,
      valueVnd: care.valueVnd,
      householdsReached: care.households,
      membersReached: care.members,
      byKind: Object.values(CareActivityKind).map((kind) => ({
        kind,
        ...sumOf(
          care.rows,
          (r) => r.kind === kind,
          (r) => r,
        ),
      })),
      byFundingSource: Object.values(CareFundingSource).map((fundingSource) => ({
        fundingSource,
        ...sumOf(
          care.rows,
          (r) => r.fundingSource === fundingSource,
          (r) => r,
        ),
      })),
    },
    houses: { approved: houseFlow(houses, 'approved'), completed: houseFlow(houses, 'completed') },
    fund: fundRows(care, houses, gifts).map(({ line, title, number, valueVnd, note }) => ({
      line,
      title,
      number,
      valueVnd,
      valueMillionVnd: toMillionVnd(valueVnd),
      note,
    })),
  };
}

/**
 * Per-request loaders of the area figures, one per kind of record: each answers every area asked for with the
 * same period in one statement (members, care, houses, gifts: four statements per period, whatever the areas).
 */
export function createAreaLoaders(ds: DataSource) {
  return {
    members: createAreaLoader((codes, period) => memberTotals(ds, codes, asOfDay(period)), emptyMembers),
    care: createAreaLoader((codes, period) => careTotals(ds, unitScope, codes, period), emptyCare),
    houses: createAreaLoader((codes, period) => houseTotals(ds, unitScope, codes, period), emptyHouses),
    gifts: createAreaLoader((codes, period) => giftTotals(ds, unitScope, codes, period), emptyGifts),
  };
}
