import {
  BadUserInputError,
  dueDayAfter,
  isUuid,
  todayInVietnam,
  unitSubtreeSql,
  type Period,
} from '@chung-tay/common';
import { assertCovers, inCallerUnitsSql } from '../access';
import { unitRef } from '../federation/administrative-unit.ref';
import type { Context } from '../context';
import { num, querySql } from '../sql';
import type { LoanPortfolioFilter, LoanPortfolioReport, LoanPortfolioReportRow } from './report.types';
import { BY_UNIT, portfolioPeriodSql } from './period.sql';
import { PORTFOLIO_FIGURES, standingCte } from './standing.sql';
import { toPortfolioStanding, type PortfolioRow } from './standing.types';

/** The caller's units, and the filter's, as a condition on loan `l` (bind the returned parameters). */
async function portfolioCondition(ctx: Context, filter: LoanPortfolioFilter) {
  const conditions = [inCallerUnitsSql('l')];
  const params: Record<string, unknown> = { callerUnits: ctx.caller.units };
  if (filter.unitCode) {
    conditions.push(`l.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`);
    params.unitCode = filter.unitCode;
  }
  if (filter.lenderCode) {
    const lender = await ctx.loaders.lenderByCode.load(filter.lenderCode);
    if (!lender) throw new BadUserInputError(`there is no lender ${filter.lenderCode}`, 'filter.lenderCode');
    conditions.push('l.lender_id = :lenderId');
    params.lenderId = lender.id;
  }
  for (const [key, column] of [
    ['lendingGroupId', 'lending_group_id'],
    ['savingsLoanGroupId', 'savings_loan_group_id'],
  ] as const) {
    const id = filter[key];
    if (id == null) continue;
    if (!isUuid(id)) throw new BadUserInputError('is not a group id', `filter.${key}`);
    conditions.push(`l.${column} = :${key}`);
    params[key] = id;
  }
  return { condition: conditions.join(' AND '), params };
}

/** One portfolio standing over every loan the filter and the caller's units select. */
export async function loanPortfolio(ctx: Context, asOf: string, filter: LoanPortfolioFilter) {
  const { condition, params } = await portfolioCondition(ctx, filter);
  const [row] = await querySql<PortfolioRow>(
    ctx.dataSource,
    `${standingCte(condition)} SELECT ${PORTFOLIO_FIGURES} FROM standing`,
    { ...params, asOf },
  );
  return toPortfolioStanding(asOf, row);
}

const FLOWS = [
  'disbursed_loans',
  'disbursed_amount',
  'repaid_loans',
  'repaid_principal',
  'repaid_interest',
  'written_off_loans',
  'written_off_amount',
];

/**
 * The period's report by commune, in one statement (portfolioPeriodSql, shared with the area figures): flows
 * (disbursed, repaid, written off) between the period's start and `asOf`, and the portfolio standing on `asOf`.
 * The total row adds up the communes' sums.
 */
export async function loanPortfolioReport(
  ctx: Context,
  period: Period,
  unitCode: string,
  lenderCode: string | null,
): Promise<LoanPortfolioReport> {
  const unit = await ctx.loaders.unit.load(unitCode);
  if (!unit) throw new BadUserInputError(`there is no unit ${unitCode}`, 'unitCode');
  await assertCovers(ctx, unitCode);
  const today = todayInVietnam();
  if (period.start > today) throw new BadUserInputError(`${period.code} has not begun`, 'period');
  const asOf = period.end < today ? period.end : today;
  const lender = lenderCode ? await ctx.loaders.lenderByCode.load(lenderCode) : null;
  if (lenderCode && !lender) throw new BadUserInputError(`there is no lender ${lenderCode}`, 'lenderCode');
  const { condition, params } = await portfolioCondition(ctx, { unitCode, lenderCode: lender?.code });
  const rows = await querySql<PortfolioRow & { group_of: string; unit_name: string }>(
    ctx.dataSource,
    `SELECT f.*, t.name AS unit_name FROM (${portfolioPeriodSql(condition, BY_UNIT)}) f
     JOIN unit_tree t ON t.code = f.group_of ORDER BY f.group_of`,
    { ...params, asOf, start: period.start },
  );
  const toRow = (code: string, name: string, r: PortfolioRow | undefined): LoanPortfolioReportRow => ({
    unitCode: code,
    unitName: name,
    unit: unitRef(code),
    disbursedLoans: num(r?.disbursed_loans),
    disbursedAmount: num(r?.disbursed_amount),
    repaidLoans: num(r?.repaid_loans),
    repaidPrincipal: num(r?.repaid_principal),
    repaidInterest: num(r?.repaid_interest),
    writtenOffLoans: num(r?.written_off_loans),
    writtenOffAmount: num(r?.written_off_amount),
    standing: toPortfolioStanding(asOf, r),
  });
  // Every figure is a sum (or a count), so the total is the sum of the rows; PAR30 is recomputed from sums.
  const sums: PortfolioRow = {};
  for (const r of rows) {
    for (const [key, value] of Object.entries(r)) {
      if (key === 'group_key' || key === 'group_of' || key === 'unit_name') continue;
      sums[key] = num(sums[key]) + num(value);
    }
  }
  for (const key of FLOWS) sums[key] = num(sums[key]);
  return {
    period,
    periodStart: period.start,
    asOf,
    dueDate: dueDayAfter(period),
    lender,
    total: toRow(unit.code, unit.name, sums),
    rows: rows.map((r) => toRow(r.group_of, r.unit_name, r)),
  };
}
