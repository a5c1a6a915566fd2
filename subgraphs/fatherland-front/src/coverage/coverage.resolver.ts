import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, todayInVietnam } from '@chung-tay/common';
import { assertCovers, currentUnit } from '../access';
import type { Context } from '../context';
import { FrontSponsor } from '../sponsorship/sponsor.entity';
import { coverageFor } from './coverage-disclosure';
import { loadCoverageFacts } from './coverage.facts';
import { evaluateCoverage } from './coverage.rules';
import { SponsorshipCoverageFinding, SponsorshipCoverageReport } from './coverage.types';

@Resolver(() => SponsorshipCoverageReport)
export class SponsorshipCoverageResolver {
  @Query(() => SponsorshipCoverageReport, {
    description:
      'Checks the sponsorship coverage rules for a province or a commune on a day (today unless given): pass or ' +
      'fail per rule, with the units that fall short and their figures. Exact for the Front; other organisations ' +
      'get the people counts under the threshold rule (see disclosure).',
  })
  async sponsorshipCoverage(
    @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
    unitCode: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the figures are taken (Vietnam date); today when left out.',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<SponsorshipCoverageReport> {
    const unit = await currentUnit(ctx.loaders, unitCode, ['PROVINCE', 'COMMUNE'], 'unitCode');
    await assertCovers(ctx, unit.code);
    const day = asOf ?? todayInVietnam();
    const facts = (await loadCoverageFacts(ctx.dataSource, [unit.code], day)).get(unit.code)!;
    const report = evaluateCoverage(facts.needs, facts.pledges, facts.districtUnits);
    return { unitCode: unit.code, asOf: day, ...coverageFor(ctx.caller, report) };
  }
}

@Resolver(() => SponsorshipCoverageFinding)
export class SponsorshipCoverageFindingResolver {
  @FieldResolver(() => FrontSponsor, {
    nullable: true,
    description: 'The district unit, for the district-unit rules.',
  })
  sponsor(@Root() f: SponsorshipCoverageFinding, @Ctx() ctx: Context) {
    return f.sponsorId ? ctx.loaders.sponsor.load(f.sponsorId) : null;
  }
}
