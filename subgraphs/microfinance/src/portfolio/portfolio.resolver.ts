import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DateScalar, PeriodScalar, todayInVietnam, type Period, ScopedFilterArg } from '@chung-tay/common';
import { assertPortfolioReader } from '../access';
import type { Context } from '../context';
import { LoanPortfolioFilter, LoanPortfolioReport } from './report.types';
import { loanPortfolio, loanPortfolioReport } from './report.service';
import { LoanPortfolioStanding } from './standing.types';
import { reportFor, standingFor } from './portfolio-disclosure';

@Resolver()
export class PortfolioResolver {
  @Query(() => LoanPortfolioStanding, {
    description:
      'Portfolio figures on a date (today if left out) for a unit with everything below it, a lender or a group, ' +
      "within the caller's units: the lender and the People's Committee (the Women's Union for its " +
      'savings-and-loan groups).',
  })
  loanPortfolio(
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the figures are taken (Vietnam date); today when left out.',
    })
    asOf: string | null,
    @ScopedFilterArg(LoanPortfolioFilter)
    filter: LoanPortfolioFilter | null,
    @Ctx() ctx: Context,
  ) {
    if (filter?.savingsLoanGroupId && !filter.lendingGroupId)
      assertPortfolioReader(ctx.caller, 'womens-union');
    else assertPortfolioReader(ctx.caller);
    return loanPortfolio(ctx, asOf ?? todayInVietnam(), filter ?? {}).then((s) => standingFor(ctx.caller, s));
  }

  @Query(() => LoanPortfolioReport, {
    description:
      "The monthly or quarterly (or 6-, 9-month, yearly) loan portfolio report for the People's Committee, by " +
      "commune under a unit; the lender and the People's Committee of that unit only.",
  })
  loanPortfolioReport(
    @Arg('period', () => PeriodScalar, {
      description: 'A period code, e.g. 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M.',
    })
    period: Period,
    @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
    unitCode: string,
    @Arg('lenderCode', () => String, { nullable: true, description: "Only this lender's loans." })
    lenderCode: string | null,
    @Ctx() ctx: Context,
  ) {
    assertPortfolioReader(ctx.caller);
    return loanPortfolioReport(ctx, period, unitCode, lenderCode).then((r) => reportFor(ctx.caller, r));
  }
}
