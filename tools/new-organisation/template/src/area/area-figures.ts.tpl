import type { DataSource } from 'typeorm';
import { areaUnitsCte, createAreaLoader, todayInVietnam, type AreaPeriod, type Period } from '@chung-tay/common';
import type { {{Pascal}}AreaFigures } from './area-figures.types';

type MemberCounts = Pick<{{Pascal}}AreaFigures, 'members' | 'householdsWithMembers'>;

/** Stocks are taken on the period's last day, or today while the period runs. */
export const asOfDay = (period: Period) => {
  const today = todayInVietnam();
  return period.end < today ? period.end : today;
};

/** Members and their households for many areas on one day, in one statement. */
async function memberCounts(ds: DataSource, unitCodes: string[], asOf: string) {
  const rows: (MemberCounts & { root: string })[] = await ds.query(
    `WITH RECURSIVE ${areaUnitsCte('unit_tree')}
     SELECT s.root, count(*)::int AS members, count(DISTINCT m.household_id)::int AS "householdsWithMembers"
     FROM member m JOIN area_unit s ON s.code = m.unit_code
     WHERE m.joined_date <= $2
     GROUP BY s.root`,
    [unitCodes, asOf],
  );
  return new Map(rows.map(({ root, ...counts }) => [root, counts]));
}

export const createAreaLoaders = (ds: DataSource) => ({
  members: createAreaLoader(
    (codes, period) => memberCounts(ds, codes, asOfDay(period)),
    (): MemberCounts => ({ members: 0, householdsWithMembers: 0 }),
  ),
});

/** The area's figures, exact (area-disclosure.ts protects them for other readers). */
export async function areaFigures(
  loaders: { area: ReturnType<typeof createAreaLoaders> },
  area: AreaPeriod,
): Promise<{{Pascal}}AreaFigures> {
  return { asOf: asOfDay(area.period), ...(await loaders.area.members.load(area)) };
}
