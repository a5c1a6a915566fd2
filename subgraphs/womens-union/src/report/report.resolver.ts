import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  assertCallerCoversUnit,
  BadUserInputError,
  ConflictError,
  Connection,
  DateScalar,
  isUniqueViolation,
  keysetPage,
  PageArgs,
  PeriodScalar,
  todayInVietnam,
  unitSubtreeSql,
  type Period,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertWriterCovers, assertWomensUnionWriter, inCallerUnitsSql } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import { WomensUnionReportStatus } from '../enums';
import type { Context } from '../context';
import { assertNotFuture, assertUuid } from '../rules';
import { reportDueOn, reportPeriodProblem, reportStatus } from './report-period';
import { ReportSubmission } from './report-submission.entity';
import { reportKey } from './report.loaders';
import { groupsFor, membershipFor, pledgesFor, savingsDayFor, supportFor } from './report-disclosure';
import {
  WomensUnionReport,
  WomensUnionReportFilter,
  WomensUnionReportFiveNoThreeClean,
  WomensUnionReportMembership,
  WomensUnionReportSavingsDay,
  WomensUnionReportSavingsLoanGroups,
  WomensUnionReportSupport,
} from './report.types';

@ObjectType({ description: "A page of chapters' periodic reports." })
export class WomensUnionReportConnection extends Connection(WomensUnionReport) {}

function checkPeriod(period: Period) {
  const problem = reportPeriodProblem(period);
  if (problem) throw new BadUserInputError(problem, 'period');
}

const reportOf = (chapterId: string, period: Period): WomensUnionReport => ({
  id: `${chapterId}:${period.code}`,
  chapterId,
  periodValue: period,
});

/** Reports are read for chapters in the caller's own units (not the chapters above them). */
async function reportableChapter(ctx: Context, chapterId: string, field: string) {
  assertUuid(chapterId, field);
  const chapter = await ctx.loaders.chapter.load(chapterId);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${chapterId}`, field);
  await assertCallerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), chapter.unitCode);
  return chapter;
}

@Resolver(() => WomensUnionReport)
export class WomensUnionReportResolver {
  @Query(() => WomensUnionReport, {
    description:
      "A chapter's report for 3 months (YYYY-Q1), 6 months (YYYY-6M), 9 months (YYYY-9M) or the year (YYYY), due on the 5th of the following month.",
  })
  async womensUnionReport(
    @Arg('chapterId', () => ID, { description: 'The chapter reported on.' }) chapterId: string,
    @Arg('period', () => PeriodScalar, {
      description: 'A period code, e.g. 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M.',
    })
    period: Period,
    @Ctx() ctx: Context,
  ) {
    checkPeriod(period);
    const chapter = await reportableChapter(ctx, chapterId, 'chapterId');
    return reportOf(chapter.id, period);
  }

  @Query(() => WomensUnionReportConnection, {
    description: "The reports of the caller's chapters at a level (commune chapters unless asked), top-down.",
  })
  async womensUnionReports(
    @Arg('period', () => PeriodScalar, {
      description: 'A period code, e.g. 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M.',
    })
    period: Period,
    @ScopedFilterArg(WomensUnionReportFilter)
    filter: WomensUnionReportFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    checkPeriod(period);
    const qb = ctx.dataSource
      .getRepository(WomensUnionChapter)
      .createQueryBuilder('c')
      .where(inCallerUnitsSql('c'), { callerUnits: ctx.caller.units })
      .andWhere('c.level = :level', { level: filter?.level ?? 'COMMUNE' });
    if (filter?.unitCode)
      qb.andWhere(`c.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
        unitCode: filter.unitCode,
      });
    const page = await keysetPage(
      qb,
      {
        keys: [
          { sql: 'c.unit_code', kind: 'text', of: (c) => c.unitCode },
          { sql: 'c.name', kind: 'text', of: (c) => c.name },
          { sql: 'c.id', kind: 'uuid', of: (c) => c.id },
        ],
      },
      first,
      after,
    );
    return {
      ...page,
      nodes: page.nodes.map((c) => reportOf(c.id, period)),
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: reportOf(e.node.id, period) })),
    };
  }

  @Mutation(() => WomensUnionReport, {
    description: 'Records that the chapter sent its report for the period to the level above.',
  })
  async submitWomensUnionReport(
    @Arg('chapterId', () => ID, { description: "Id of the Women's Union chapter." }) chapterId: string,
    @Arg('period', () => PeriodScalar, { description: 'A quarter, nine months or the year, e.g. 2025-Q1.' })
    period: Period,
    @Arg('submittedOn', () => DateScalar, { nullable: true, description: 'Today if left out.' })
    submittedOn: string | null,
    @Ctx() ctx: Context,
  ) {
    assertWomensUnionWriter(ctx.caller);
    checkPeriod(period);
    const chapter = await reportableChapter(ctx, chapterId, 'chapterId');
    await assertWriterCovers(ctx.caller, ctx.loaders, chapter.unitCode);
    const on = submittedOn ?? todayInVietnam();
    assertNotFuture(on, 'submittedOn');
    if (on < period.end) {
      throw new BadUserInputError(
        `the report for ${period.code} is sent once it ends (${period.end})`,
        'submittedOn',
      );
    }
    try {
      await ctx.dataSource.transaction(async (em) => {
        const earlier = await em
          .getRepository(ReportSubmission)
          .findOneBy({ chapterId, periodCode: period.code });
        if (earlier) {
          throw new ConflictError(
            `the ${period.code} report was already sent on ${earlier.submittedOn}`,
            'period',
          );
        }
        await em.getRepository(ReportSubmission).insert({
          chapterId,
          unitCode: chapter.unitCode,
          periodCode: period.code,
          submittedOn: on,
          submittedBy: ctx.caller.subject,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`the ${period.code} report was already sent`, 'period');
      throw error;
    }
    return reportOf(chapterId, period);
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'The chapter reporting.' })
  chapter(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(r.chapterId);
  }

  @FieldResolver(() => PeriodScalar, {
    description: 'A quarter, nine months or the year (cumulative from January).',
  })
  period(@Root() r: WomensUnionReport) {
    return r.periodValue;
  }

  @FieldResolver(() => DateScalar, { description: 'First day: 1 January of the year.' })
  periodStart(@Root() r: WomensUnionReport) {
    return r.periodValue.start;
  }

  @FieldResolver(() => DateScalar, { description: 'Last day of the period.' })
  periodEnd(@Root() r: WomensUnionReport) {
    return r.periodValue.end;
  }

  @FieldResolver(() => DateScalar, { description: 'The 5th of the month after the period.' })
  dueOn(@Root() r: WomensUnionReport) {
    return reportDueOn(r.periodValue);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'The day it was submitted; null while not.',
  })
  async submittedOn(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    return (
      (await ctx.loaders.reportSubmission.load(reportKey(r.chapterId, r.periodValue)))?.submittedOn ?? null
    );
  }

  @FieldResolver(() => WomensUnionReportStatus, {
    description: 'Not yet due, due, overdue, or submitted on time or late.',
  })
  async status(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    const submission = await ctx.loaders.reportSubmission.load(reportKey(r.chapterId, r.periodValue));
    return reportStatus(r.periodValue, submission?.submittedOn ?? null, todayInVietnam());
  }

  @FieldResolver(() => WomensUnionReportFiveNoThreeClean, { description: '"5 không 3 sạch" figures.' })
  async fiveNoThreeClean(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    return pledgesFor(
      ctx.caller,
      await ctx.loaders.reportPledges.load(reportKey(r.chapterId, r.periodValue)),
    );
  }

  @FieldResolver(() => WomensUnionReportSavingsDay, { description: '"Savings day for poor women" figures.' })
  async savingsDay(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    return savingsDayFor(
      ctx.caller,
      await ctx.loaders.reportSavingsDay.load(reportKey(r.chapterId, r.periodValue)),
    );
  }

  @FieldResolver(() => [WomensUnionReportSavingsLoanGroups], { description: 'By lender.' })
  async savingsLoanGroups(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    const lenders = await ctx.loaders.reportLenders.load(reportKey(r.chapterId, r.periodValue));
    return lenders.map((l) => groupsFor(ctx.caller, l));
  }

  @FieldResolver(() => [WomensUnionReportSupport], { description: 'By kind.' })
  async support(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    const kinds = await ctx.loaders.reportSupport.load(reportKey(r.chapterId, r.periodValue));
    return kinds.map((k) => supportFor(ctx.caller, k));
  }

  @FieldResolver(() => WomensUnionReportMembership, { description: 'Membership figures.' })
  async members(@Root() r: WomensUnionReport, @Ctx() ctx: Context) {
    return membershipFor(
      ctx.caller,
      await ctx.loaders.reportMembers.load(reportKey(r.chapterId, r.periodValue)),
    );
  }
}
