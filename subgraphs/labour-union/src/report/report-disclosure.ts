import { Discloser, type Caller } from '@chung-tay/common';
import { info } from '../info';
import type { UnionCareReport, UnionFundReport, UnionReportFigure } from './report.types';

interface NumberAndValue {
  number: number | null;
  valueVnd: number | null;
}

const n = (v: number | null) => v ?? 0;

/** The union's figures for this reader: exact for the Labour Union's own people, under the threshold rule else. */
export const discloserFor = (caller: Caller) => new Discloser(caller.org === info.name, info.name);

/** A number of records and their value: the value judged by the number. */
export function pair(d: Discloser, path: string, p: NumberAndValue): NumberAndValue {
  return {
    number: d.count(`${path}.number`, n(p.number)),
    valueVnd: d.amount(`${path}.valueVnd`, n(p.valueVnd), n(p.number)),
  };
}

/**
 * A seed 001 fund row as others see it: its number and value under the rule, and no note, which spells out
 * exact sub-counts (houses built and repaired, visits and gifts, handovers) that the rule would withhold.
 */
export function fundRow<R extends NumberAndValue & { line: string; note: string | null }>(
  d: Discloser,
  path: string,
  row: R,
): R {
  return { ...row, ...pair(d, `${path}.${row.line}`, row), note: d.exact ? row.note : null };
}

const figureOf = <F extends UnionReportFigure>(d: Discloser, path: string, f: F): F =>
  Object.assign(Object.create(Object.getPrototypeOf(f)) as F, f, pair(d, path, f));

/** unionFundReport as `caller` may see it, with how it was protected. */
export function fundReportFor(caller: Caller, r: UnionFundReport): UnionFundReport {
  const d = discloserFor(caller);
  if (d.exact) return { ...r, disclosure: d.note() };
  const rows = r.rows.map((row) =>
    Object.assign(Object.create(Object.getPrototypeOf(row)), fundRow(d, 'rows', row)),
  );
  return { ...r, rows, disclosure: d.note() };
}

/** unionCareReport as `caller` may see it: households and members counted, care and houses judged by their records. */
export function careReportFor(caller: Caller, r: UnionCareReport): UnionCareReport {
  const d = discloserFor(caller);
  if (d.exact) return { ...r, disclosure: d.note() };
  const count = (key: keyof UnionCareReport & string) => d.count(key, n(r[key] as number | null));
  return {
    ...r,
    householdsWithPlans: count('householdsWithPlans'),
    poorHouseholdsListed: count('poorHouseholdsListed'),
    nearPoorHouseholdsListed: count('nearPoorHouseholdsListed'),
    membersInPlannedHouseholds: count('membersInPlannedHouseholds'),
    householdsReached: count('householdsReached'),
    membersReached: count('membersReached'),
    care: figureOf(d, 'care', r.care),
    careByKind: r.careByKind.map((k) => figureOf(d, `careByKind.${k.kind}`, k)),
    careByFundingSource: r.careByFundingSource.map((s) =>
      figureOf(d, `careByFundingSource.${s.fundingSource}`, s),
    ),
    housesApproved: figureOf(d, 'housesApproved', r.housesApproved),
    housesCompleted: figureOf(d, 'housesCompleted', r.housesCompleted),
    fundGifts: figureOf(d, 'fundGifts', r.fundGifts),
    disclosure: d.note(),
  };
}
