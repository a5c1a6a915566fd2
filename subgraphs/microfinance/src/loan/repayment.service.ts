import { BadUserInputError, keepIds, once } from '@chung-tay/common';
import { In, type EntityManager } from 'typeorm';
import { SavingsTransaction } from '../borrower/savings-transaction.entity';
import { LoanStatus, SavingsTransactionKind } from '../enums';
import { assertNotFuture } from '../group/group.service';
import type { Context } from '../context';
import { num, querySql } from '../sql';
import { allocateRepayment, owedOn, type InstalmentBalance } from './allocation';
import { LoanRepayment, RepaymentAllocation } from './loan-repayment.entity';
import { Loan } from './loan.entity';
import type { RepaymentLineInput } from './loan.input';
import { lockLoan } from './loan-lock';

/** The schedule with what has been paid on each instalment, inside the caller's transaction. */
export async function instalmentBalances(em: EntityManager, loanId: string): Promise<InstalmentBalance[]> {
  const rows = await querySql<Record<string, string>>(
    em,
    `SELECT i.number, CAST(i.due_date AS text) AS due_date, i.principal_due, i.interest_due,
       coalesce(sum(a.principal), 0) AS principal_paid, coalesce(sum(a.interest), 0) AS interest_paid
     FROM loan_instalment i
     LEFT JOIN repayment_allocation a ON a.loan_id = i.loan_id AND a.instalment_number = i.number
     WHERE i.loan_id = :loanId GROUP BY i.number, i.due_date, i.principal_due, i.interest_due ORDER BY i.number`,
    { loanId },
  );
  return rows.map((r) => ({
    number: Number(r.number),
    dueDate: r.due_date!,
    principalDue: num(r.principal_due),
    interestDue: num(r.interest_due),
    principalPaid: num(r.principal_paid),
    interestPaid: num(r.interest_paid),
  }));
}

export const outstandingOf = async (em: EntityManager, loanId: string) =>
  owedOn(await instalmentBalances(em, loanId));

export async function lastRepaymentDate(em: EntityManager, loanId: string): Promise<string | null> {
  const [row] = await em.query(
    `SELECT CAST(max(paid_on) AS text) AS last FROM loan_repayment WHERE loan_id = $1`,
    [loanId],
  );
  return row?.last ?? null;
}

/**
 * Records repayments of one loan in date order, all or none. Each line is checked against the loan as the
 * lines before it leave it — the loan must be disbursed and not closed, the date on or after disbursement and
 * the last repayment and not in the future, the amount at most what is still owed — before anything is written.
 * `fieldOf(i)` is the input path of line i. The loan closes on the line that clears it; every recording bumps
 * the loan's version. `call` is the mutation (its name and input) with its idempotency key and expected version.
 */
export function recordRepayments(
  ctx: Context,
  loanId: string,
  lines: RepaymentLineInput[],
  fieldOf: (i: number) => string,
  call: {
    operation: string;
    request: unknown;
    idempotencyKey?: string | null;
    expectedVersion?: number | null;
  },
): Promise<LoanRepayment[]> {
  return ctx.dataSource.transaction((em) =>
    once(
      em,
      ctx,
      { key: call.idempotencyKey, operation: call.operation, request: call.request },
      () => record(em, ctx, loanId, lines, fieldOf, call.expectedVersion),
      {
        keep: keepIds,
        load: async (ids: string[]) => {
          const rows = await em.findBy(LoanRepayment, { id: In(ids) });
          return ids.map((id) => rows.find((r) => r.id === id)!);
        },
      },
    ),
  );
}

async function record(
  em: EntityManager,
  ctx: Context,
  loanId: string,
  lines: RepaymentLineInput[],
  fieldOf: (i: number) => string,
  expectedVersion: number | null | undefined,
): Promise<LoanRepayment[]> {
  const loan = await lockLoan(em, ctx, loanId, expectedVersion);
  if (loan.status !== LoanStatus.DISBURSED) {
    const why =
      loan.status === LoanStatus.APPLIED || loan.status === LoanStatus.APPROVED
        ? `it is ${loan.status}, not yet disbursed`
        : `it is ${loan.status}`;
    throw new BadUserInputError(`loan ${loan.accountNumber} takes no repayment: ${why}`, 'input.loanId');
  }
  let schedule = await instalmentBalances(em, loan.id);
  let last = await lastRepaymentDate(em, loan.id);
  const planned = lines.map((line, i) => {
    assertNotFuture(line.date, `${fieldOf(i)}.date`);
    if (line.date < loan.disbursedOn!) {
      throw new BadUserInputError(
        `is before the loan was disbursed (${loan.disbursedOn})`,
        `${fieldOf(i)}.date`,
      );
    }
    if (last && line.date < last) {
      throw new BadUserInputError(
        `is before the last repayment recorded (${last}); repayments are recorded in date order`,
        `${fieldOf(i)}.date`,
      );
    }
    const owed = owedOn(schedule).total;
    if (line.amount > owed) {
      throw new BadUserInputError(
        owed === 0
          ? 'the loan is already repaid in full'
          : `is more than the ${owed} đồng still owed on the loan`,
        `${fieldOf(i)}.amount`,
      );
    }
    const { allocations, after } = allocateRepayment(schedule, line.amount);
    schedule = after;
    last = line.date;
    return { line, allocations, clears: owedOn(after).total === 0 };
  });

  const saved: LoanRepayment[] = [];
  for (const { line, allocations } of planned) {
    const repayment = await em.save(
      em.create(LoanRepayment, {
        loanId: loan.id,
        paidOn: line.date,
        amount: line.amount,
        principalPart: allocations.reduce((s, a) => s + a.principal, 0),
        interestPart: allocations.reduce((s, a) => s + a.interest, 0),
        savingsDeposit: line.savingsDeposit ?? 0,
      }),
    );
    await em.insert(
      RepaymentAllocation,
      allocations.map((a) => ({ ...a, repaymentId: repayment.id, loanId: loan.id, paidOn: line.date })),
    );
    if (line.savingsDeposit > 0) {
      await em.insert(SavingsTransaction, {
        borrowerId: loan.borrowerId,
        lenderId: loan.lenderId,
        loanId: loan.id,
        date: line.date,
        kind: SavingsTransactionKind.DEPOSIT,
        amount: line.savingsDeposit,
      });
    }
    saved.push(repayment);
  }
  const closing = planned.find((p) => p.clears);
  // Either update moves the loan's version on (its trigger): the balance an officer saw has changed.
  if (closing) await em.update(Loan, loan.id, { status: LoanStatus.CLOSED, closedOn: closing.line.date });
  else await em.query('UPDATE loan SET version = version + 1 WHERE id = $1', [loan.id]);
  return saved;
}
