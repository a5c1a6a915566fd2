import { standingFor } from '../portfolio/portfolio-disclosure';
import { Arg, Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import { DateScalar, todayInVietnam, VisibleOnlyTo, HouseholdRef, PersonRef } from '@chung-tay/common';
import { assertPortfolioReader } from '../access';
import { Borrower } from '../borrower/borrower.entity';
import type { Context } from '../context';
import { Loan } from '../loan/loan.entity';
import { LoanPortfolioStanding, toPortfolioStanding } from '../portfolio/standing.types';
import { SavingsLoanGroupRef } from './register.refs';

@Resolver(() => HouseholdRef)
export class HouseholdLoansResolver {
  @FieldResolver(() => [Loan], {
    nullable: true,
    description:
      "The household's loans with the microfinance lenders, newest application first (the caller's units only). " +
      'Other organisations see that they exist, their status, kind and how late; amounts are the lender’s.' +
      " Null when the Microfinance lender's service cannot be reached.",
  })
  loans(@Root() household: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.loansByHousehold.load(household.id);
  }
}

@Resolver(() => PersonRef)
export class PersonLoansResolver {
  @FieldResolver(() => [Loan], {
    nullable: true,
    description:
      "The person's loans as a borrower, newest application first. Null when the Microfinance lender's service cannot be reached.",
  })
  loans(@Root() person: PersonRef, @Ctx() ctx: Context) {
    return ctx.loaders.loansByPerson.load(person.id);
  }

  @FieldResolver(() => Borrower, {
    nullable: true,
    description: "The lender's customer record; lender only.",
  })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  borrower(@Root() person: PersonRef, @Ctx() ctx: Context) {
    return ctx.loaders.borrowerByPerson.load(person.id);
  }
}

@Resolver(() => SavingsLoanGroupRef)
export class SavingsLoanGroupLoansResolver {
  @FieldResolver(() => [Loan], {
    nullable: true,
    description:
      "Policy-bank loans that run through this group. Null when the Microfinance lender's service cannot be reached.",
  })
  loans(@Root() group: SavingsLoanGroupRef, @Ctx() ctx: Context) {
    return ctx.loaders.loansBySavingsLoanGroup.load(group.id);
  }

  @FieldResolver(() => LoanPortfolioStanding, {
    nullable: true,
    description:
      "The group's loan portfolio on a date (today if left out): for the lender, the People's Committee and the " +
      "Women's Union, which runs the group for the policy bank. Null when the Microfinance lender's service cannot be reached.",
  })
  async loanPortfolio(
    @Root() group: SavingsLoanGroupRef,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the figures are taken (Vietnam date); today when left out.',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    assertPortfolioReader(ctx.caller, 'womens-union');
    const date = asOf ?? todayInVietnam();
    return standingFor(
      ctx.caller,
      toPortfolioStanding(date, await ctx.loaders.portfolio.load(`savingsLoanGroup|${date}|${group.id}`)),
    );
  }
}

const keyOnly = (ref: { id: string }) => ({ id: ref.id });

/** The owners check access to these; here each only carries loans, which are kept to the caller's units. */
export const registerReferences = {
  Household: { __resolveReference: keyOnly },
  Person: { __resolveReference: keyOnly },
  SavingsLoanGroup: { __resolveReference: keyOnly },
};
