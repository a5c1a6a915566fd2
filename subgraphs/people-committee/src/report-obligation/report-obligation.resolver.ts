import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  hasRole,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  REPORT_SECTIONS,
  ReportSection,
} from '@chung-tay/common';
import { assertCallerCoversUnit } from '../administrative-unit/unit-scope';
import { UnitLevel } from '../enums';
import type { Context } from '../context';
import { DefineReportObligationInput } from './report-obligation.input';
import { ReportObligation } from './report-obligation.entity';

function assertObligationWriter(ctx: Context) {
  if (ctx.caller.org !== 'people-committee' || !hasRole(ctx.caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only People's Committee officers define report obligations");
  }
}

const LEVEL_DEPTH: Record<UnitLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

@Resolver(() => ReportObligation)
export class ReportObligationResolver {
  @Query(() => [ReportObligation], {
    description: 'Report obligations, optionally of one section; every organisation may read them.',
  })
  reportObligations(
    @Arg('section', () => ReportSection, { nullable: true, description: 'Only obligations of this section.' })
    section: ReportSection | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.dataSource.getRepository(ReportObligation).find({
      where: section ? { section } : {},
      order: { section: 'ASC', scopeUnitCode: 'ASC', firstYear: 'ASC' },
    });
  }

  @Mutation(() => ReportObligation, {
    description: `Says which organisation's section is due from which units, how often and when. Sections: ${Object.entries(
      REPORT_SECTIONS,
    )
      .map(([s, v]) => `${s} (${v.organisation})`)
      .join(', ')}.`,
  })
  async defineReportObligation(
    @Arg('input', () => DefineReportObligationInput, {
      description: 'What to record; the input type describes each field.',
    })
    input: DefineReportObligationInput,
    @Ctx() ctx: Context,
  ) {
    assertObligationWriter(ctx);
    const scope = await ctx.loaders.unit.load(input.scopeUnitCode);
    if (!scope || scope.validTo) {
      throw new BadUserInputError(`there is no unit ${input.scopeUnitCode} in force`, 'input.scopeUnitCode');
    }
    await assertCallerCoversUnit(ctx.caller, ctx.loaders, scope.code);
    if (input.unitLevel === UnitLevel.DISTRICT || LEVEL_DEPTH[input.unitLevel] < LEVEL_DEPTH[scope.level]) {
      throw new BadUserInputError(
        `reports can come from the ${scope.level.toLowerCase()} itself or communes below it, not ${input.unitLevel.toLowerCase()}s (districts ended on 30 Jun 2025)`,
        'input.unitLevel',
      );
    }
    if (input.schedule !== 'YEARLY' && input.dueMonth) {
      throw new BadUserInputError('a fixed due month is for yearly reports only', 'input.dueMonth');
    }
    if (input.lastYear && input.lastYear < input.firstYear) {
      throw new BadUserInputError(
        `lastYear ${input.lastYear} is before firstYear ${input.firstYear}`,
        'input.lastYear',
      );
    }
    try {
      const saved = await ctx.dataSource.getRepository(ReportObligation).save({
        ...input,
        dueMonth: input.dueMonth ?? null,
        lastYear: input.lastYear ?? null,
        definedBy: ctx.caller.subject,
      });
      ctx.audit.write('defineReportObligation', [saved.id]);
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          `${input.section} is already due from ${input.unitLevel.toLowerCase()}s of ${input.scopeUnitCode} on that schedule from ${input.firstYear}`,
          'input',
        );
      }
      throw error;
    }
  }

  @Mutation(() => ReportObligation, {
    description: 'Ends an obligation after a year (no reports due later).',
  })
  async endReportObligation(
    @Arg('id', () => ID, { description: "The obligation's id." }) id: string,
    @Arg('lastYear', () => Int, { description: 'The last year reports are expected.' }) lastYear: number,
    @Ctx() ctx: Context,
  ) {
    assertObligationWriter(ctx);
    if (!isUuid(id)) throw new BadUserInputError(`"${id}" is not an obligation id`, 'id');
    const repo = ctx.dataSource.getRepository(ReportObligation);
    const obligation = await repo.findOneBy({ id });
    if (!obligation) throw new NotFoundError('ReportObligation', id);
    await assertCallerCoversUnit(ctx.caller, ctx.loaders, obligation.scopeUnitCode);
    if (lastYear < obligation.firstYear) {
      throw new BadUserInputError(
        `lastYear ${lastYear} is before firstYear ${obligation.firstYear}`,
        'lastYear',
      );
    }
    await repo.update({ id }, { lastYear });
    ctx.audit.write('endReportObligation', [id]);
    return { ...obligation, lastYear };
  }
}
