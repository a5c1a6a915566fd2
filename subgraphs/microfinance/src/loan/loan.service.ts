import { BadUserInputError, ConflictError, keepIds, once } from '@chung-tay/common';
import { assertCovers } from '../access';
import { LenderKind, LoanStatus } from '../enums';
import { assertNotFuture } from '../group/group.service';
import type { LoanProduct } from '../lender/loan-product.entity';
import type { Context } from '../context';
import { LoanInstalment } from './loan-instalment.entity';
import { Loan } from './loan.entity';
import type {
  ApplyForLoanInput,
  ApproveLoanInput,
  DisburseLoanInput,
  LoanSchedulePreviewInput,
  WriteOffLoanInput,
} from './loan.input';
import { checkFirstRepaymentDate, checkTerms, eligibilityProblem } from './loan.rules';
import { generateSchedule } from './schedule';
import { lockLoan } from './loan-lock';
import type { EntityManager } from 'typeorm';
import { lastRepaymentDate, outstandingOf } from './repayment.service';

async function activeProduct(ctx: Context, id: string, field: string): Promise<LoanProduct> {
  const product = await ctx.loaders.product.load(id);
  if (!product) throw new BadUserInputError(`there is no loan product ${id}`, field);
  if (!product.active) throw new BadUserInputError(`${product.code} is closed to new loans`, field);
  return product;
}

export async function applyForLoan(ctx: Context, input: ApplyForLoanInput): Promise<Loan> {
  const borrower = await ctx.loaders.borrower.load(input.borrowerId);
  if (!borrower) throw new BadUserInputError(`there is no borrower ${input.borrowerId}`, 'input.borrowerId');
  await assertCovers(ctx, borrower.unitCode);
  const product = await activeProduct(ctx, input.productId, 'input.productId');
  const lender = (await ctx.loaders.lender.load(product.lenderId))!;
  checkTerms(product, input.principal, input.termInstalments);
  assertNotFuture(input.appliedOn, 'input.appliedOn');
  if (input.appliedOn < borrower.registeredOn) {
    throw new BadUserInputError(
      `is before the borrower was registered (${borrower.registeredOn})`,
      'input.appliedOn',
    );
  }
  const status = input.householdStatus ?? borrower.householdStatus;
  const ineligible = eligibilityProblem(product.kind, status);
  if (ineligible) throw new BadUserInputError(ineligible, 'input.productId');
  if (input.lendingGroupId && input.savingsLoanGroupId) {
    throw new BadUserInputError(
      'a loan belongs to one group: give a lending group or a savings-and-loan group',
      'input.savingsLoanGroupId',
    );
  }
  if (input.lendingGroupId) {
    const group = await ctx.loaders.group.load(input.lendingGroupId);
    if (!group)
      throw new BadUserInputError(
        `there is no lending group ${input.lendingGroupId}`,
        'input.lendingGroupId',
      );
    if (group.lenderId !== lender.id)
      throw new BadUserInputError(`is not a group of ${lender.code}`, 'input.lendingGroupId');
    if (group.unitCode !== borrower.unitCode) {
      throw new BadUserInputError(
        `meets in ${group.unitCode}, the borrower lives in ${borrower.unitCode}`,
        'input.lendingGroupId',
      );
    }
    if (group.formedOn > input.appliedOn) {
      throw new BadUserInputError(
        `was formed on ${group.formedOn}, after the application`,
        'input.lendingGroupId',
      );
    }
  } else if (lender.kind === LenderKind.MICROFINANCE_INSTITUTION) {
    throw new BadUserInputError(
      `${lender.code} lends through its own groups: give the borrower's group`,
      'input.lendingGroupId',
    );
  }
  if (input.savingsLoanGroupId && lender.kind !== LenderKind.POLICY_BANK) {
    throw new BadUserInputError(
      "only policy-bank loans run through the Women's Union's groups",
      'input.savingsLoanGroupId',
    );
  }
  return ctx.dataSource.transaction(async (em) => {
    // One application of a borrower at a time, so two cannot both pass the open-loan check.
    await em.query('SELECT id FROM borrower WHERE id = $1 FOR UPDATE', [borrower.id]);
    const open = await em
      .createQueryBuilder(Loan, 'l')
      .where('l.borrower_id = :b AND l.lender_id = :lender AND l.status IN (:...open)', {
        b: borrower.id,
        lender: lender.id,
        open: [LoanStatus.APPLIED, LoanStatus.APPROVED, LoanStatus.DISBURSED],
      })
      .getOne();
    if (open) {
      throw new ConflictError(
        `the borrower already has an open loan with ${lender.code} (${open.accountNumber})`,
        'input.borrowerId',
      );
    }
    const [{ n }] = await em.query(`SELECT nextval('loan_account_number') AS n`);
    return em.save(
      em.create(Loan, {
        accountNumber: `${lender.code}-${String(n).padStart(6, '0')}`,
        lenderId: lender.id,
        productId: product.id,
        productKind: product.kind,
        borrowerId: borrower.id,
        personId: borrower.personId,
        householdId: borrower.householdId,
        unitCode: borrower.unitCode,
        lendingGroupId: input.lendingGroupId ?? null,
        savingsLoanGroupId: input.savingsLoanGroupId ?? null,
        status: LoanStatus.APPLIED,
        principal: input.principal,
        monthlyInterestRate: product.monthlyInterestRate,
        interestMethod: product.interestMethod,
        repaymentFrequency: product.repaymentFrequency,
        termInstalments: input.termInstalments,
        compulsorySavingsPercent: product.compulsorySavingsPercent,
        purpose: input.purpose.trim(),
        householdStatusAtApplication: status,
        appliedOn: input.appliedOn,
      }),
    );
  });
}

function assertStatus(loan: Loan, wanted: LoanStatus, doing: string): void {
  if (loan.status === wanted) return;
  const why =
    loan.status === LoanStatus.APPLIED && wanted === LoanStatus.APPROVED
      ? 'it has not been approved'
      : loan.status === LoanStatus.APPLIED || loan.status === LoanStatus.APPROVED
        ? `it is ${loan.status}, not yet disbursed`
        : `it is ${loan.status}`;
  throw new BadUserInputError(`loan ${loan.accountNumber} cannot be ${doing}: ${why}`, 'input.loanId');
}

export function approveLoan(ctx: Context, input: ApproveLoanInput): Promise<Loan> {
  return ctx.dataSource.transaction(async (em) => {
    const loan = await lockLoan(em, ctx, input.loanId, input.expectedVersion);
    assertStatus(loan, LoanStatus.APPLIED, 'approved');
    assertNotFuture(input.approvedOn, 'input.approvedOn');
    if (input.approvedOn < loan.appliedOn) {
      throw new BadUserInputError(`is before the application (${loan.appliedOn})`, 'input.approvedOn');
    }
    await em.update(Loan, loan.id, { status: LoanStatus.APPROVED, approvedOn: input.approvedOn });
    return { ...loan, status: LoanStatus.APPROVED, approvedOn: input.approvedOn, version: loan.version + 1 };
  });
}

/** Disburses an approved loan and stores its schedule. */
export function disburseLoan(ctx: Context, input: DisburseLoanInput): Promise<Loan> {
  return ctx.dataSource.transaction((em) =>
    once(
      em,
      ctx,
      { key: input.idempotencyKey, operation: 'disburseLoan', request: input },
      () => disburse(em, ctx, input),
      { keep: keepIds, load: ([id]) => em.findOneByOrFail(Loan, { id }) },
    ),
  );
}

async function disburse(em: EntityManager, ctx: Context, input: DisburseLoanInput): Promise<Loan> {
  const loan = await lockLoan(em, ctx, input.loanId, input.expectedVersion);
  assertStatus(loan, LoanStatus.APPROVED, 'disbursed');
  assertNotFuture(input.disbursedOn, 'input.disbursedOn');
  if (input.disbursedOn < loan.approvedOn!) {
    throw new BadUserInputError(`is before the loan was approved (${loan.approvedOn})`, 'input.disbursedOn');
  }
  checkFirstRepaymentDate(input.disbursedOn, input.firstRepaymentDate, loan.repaymentFrequency);
  const schedule = generateSchedule({
    principal: loan.principal,
    monthlyInterestRate: loan.monthlyInterestRate,
    interestMethod: loan.interestMethod,
    repaymentFrequency: loan.repaymentFrequency,
    instalments: loan.termInstalments,
    disbursedOn: input.disbursedOn,
    firstRepaymentDate: input.firstRepaymentDate,
  });
  await em.insert(
    LoanInstalment,
    schedule.map((s) => ({
      loanId: loan.id,
      number: s.number,
      dueDate: s.dueDate,
      principalDue: s.principal,
      interestDue: s.interest,
      balanceAfter: s.balanceAfter,
    })),
  );
  const change = {
    status: LoanStatus.DISBURSED,
    disbursedOn: input.disbursedOn,
    firstRepaymentDate: schedule[0]!.dueDate,
    maturityDate: schedule.at(-1)!.dueDate,
  };
  await em.update(Loan, loan.id, change);
  return { ...loan, ...change, version: loan.version + 1 };
}

/** Writes off what principal is left (the loan leaves the portfolio); interest still owed is forgiven. */
export function writeOffLoan(ctx: Context, input: WriteOffLoanInput): Promise<Loan> {
  return ctx.dataSource.transaction(async (em) => {
    const loan = await lockLoan(em, ctx, input.loanId, input.expectedVersion);
    assertStatus(loan, LoanStatus.DISBURSED, 'written off');
    assertNotFuture(input.writtenOffOn, 'input.writtenOffOn');
    if (input.writtenOffOn < loan.disbursedOn!) {
      throw new BadUserInputError(
        `is before the loan was disbursed (${loan.disbursedOn})`,
        'input.writtenOffOn',
      );
    }
    const last = await lastRepaymentDate(em, loan.id);
    if (last && input.writtenOffOn < last) {
      throw new BadUserInputError(`is before the last repayment (${last})`, 'input.writtenOffOn');
    }
    const change = {
      status: LoanStatus.WRITTEN_OFF,
      writtenOffOn: input.writtenOffOn,
      writtenOffAmount: (await outstandingOf(em, loan.id)).principal,
      writeOffReason: input.reason.trim(),
    };
    await em.update(Loan, loan.id, change);
    return { ...loan, ...change, version: loan.version + 1 };
  });
}

export async function previewSchedule(ctx: Context, input: LoanSchedulePreviewInput) {
  const product = await activeProduct(ctx, input.productId, 'input.productId');
  checkTerms(product, input.principal, input.termInstalments);
  checkFirstRepaymentDate(input.disbursedOn, input.firstRepaymentDate, product.repaymentFrequency);
  return generateSchedule({
    principal: input.principal,
    monthlyInterestRate: product.monthlyInterestRate,
    interestMethod: product.interestMethod,
    repaymentFrequency: product.repaymentFrequency,
    instalments: input.termInstalments,
    disbursedOn: input.disbursedOn,
    firstRepaymentDate: input.firstRepaymentDate,
  }).map((s) => ({
    number: s.number,
    dueDate: s.dueDate,
    principalDue: s.principal,
    interestDue: s.interest,
    totalDue: s.principal + s.interest,
    balanceAfter: s.balanceAfter,
    principalPaid: 0,
    interestPaid: 0,
    paidOffOn: null,
  }));
}
