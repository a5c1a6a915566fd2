import { standingFor } from '../portfolio/portfolio-disclosure';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, todayInVietnam, InputArg, ScopedFilterArg } from '@chung-tay/common';
import { assertLenderAdmin, assertPortfolioReader } from '../access';
import type { Context } from '../context';
import { LoanPortfolioStanding, toPortfolioStanding } from '../portfolio/standing.types';
import { Lender } from './lender.entity';
import { DefineLoanProductInput, LoanProductFilter, RegisterLenderInput } from './lender.input';
import { defineLoanProduct, listLoanProducts, registerLender } from './lender.service';
import { LoanProduct } from './loan-product.entity';

@Resolver(() => Lender)
export class LenderResolver {
  @Query(() => [Lender], { description: 'Every lender whose loans this subgraph keeps, by code.' })
  lenders(@Ctx() ctx: Context) {
    return ctx.dataSource.getRepository(Lender).find({ order: { code: 'ASC' } });
  }

  @Query(() => Lender, { nullable: true, description: 'One lender by code; null if not found.' })
  lender(@Arg('code', { description: "The lender's code, e.g. CEP." }) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.lenderByCode.load(code);
  }

  @Mutation(() => Lender, { description: 'Adds a lender or branch (microfinance admins of its unit).' })
  registerLender(
    @InputArg()
    input: RegisterLenderInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderAdmin(ctx.caller);
    return registerLender(ctx, input);
  }

  @FieldResolver(() => [LoanProduct], { description: "The lender's loan products." })
  products(@Root() lender: Lender, @Ctx() ctx: Context) {
    return ctx.loaders.productsByLender.load(lender.id);
  }

  @FieldResolver(() => LoanPortfolioStanding, {
    description:
      "The lender's portfolio on a date (today if left out) in the caller's units; the lender and the People's " +
      'Committee only.',
  })
  async portfolio(
    @Root() lender: Lender,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    assertPortfolioReader(ctx.caller);
    const date = asOf ?? todayInVietnam();
    return standingFor(
      ctx.caller,
      toPortfolioStanding(date, await ctx.loaders.portfolio.load(`lender|${date}|${lender.id}`)),
    );
  }
}

@Resolver(() => LoanProduct)
export class LoanProductResolver {
  @Query(() => [LoanProduct], { description: "The lenders' loan products (public), by code." })
  loanProducts(
    @ScopedFilterArg(LoanProductFilter)
    filter: LoanProductFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listLoanProducts(ctx.dataSource, filter ?? {});
  }

  @Mutation(() => LoanProduct, {
    description: "Adds a product to a lender's price list (microfinance admins).",
  })
  defineLoanProduct(
    @InputArg()
    input: DefineLoanProductInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderAdmin(ctx.caller);
    return defineLoanProduct(ctx, input);
  }

  @FieldResolver(() => Lender, { description: 'The lender.' })
  lender(@Root() product: LoanProduct, @Ctx() ctx: Context) {
    return ctx.loaders.lender.load(product.lenderId);
  }
}
