import { ForbiddenError, keysetPage, todayInVietnam, unitSubtreeSql } from '@chung-tay/common';
import { inCallerUnitsSql } from '../access';
import type { Context } from '../context';
import { standingCte } from '../portfolio/standing.sql';
import { onlyUuids } from '../sql';
import { Loan } from './loan.entity';
import type { LoanFilter } from './loan.input';

/** Loans of households in the caller's units, by account number. */
export async function listLoans(ctx: Context, filter: LoanFilter, first: number, after?: string | null) {
  const qb = ctx.dataSource
    .getRepository(Loan)
    .createQueryBuilder('l')
    .where(inCallerUnitsSql('l'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) {
    qb.andWhere(`l.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  }
  if (filter.lenderCode) {
    qb.andWhere('l.lender_id IN (SELECT id FROM lender WHERE code = :lenderCode)', {
      lenderCode: filter.lenderCode,
    });
  }
  if (filter.productKind) qb.andWhere('l.product_kind = :kind', { kind: filter.productKind });
  if (filter.status?.length) qb.andWhere('l.status IN (:...status)', { status: filter.status });
  const ids = {
    lendingGroupId: 'lending_group_id',
    savingsLoanGroupId: 'savings_loan_group_id',
    householdId: 'household_id',
  };
  for (const [key, column] of Object.entries(ids)) {
    const value = filter[key as keyof typeof ids];
    if (value != null) qb.andWhere(`l.${column} = ANY(:${key})`, { [key]: onlyUuids([value]) });
  }
  if (filter.disbursedIn) {
    // Dates of a single loan are the lender's customer data.
    if (ctx.caller.org !== 'microfinance')
      throw new ForbiddenError('Only the lender filters loans by disbursement date');
    qb.andWhere('l.disbursed_on BETWEEN :start AND :end', {
      start: filter.disbursedIn.start,
      end: filter.disbursedIn.end,
    });
  }
  if (filter.overdue) {
    // Late on the date and still in the portfolio (written-off loans have left it).
    qb.andWhere(
      `l.id IN (${standingCte(inCallerUnitsSql('l'))} SELECT id FROM standing WHERE in_portfolio AND days_past_due >= :minDaysPastDue)`,
      { asOf: filter.overdue.asOf ?? todayInVietnam(), minDaysPastDue: filter.overdue.minDaysPastDue },
    );
  }
  return keysetPage(
    qb,
    { keys: [{ sql: 'l.account_number', kind: 'text', of: (l) => l.accountNumber }] },
    first,
    after,
  );
}
