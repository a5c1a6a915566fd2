import { In, type DataSource } from 'typeorm';
import {
  createAreaLoader,
  rolledUpAreaFetch,
  createGroupByColumnLoader,
  createGroupLoader,
  createRowLoader,
  createUnitTreeLoader,
  type Caller,
} from '@chung-tay/common';
import { inCallerUnitsSql } from './scope.sql';
import { AREA_FIGURES, fetchAreaFigures, stocksDay, toAreaFigures } from './area/area-figures';
import { Borrower } from './borrower/borrower.entity';
import { LendingCentre } from './group/lending-centre.entity';
import { LendingGroup } from './group/lending-group.entity';
import { Lender } from './lender/lender.entity';
import { LoanProduct } from './lender/loan-product.entity';
import { LoanRepayment, RepaymentAllocation } from './loan/loan-repayment.entity';
import { Loan } from './loan/loan.entity';
import { createStandingLoaders } from './portfolio/standing.loaders';
import { num, onlyUuids, querySql } from './sql';
import type { ScheduleLine } from './loan/loan.types';

type LoanColumn = 'household_id' | 'person_id' | 'borrower_id' | 'lending_group_id' | 'savings_loan_group_id';
const PROPERTY: Record<LoanColumn, keyof Loan> = {
  household_id: 'householdId',
  person_id: 'personId',
  borrower_id: 'borrowerId',
  lending_group_id: 'lendingGroupId',
  savings_loan_group_id: 'savingsLoanGroupId',
};

/** An area without loans (never asked for: fetchAreaFigures answers every area, with its stocks day). */
const areaWithout = () => toAreaFigures('', undefined);

/** Every entity and relation read of this subgraph, batched per request: one statement per kind of read. */
export function createLoaders(dataSource: DataSource) {
  return (caller: Caller) => {
    const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
    const byId = <T extends { id: string }>(entity: new () => T) =>
      createRowLoader(
        (ids: readonly string[]) => repo(entity).createQueryBuilder().whereInIds(onlyUuids(ids)).getMany(),
        (row: T) => row.id,
      );
    const callerUnits = caller.units;
    /** Loans by a column, kept to the caller's units in the same statement, newest application first. */
    const loansBy = (column: LoanColumn) =>
      createGroupLoader(
        (ids: readonly string[]) =>
          repo(Loan)
            .createQueryBuilder('l')
            .where(`l.${column} = ANY(:ids)`, { ids: onlyUuids(ids) })
            .andWhere(inCallerUnitsSql('l'), { callerUnits })
            .orderBy('l.applied_on', 'DESC')
            .addOrderBy('l.account_number', 'DESC')
            .getMany(),
        (l) => l[PROPERTY[column]] as string,
      );
    return {
      unit: createUnitTreeLoader(dataSource),
      lender: byId(Lender),
      lenderByCode: createRowLoader(
        (codes: readonly string[]) => repo(Lender).findBy({ code: In([...codes]) }),
        (l) => l.code,
      ),
      product: byId(LoanProduct),
      productsByLender: createGroupByColumnLoader(repo(LoanProduct), 'lenderId', { code: 'ASC' }),
      centre: byId(LendingCentre),
      group: byId(LendingGroup),
      groupsByCentre: createGroupByColumnLoader(repo(LendingGroup), 'centreId', { code: 'ASC' }),
      borrower: byId(Borrower),
      /** A person's customer record, if it is in the caller's units (Person references carry no check). */
      borrowerByPerson: createRowLoader(
        (ids: readonly string[]) =>
          repo(Borrower)
            .createQueryBuilder('b')
            .where('b.person_id = ANY(:ids)', { ids: onlyUuids(ids) })
            .andWhere(inCallerUnitsSql('b'), { callerUnits })
            .getMany(),
        (b) => b.personId,
      ),
      /** A loan with whether the caller's units cover it, both from one statement (references, by id). */
      loan: createRowLoader(
        async (ids: readonly string[]) => {
          const { entities, raw } = await repo(Loan)
            .createQueryBuilder('l')
            .addSelect(`(${inCallerUnitsSql('l')})`, 'in_scope')
            .where('l.id = ANY(:ids)', { ids: onlyUuids(ids), callerUnits })
            .getRawAndEntities();
          const inScope = new Map(raw.map((r: { l_id: string; in_scope: boolean }) => [r.l_id, r.in_scope]));
          return entities.map((loan) => ({ loan, inScope: inScope.get(loan.id) === true }));
        },
        (r) => r.loan.id,
      ),
      loansByHousehold: loansBy('household_id'),
      loansByPerson: loansBy('person_id'),
      loansByBorrower: loansBy('borrower_id'),
      loansByLendingGroup: loansBy('lending_group_id'),
      loansBySavingsLoanGroup: loansBy('savings_loan_group_id'),
      /** Each loan's schedule with what has been paid on each instalment so far. */
      schedule: createGroupLoader(
        async (ids: readonly string[]) =>
          (
            await querySql<Record<string, string>>(
              dataSource,
              `SELECT i.loan_id, i.number, CAST(i.due_date AS text) AS due_date, i.principal_due, i.interest_due,
                 i.balance_after, coalesce(sum(a.principal), 0) AS principal_paid,
                 coalesce(sum(a.interest), 0) AS interest_paid, CAST(max(a.paid_on) AS text) AS last_paid_on
               FROM loan_instalment i
               LEFT JOIN repayment_allocation a ON a.loan_id = i.loan_id AND a.instalment_number = i.number
               WHERE i.loan_id = ANY(:ids) GROUP BY i.loan_id, i.number ORDER BY i.loan_id, i.number`,
              { ids },
            )
          ).map((r): ScheduleLine & { loanId: string } => {
            const line = {
              loanId: r.loan_id!,
              number: Number(r.number),
              dueDate: r.due_date!,
              principalDue: num(r.principal_due),
              interestDue: num(r.interest_due),
              balanceAfter: num(r.balance_after),
              principalPaid: num(r.principal_paid),
              interestPaid: num(r.interest_paid),
            };
            const paidOff = line.principalPaid + line.interestPaid === line.principalDue + line.interestDue;
            return {
              ...line,
              totalDue: line.principalDue + line.interestDue,
              paidOffOn: paidOff ? r.last_paid_on! : null,
            };
          }),
        (line) => line.loanId,
      ),
      repayments: createGroupByColumnLoader(repo(LoanRepayment), 'loanId', {
        paidOn: 'ASC',
        createdAt: 'ASC',
      }),
      allocations: createGroupByColumnLoader(repo(RepaymentAllocation), 'repaymentId', {
        instalmentNumber: 'ASC',
      }),
      /** A borrower's savings balance with each lender. */
      savings: createGroupLoader(
        async (ids: readonly string[]) =>
          (
            await querySql<{ borrower_id: string; lender_id: string; balance: string }>(
              dataSource,
              `SELECT borrower_id, lender_id,
                 sum(CASE WHEN kind = 'DEPOSIT' THEN amount ELSE -amount END) AS balance
               FROM savings_transaction WHERE borrower_id = ANY(:ids)
               GROUP BY borrower_id, lender_id ORDER BY lender_id`,
              { ids },
            )
          ).map((r) => ({ borrowerId: r.borrower_id, lenderId: r.lender_id, balance: num(r.balance) })),
        (s) => s.borrowerId,
      ),
      /** Savings paid in with each loan's repayments. */
      savingsByLoan: createRowLoader(
        async (ids: readonly string[]) =>
          (
            await querySql<{ loan_id: string; amount: string }>(
              dataSource,
              `SELECT loan_id, sum(amount) AS amount FROM savings_transaction
               WHERE loan_id = ANY(:ids) AND kind = 'DEPOSIT' GROUP BY loan_id`,
              { ids },
            )
          ).map((r) => ({ loanId: r.loan_id, amount: num(r.amount) })),
        (s) => s.loanId,
      ),
      ...createStandingLoaders(dataSource, caller),
      /**
       * The lenders' figures of areas (AreaPeriod.microfinance): one statement per period whatever the number
       * of areas, read from area_rollup once the period is over. Not limited to the caller's units: the area
       * itself was checked against them (checkArea).
       */
      areaFigures: createAreaLoader(
        rolledUpAreaFetch(dataSource, AREA_FIGURES, fetchAreaFigures(dataSource), areaWithout, (period) =>
          stocksDay(period),
        ),
        areaWithout,
      ),
    };
  };
}
