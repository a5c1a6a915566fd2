import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DateScalar, PeriodScalar, todayInVietnam, type Period } from '@chung-tay/common';
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
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('filter', () => LoanPortfolioFilter, { nullable: true }) filter: LoanPortfolioFilter | null,
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
    @Arg('period', () => PeriodScalar) period: Period,
    @Arg('unitCode') unitCode: string,
    @Arg('lenderCode', () => String, { nullable: true }) lenderCode: string | null,
    @Ctx() ctx: Context,
  ) {
    assertPortfolioReader(ctx.caller);
    return loanPortfolioReport(ctx, period, unitCode, lenderCode).then((r) => reportFor(ctx.caller, r));
  }
}
