import { areaUnitsCte, todayInVietnam, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { portfolioPeriodSql } from '../portfolio/period.sql';
import { toPortfolioStanding, type PortfolioRow } from '../portfolio/standing.types';
import { percentOf } from '../portfolio/percent';
import { num, querySql } from '../sql';
import type { MicrofinanceAreaFigures } from './area-figures.types';

/** Stocks are taken on the period's last day, or today while the period runs (or has not begun). */
export const stocksDay = (period: Period, today = todayInVietnam()) =>
  period.end < today ? period.end : today;

export { percentOf };

export function toAreaFigures(asOf: string, row: PortfolioRow | undefined): MicrofinanceAreaFigures {
  const standing = toPortfolioStanding(asOf, row);
  return {
    asOf,
    disbursedLoans: num(row?.disbursed_loans),
    disbursedAmount: num(row?.disbursed_amount),
    repaidLoans: num(row?.repaid_loans),
    repaidPrincipal: num(row?.repaid_principal),
    repaidInterest: num(row?.repaid_interest),
    writtenOffLoans: num(row?.written_off_loans),
    writtenOffAmount: num(row?.written_off_amount),
    outstandingLoans: standing.activeLoans,
    outstandingBorrowers: num(row?.active_borrowers),
    outstandingPrincipal: standing.outstandingPrincipal,
    overdueLoans: standing.overdueLoans,
    overduePrincipal: standing.overduePrincipal,
    arrearsAmount: standing.arrearsAmount,
    par30Principal: standing.par30Principal,
    par30Percent: percentOf(standing.par30Principal ?? 0, standing.outstandingPrincipal ?? 0),
    buckets: standing.buckets,
  };
}

/**
 * The name of the area figures in area_rollup. They read loan, loan_instalment, repayment_allocation and unit_tree
 * (portfolioPeriodSql): a figure that reads another table or another loan column must be added to the triggers
 * of AreaRollupTriggers1763900008500, or a finished period's figures go stale.
 */
export const AREA_FIGURES = 'mf.area-figures';

/**
 * The figures of many areas for one period in one statement: the loans of every unit under each area (the
 * portfolio report's SQL, grouped by area instead of by commune). Every lender's loans count: these are
 * aggregates, and the area was checked against the caller's units before.
 */
export function fetchAreaFigures(dataSource: DataSource) {
  return async (unitCodes: string[], period: Period): Promise<Map<string, MicrofinanceAreaFigures>> => {
    const asOf = stocksDay(period);
    const rows = await querySql<PortfolioRow & { group_of: string }>(
      dataSource,
      portfolioPeriodSql(
        'l.unit_code IN (SELECT code FROM area_unit)',
        { key: () => 'au.root', join: (loan) => `JOIN area_unit au ON au.code = ${loan}.unit_code` },
        `RECURSIVE ${areaUnitsCte('unit_tree', 'CAST(:roots AS text[])')}, `,
      ),
      { roots: unitCodes, asOf, start: period.start },
    );
    // Areas without loans get zeros as of the same day (the loader's fallback does not know the period).
    const byArea = new Map(rows.map((r) => [r.group_of, r]));
    return new Map(unitCodes.map((code) => [code, toAreaFigures(asOf, byArea.get(code))]));
  };
}
