import { Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  MoneyScalar,
  PageArgs,
  HouseholdRef,
  PersonRef,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertLenderReader, assertLenderWriter, visibleInUnits } from '../access';
import { SavingsTransactionKind } from '../enums';
import { Lender } from '../lender/lender.entity';
import type { Context } from '../context';
import { Loan } from '../loan/loan.entity';
import { Borrower } from './borrower.entity';
import { BorrowerFilter, RegisterBorrowerInput, SavingsInput } from './borrower.input';
import { listBorrowers, moveSavings, registerBorrower } from './borrower.service';
import { SavingsTransaction } from './savings-transaction.entity';

@ObjectType({ description: 'A page of borrowers.' })
export class BorrowerConnection extends Connection(Borrower) {}

@ObjectType({ description: "A borrower's savings with one lender." })
export class BorrowerSavingsBalance {
  lenderId!: string;

  @Field(() => MoneyScalar, { description: 'Deposits minus withdrawals, in VND; lender only.' })
  balance!: number;
}

@Resolver(() => BorrowerSavingsBalance)
export class BorrowerSavingsBalanceResolver {
  @FieldResolver(() => Lender, { description: 'The lender holding the savings.' })
  lender(@Root() s: BorrowerSavingsBalance, @Ctx() ctx: Context) {
    return ctx.loaders.lender.load(s.lenderId);
  }
}

@Resolver(() => Borrower)
export class BorrowerResolver {
  @Query(() => Borrower, { nullable: true, description: 'A customer record (microfinance only).' })
  async borrower(@IdArg() id: string, @Ctx() ctx: Context) {
    assertLenderReader(ctx.caller, 'Borrowers');
    return visibleInUnits(ctx, await ctx.loaders.borrower.load(id));
  }

  @Query(() => BorrowerConnection, {
    description: "Customer records in the caller's units, by customer number (microfinance only).",
  })
  borrowers(
    @ScopedFilterArg(BorrowerFilter)
    filter: BorrowerFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    assertLenderReader(ctx.caller, 'Borrowers');
    return listBorrowers(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => Borrower, {
    description: 'Opens the customer record of a register person (one per person).',
  })
  registerBorrower(
    @InputArg()
    input: RegisterBorrowerInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return registerBorrower(ctx, input);
  }

  @Mutation(() => SavingsTransaction, { description: "Pays money into a borrower's savings with a lender." })
  depositSavings(
    @InputArg()
    input: SavingsInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return moveSavings(ctx, input, SavingsTransactionKind.DEPOSIT);
  }

  @Mutation(() => SavingsTransaction, {
    description: 'Pays savings out; the compulsory savings of open loans stay (refused otherwise).',
  })
  withdrawSavings(
    @InputArg()
    input: SavingsInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return moveSavings(ctx, input, SavingsTransactionKind.WITHDRAWAL);
  }

  @FieldResolver(() => PersonRef, { description: "The person in the People's Committee's register." })
  person(@Root() b: Borrower): PersonRef {
    return { id: b.personId };
  }

  @FieldResolver(() => HouseholdRef, { description: "The household in the People's Committee's register." })
  household(@Root() b: Borrower): HouseholdRef {
    return { id: b.householdId };
  }

  @FieldResolver(() => [Loan], { description: 'Newest application first.' })
  loans(@Root() b: Borrower, @Ctx() ctx: Context) {
    return ctx.loaders.loansByBorrower.load(b.id);
  }

  @FieldResolver(() => [BorrowerSavingsBalance], { description: 'Savings balance with each lender.' })
  savings(@Root() b: Borrower, @Ctx() ctx: Context) {
    return ctx.loaders.savings.load(b.id);
  }
}
