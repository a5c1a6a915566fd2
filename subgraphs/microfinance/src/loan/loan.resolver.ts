import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import {
  DateScalar,
  PageArgs,
  todayInVietnam,
  VisibleOnlyTo,
  HouseholdRef,
  PersonRef,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertLenderWriter, visibleLoan } from '../access';
import { Borrower } from '../borrower/borrower.entity';
import { AdministrativeUnitRef, unitRef } from '../federation/administrative-unit.ref';
import { SavingsLoanGroupRef } from '../federation/register.refs';
import { LendingGroup } from '../group/lending-group.entity';
import { Lender } from '../lender/lender.entity';
import { LoanProduct } from '../lender/loan-product.entity';
import type { Context } from '../context';
import { LoanStanding, toLoanStanding } from '../portfolio/standing.types';
import { listLoans } from './loan-list.service';
import { LoanRepayment, RepaymentAllocation } from './loan-repayment.entity';
import { Loan } from './loan.entity';
import {
  ApplyForLoanInput,
  ApproveLoanInput,
  DisburseLoanInput,
  LoanFilter,
  LoanSchedulePreviewInput,
  RecordLoanRepaymentsInput,
  RepayLoanInput,
  WriteOffLoanInput,
} from './loan.input';
import { requiredSavings } from './loan.rules';
import { applyForLoan, approveLoan, disburseLoan, previewSchedule, writeOffLoan } from './loan.service';
import { LoanCompulsorySavings, LoanConnection, ScheduleLine } from './loan.types';
import { recordRepayments } from './repayment.service';

const lenderOnly = () => UseMiddleware(VisibleOnlyTo('microfinance'));

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => Loan, {
    nullable: true,
    description: "One loan by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  loan(@IdArg() id: string, @Ctx() ctx: Context) {
    return visibleLoan(ctx, id);
  }

  @Query(() => LoanConnection, {
    description:
      "Loans of households in the caller's units, by account number; e.g. overdue: {} lists the loans late today.",
  })
  loans(
    @ScopedFilterArg(LoanFilter)
    filter: LoanFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listLoans(ctx, filter ?? {}, first, after);
  }

  @Query(() => [ScheduleLine], {
    description: 'The schedule a loan on these terms would have (same rounding rule as LoanInstalment).',
  })
  loanSchedulePreview(
    @InputArg()
    input: LoanSchedulePreviewInput,
    @Ctx() ctx: Context,
  ) {
    return previewSchedule(ctx, input);
  }

  @Mutation(() => Loan, { description: "Records a loan application (đơn vay) on a lender's product." })
  applyForLoan(
    @InputArg()
    input: ApplyForLoanInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return applyForLoan(ctx, input);
  }

  @Mutation(() => Loan, { description: 'The lender approves an application (lender officers).' })
  approveLoan(
    @InputArg()
    input: ApproveLoanInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return approveLoan(ctx, input);
  }

  @Mutation(() => Loan, { description: 'Pays out an approved loan and fixes its repayment schedule.' })
  disburseLoan(
    @InputArg()
    input: DisburseLoanInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return disburseLoan(ctx, input);
  }

  @Mutation(() => LoanRepayment, {
    description:
      'Records a repayment, allocated to the oldest instalment still owing first (overdue, then current, then ' +
      'later ones), interest before principal within each; more than is owed is refused.',
  })
  async repayLoan(
    @InputArg()
    input: RepayLoanInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    const [saved] = await recordRepayments(ctx, input.loanId, [input], () => 'input', {
      operation: 'repayLoan',
      request: input,
      idempotencyKey: input.idempotencyKey,
      expectedVersion: input.expectedVersion,
    });
    return saved;
  }

  @Mutation(() => [LoanRepayment], {
    description:
      'Records several repayments of one loan in date order, all or none (e.g. a collection sheet).',
  })
  recordLoanRepayments(
    @InputArg()
    input: RecordLoanRepaymentsInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return recordRepayments(ctx, input.loanId, input.repayments, (i) => `input.repayments[${i}]`, {
      operation: 'recordLoanRepayments',
      request: input,
      idempotencyKey: input.idempotencyKey,
      expectedVersion: input.expectedVersion,
    });
  }

  @Mutation(() => Loan, {
    description: 'Writes off the principal left (xóa nợ); the loan leaves the portfolio.',
  })
  writeOffLoan(
    @InputArg()
    input: WriteOffLoanInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return writeOffLoan(ctx, input);
  }

  @FieldResolver(() => Lender, { description: 'The lender.' })
  lender(@Root() loan: Loan, @Ctx() ctx: Context) {
    return ctx.loaders.lender.load(loan.lenderId);
  }

  @FieldResolver(() => LoanProduct, { description: 'The loan product it was made on.' })
  product(@Root() loan: Loan, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(loan.productId);
  }

  @FieldResolver(() => HouseholdRef, {
    description: 'The borrower’s household when the loan was applied for.',
  })
  household(@Root() loan: Loan): HouseholdRef {
    return { id: loan.householdId };
  }

  @FieldResolver(() => PersonRef, { description: "The borrower's person in the register." })
  person(@Root() loan: Loan): PersonRef {
    return { id: loan.personId };
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: "The borrower's commune or ward." })
  unit(@Root() loan: Loan) {
    return unitRef(loan.unitCode);
  }

  @FieldResolver(() => LendingGroup, {
    nullable: true,
    description: "The lender's own group, if the loan is in one.",
  })
  lendingGroup(@Root() loan: Loan, @Ctx() ctx: Context) {
    return loan.lendingGroupId ? ctx.loaders.group.load(loan.lendingGroupId) : null;
  }

  @FieldResolver(() => SavingsLoanGroupRef, {
    nullable: true,
    description: "The Women's Union savings-and-loan group the loan runs through, if any.",
  })
  savingsLoanGroup(@Root() loan: Loan): SavingsLoanGroupRef | null {
    return loan.savingsLoanGroupId ? { id: loan.savingsLoanGroupId } : null;
  }

  @FieldResolver(() => LoanStanding, { description: 'How the loan stands on a date (today if left out).' })
  async standing(
    @Root() loan: Loan,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    const date = asOf ?? todayInVietnam();
    return toLoanStanding(loan.id, date, await ctx.loaders.standing.load(`${date}|${loan.id}`));
  }

  @FieldResolver(() => Borrower, { nullable: true, description: 'The customer record; lender only.' })
  @lenderOnly()
  borrower(@Root() loan: Loan, @Ctx() ctx: Context) {
    return ctx.loaders.borrower.load(loan.borrowerId);
  }

  @FieldResolver(() => [ScheduleLine], {
    nullable: true,
    description:
      'The repayment schedule with what was paid on each instalment (empty before disbursement); lender only.',
  })
  @lenderOnly()
  schedule(@Root() loan: Loan, @Ctx() ctx: Context) {
    return ctx.loaders.schedule.load(loan.id);
  }

  @FieldResolver(() => [LoanRepayment], { nullable: true, description: 'Oldest first; lender only.' })
  @lenderOnly()
  repayments(@Root() loan: Loan, @Ctx() ctx: Context) {
    return ctx.loaders.repayments.load(loan.id);
  }

  @FieldResolver(() => LoanCompulsorySavings, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  async compulsorySavings(@Root() loan: Loan, @Ctx() ctx: Context): Promise<LoanCompulsorySavings> {
    const [balances, collected] = await Promise.all([
      ctx.loaders.savings.load(loan.borrowerId),
      ctx.loaders.savingsByLoan.load(loan.id),
    ]);
    return {
      required: requiredSavings(loan.principal, loan.compulsorySavingsPercent),
      collected: collected?.amount ?? 0,
      balance: balances.find((b) => b.lenderId === loan.lenderId)?.balance ?? 0,
    };
  }
}

@Resolver(() => LoanRepayment)
export class LoanRepaymentResolver {
  @FieldResolver(() => [RepaymentAllocation], { description: 'How it was shared over the instalments.' })
  allocations(@Root() r: LoanRepayment, @Ctx() ctx: Context) {
    return ctx.loaders.allocations.load(r.id);
  }
}

export const loanReference = {
  Loan: { __resolveReference: (ref: { id: string }, ctx: Context) => visibleLoan(ctx, ref.id) },
};
