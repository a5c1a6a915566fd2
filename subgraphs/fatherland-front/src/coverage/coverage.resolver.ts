import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, todayInVietnam, unitSubtreeSql } from '@chung-tay/common';
import { assertCovers, currentUnit } from '../access';
import type { SponsorshipLevel } from '../enums';
import type { Context } from '../loaders';
import { monthOfDate, monthStartDate } from '../months';
import { FrontSponsor } from '../sponsorship/sponsor.entity';
import { evaluateCoverage, type RunningPledge } from './coverage.rules';
import { SponsorshipCoverageFinding, SponsorshipCoverageReport } from './coverage.types';

const subtree = (alias: string) => `${alias}.unit_code IN (${unitSubtreeSql('code = $1', 'unit_tree')})`;

/** The area's needs list, running pledges and district units on the day: three statements. */
async function loadCoverageFacts(ctx: Context, unitCode: string, asOf: string) {
  const needs: { personId: string; unitCode: string }[] = await ctx.dataSource.query(
    `SELECT n.person_id::text AS "personId", n.unit_code AS "unitCode" FROM needs_list_entry n
     WHERE ${subtree('n')} AND n.listed_on <= $2 AND (n.removed_on IS NULL OR n.removed_on > $2)`,
    [unitCode, asOf],
  );
  const rows: {
    id: string;
    personId: string;
    total: string;
    sponsorId: string;
    share: string;
    level: string;
  }[] = await ctx.dataSource.query(
    `SELECT p.id::text, p.person_id::text AS "personId", p.amount_per_month AS total,
         s.sponsor_id::text AS "sponsorId", s.amount_per_month AS share, f.level
       FROM sponsorship_pledge p
       JOIN sponsorship_pledge_sponsor s ON s.pledge_id = p.id
       JOIN front_sponsor f ON f.id = s.sponsor_id
       WHERE ${subtree('p')} AND p.signed_on <= $2 AND p.start_month <= $3 AND p.end_month >= $3`,
    [unitCode, asOf, monthStartDate(monthOfDate(asOf))],
  );
  const pledges = new Map<string, RunningPledge>();
  for (const r of rows) {
    const pledge = pledges.get(r.id) ?? {
      personId: r.personId,
      amountPerMonth: Number(r.total),
      sponsors: [],
    };
    pledge.sponsors.push({
      sponsorId: r.sponsorId,
      level: r.level as SponsorshipLevel,
      amountPerMonth: Number(r.share),
    });
    pledges.set(r.id, pledge);
  }
  const districtUnits: { sponsorId: string; unitCode: string; staffCount: number }[] =
    await ctx.dataSource.query(
      `SELECT s.id::text AS "sponsorId", s.unit_code AS "unitCode", s.staff_count AS "staffCount" FROM front_sponsor s
     WHERE ${subtree('s')} AND s.kind = 'DISTRICT_UNIT'`,
      [unitCode],
    );
  return { needs, pledges: [...pledges.values()], districtUnits };
}

@Resolver(() => SponsorshipCoverageReport)
export class SponsorshipCoverageResolver {
  @Query(() => SponsorshipCoverageReport, {
    description:
      'Checks the sponsorship coverage rules for a province or a commune on a day (today unless given): pass or ' +
      'fail per rule, with the units that fall short and their figures.',
  })
  async sponsorshipCoverage(
    @Arg('unitCode') unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<SponsorshipCoverageReport> {
    const unit = await currentUnit(ctx.loaders, unitCode, ['PROVINCE', 'COMMUNE'], 'unitCode');
    await assertCovers(ctx, unit.code);
    const day = asOf ?? todayInVietnam();
    const facts = await loadCoverageFacts(ctx, unit.code, day);
    return {
      unitCode: unit.code,
      asOf: day,
      ...evaluateCoverage(facts.needs, facts.pledges, facts.districtUnits),
    };
  }
}

@Resolver(() => SponsorshipCoverageFinding)
export class SponsorshipCoverageFindingResolver {
  @FieldResolver(() => FrontSponsor, { nullable: true })
  sponsor(@Root() f: SponsorshipCoverageFinding, @Ctx() ctx: Context) {
    return f.sponsorId ? ctx.loaders.sponsor.load(f.sponsorId) : null;
  }
}
