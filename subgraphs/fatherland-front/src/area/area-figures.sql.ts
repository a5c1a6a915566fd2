import type { DataSource } from 'typeorm';
import { areaUnitsCte, todayInVietnam, type Period } from '@chung-tay/common';
import { loadCoverageFacts } from '../coverage/coverage.facts';
import { evaluateCoverage } from '../coverage/coverage.rules';
import { SponsorshipCoverageRuleKind as Rule } from '../enums';
import { monthOfDate, monthStartDate } from '../months';
import { percent1 } from '../percent';
import type {
  FatherlandFrontAreaCoverage,
  FatherlandFrontAreaFund,
  FatherlandFrontAreaHouses,
  FatherlandFrontAreaSponsorship,
} from './area-figures.types';

/*
 * One figure set each, for many areas and one period, in ONE statement: `areaUnitsCte` pairs every area's root
 * code with the codes of its units, and the statement groups by root. Roots with no records are left out (the
 * area loader gives them the empty figures).
 */

/**
 * The names of the figure sets in area_rollup, where a finished period's are kept. What each reads (the SQL
 * below, and loadCoverageFacts) carries the triggers of AreaRollupTriggers1763900008600: a figure set that reads
 * another table, or a column without a date saying from when its row counts, must be added there, or a finished
 * period's figures go stale.
 */
export const AREA_FIGURES = {
  fund: 'ff.fund',
  houses: 'ff.houses',
  sponsorship: 'ff.sponsorship',
  coverage: 'ff.coverage',
} as const;

/** Stocks are taken on the period's last day, or today while the period runs. */
export const asOfFor = (period: Period, today = todayInVietnam()) =>
  period.end < today ? period.end : today;

const num = (v: string | number | null | undefined) => Number(v ?? 0);
const byRoot = <T>(rows: Record<string, string>[], map: (r: Record<string, string>) => T) =>
  new Map(rows.map((r) => [r.root, map(r)]));

export const emptyFund = (): FatherlandFrontAreaFund => ({
  openingBalance: 0,
  donations: 0,
  donationCount: 0,
  disbursements: 0,
  disbursementCount: 0,
  householdsSupported: 0,
  closingBalance: 0,
});

/** Donations and disbursements of the funds whose committee's unit is in the area. */
export async function fundFigures(dataSource: DataSource, roots: string[], period: Period) {
  const rows = await dataSource.query(
    `WITH RECURSIVE ${areaUnitsCte('unit_tree')},
     entry AS (
       SELECT a.root, d.date, d.amount, NULL::uuid AS household_id
         FROM front_donation d JOIN area_unit a ON a.code = d.unit_code WHERE d.date <= $3
       UNION ALL
       SELECT a.root, x.date, -x.amount, x.household_id
         FROM front_disbursement x JOIN area_unit a ON a.code = x.unit_code WHERE x.date <= $3)
     SELECT root,
       coalesce(sum(amount) FILTER (WHERE date < $2), 0) AS opening,
       coalesce(sum(amount) FILTER (WHERE amount > 0 AND date >= $2), 0) AS donations,
       count(*) FILTER (WHERE amount > 0 AND date >= $2) AS donation_count,
       coalesce(-sum(amount) FILTER (WHERE amount < 0 AND date >= $2), 0) AS disbursements,
       count(*) FILTER (WHERE amount < 0 AND date >= $2) AS disbursement_count,
       count(DISTINCT household_id) FILTER (WHERE date >= $2) AS households,
       coalesce(sum(amount) FILTER (WHERE date <= $4), 0) AS closing
     FROM entry GROUP BY root`,
    [roots, period.start, period.end, asOfFor(period)],
  );
  return byRoot(rows, (r): FatherlandFrontAreaFund => ({
    openingBalance: num(r.opening),
    donations: num(r.donations),
    donationCount: num(r.donation_count),
    disbursements: num(r.disbursements),
    disbursementCount: num(r.disbursement_count),
    householdsSupported: num(r.households),
    closingBalance: num(r.closing),
  }));
}

export const emptyHouses = (): FatherlandFrontAreaHouses => ({
  approved: 0,
  built: 0,
  repaired: 0,
  completedValue: 0,
  inProgress: 0,
});

/** Solidarity houses standing in the area's communes. */
export async function houseFigures(dataSource: DataSource, roots: string[], period: Period) {
  const rows = await dataSource.query(
    `WITH RECURSIVE ${areaUnitsCte('unit_tree')}
     SELECT a.root,
       count(*) FILTER (WHERE h.approved_on BETWEEN $2 AND $3) AS approved,
       count(*) FILTER (WHERE h.completed_on BETWEEN $2 AND $3 AND h.work = 'BUILD') AS built,
       count(*) FILTER (WHERE h.completed_on BETWEEN $2 AND $3 AND h.work = 'REPAIR') AS repaired,
       coalesce(sum(h.amount) FILTER (WHERE h.completed_on BETWEEN $2 AND $3), 0) AS completed_value,
       count(*) FILTER (WHERE h.approved_on <= $4 AND (h.completed_on IS NULL OR h.completed_on > $4)
         AND (h.cancelled_on IS NULL OR h.cancelled_on > $4)) AS in_progress
     FROM solidarity_house h JOIN area_unit a ON a.code = h.unit_code
     GROUP BY a.root`,
    [roots, period.start, period.end, asOfFor(period)],
  );
  return byRoot(rows, (r): FatherlandFrontAreaHouses => ({
    approved: num(r.approved),
    built: num(r.built),
    repaired: num(r.repaired),
    completedValue: num(r.completed_value),
    inProgress: num(r.in_progress),
  }));
}

export type SponsorshipSqlFigures = Omit<FatherlandFrontAreaSponsorship, 'peopleInNeed'>;

export const emptySponsorship = (): SponsorshipSqlFigures => ({
  pledgesSigned: 0,
  activePledges: 0,
  pledgedPerMonth: 0,
  paid: 0,
  paymentCount: 0,
  arrears: 0,
  pledgesInArrears: 0,
});

/**
 * Pledges for people of the area's communes: signed in the period, active on the as-of day, payments made in the
 * period, and arrears on the as-of day (as `computeArrears`, counting only payments made by then).
 */
export async function sponsorshipFigures(dataSource: DataSource, roots: string[], period: Period) {
  const asOf = asOfFor(period);
  const rows = await dataSource.query(
    `WITH RECURSIVE ${areaUnitsCte('unit_tree')},
     pledge AS (
       SELECT a.root, p.id, p.amount_per_month, p.start_month, p.end_month, p.signed_on
       FROM sponsorship_pledge p JOIN area_unit a ON a.code = p.unit_code),
     owed AS (
       SELECT p.root, p.id, sum(p.amount_per_month - LEAST(coalesce(x.amount, 0), p.amount_per_month)) AS arrears
       FROM pledge p
       CROSS JOIN LATERAL generate_series(p.start_month, LEAST(p.end_month, $5::date), interval '1 month') AS m(month)
       LEFT JOIN sponsorship_payment x ON x.pledge_id = p.id AND x.month = m.month::date AND x.paid_on <= $4
       WHERE p.signed_on <= $4
       GROUP BY p.root, p.id),
     paid AS (
       SELECT p.root, sum(x.amount) AS paid, count(*) AS payments
       FROM pledge p JOIN sponsorship_payment x ON x.pledge_id = p.id
       WHERE x.paid_on BETWEEN $2 AND $3
       GROUP BY p.root)
     SELECT g.root, g.signed, g.active, g.per_month, o.arrears, o.in_arrears, d.paid, d.payments
     FROM (SELECT root,
             count(*) FILTER (WHERE signed_on BETWEEN $2 AND $3) AS signed,
             count(*) FILTER (WHERE signed_on <= $4 AND start_month <= $5 AND end_month >= $5) AS active,
             sum(amount_per_month) FILTER (WHERE signed_on <= $4 AND start_month <= $5 AND end_month >= $5)
               AS per_month
           FROM pledge GROUP BY root) g
     LEFT JOIN (SELECT root, sum(arrears) AS arrears, count(*) FILTER (WHERE arrears > 0) AS in_arrears
                FROM owed GROUP BY root) o ON o.root = g.root
     LEFT JOIN paid d ON d.root = g.root`,
    [roots, period.start, period.end, asOf, monthStartDate(monthOfDate(asOf))],
  );
  return byRoot(rows, (r): SponsorshipSqlFigures => ({
    pledgesSigned: num(r.signed),
    activePledges: num(r.active),
    pledgedPerMonth: num(r.per_month),
    paid: num(r.paid),
    paymentCount: num(r.payments),
    arrears: num(r.arrears),
    pledgesInArrears: num(r.in_arrears),
  }));
}

export interface AreaCoverage extends FatherlandFrontAreaCoverage {
  peopleInNeed: number;
}

export const emptyCoverage = (): AreaCoverage => ({
  peopleInNeed: 0,
  coveredLocally: 0,
  coveredByProvinceOnly: 0,
  notCovered: 0,
  provinceList: 0,
  localSharePercent: null,
  communesChecked: 0,
  communesMeetingSeventyPercent: 0,
  seventyPercentRuleMet: null,
  communesSponsoringTwo: 0,
  districtUnitsChecked: 0,
  districtUnitsMeetingRule: 0,
  allRulesMet: true,
});

export { percent1 };

/** The coverage rules of `sponsorshipCoverage` on the as-of day, for every area, from one statement. */
export async function coverageFigures(dataSource: DataSource, roots: string[], period: Period) {
  const facts = await loadCoverageFacts(dataSource, roots, asOfFor(period));
  const result = new Map<string, AreaCoverage>();
  for (const [root, f] of facts) {
    const report = evaluateCoverage(f.needs, f.pledges, f.districtUnits);
    const rule = (kind: Rule) => report.rules.find((r) => r.rule === kind)!;
    const met = (kind: Rule) => rule(kind).checked - rule(kind).offenders.length;
    result.set(root, {
      peopleInNeed: report.peopleInNeed,
      coveredLocally: report.coveredLocally,
      coveredByProvinceOnly: report.coveredByProvinceOnly,
      notCovered: report.notCovered,
      provinceList: report.provinceList,
      localSharePercent: report.peopleInNeed ? percent1(report.coveredLocally, report.peopleInNeed) : null,
      communesChecked: report.communes.length,
      communesMeetingSeventyPercent: met(Rule.LOCAL_LEVELS_COVER_SEVENTY_PERCENT),
      seventyPercentRuleMet: report.communes.length
        ? rule(Rule.LOCAL_LEVELS_COVER_SEVENTY_PERCENT).passed
        : null,
      communesSponsoringTwo: met(Rule.COMMUNE_SPONSORS_TWO),
      districtUnitsChecked: report.districtUnits.length,
      districtUnitsMeetingRule: report.districtUnits.filter((u) => u.passed).length,
      allRulesMet: report.passed,
    });
  }
  return result;
}
