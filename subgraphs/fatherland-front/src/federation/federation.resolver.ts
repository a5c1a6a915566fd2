import {
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ObjectType,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { ForbiddenError, isUuid, MoneyScalar, todayInVietnam, VisibleOnlyTo } from '@chung-tay/common';
import { SolidarityHouseStatus } from '../enums';
import { FrontDisbursement } from '../fund/disbursement.entity';
import { SolidarityHouse } from '../house/solidarity-house.entity';
import type { Context } from '../context';
import type { RecordScope } from '../loaders';
import { monthOfDate } from '../months';
import { NeedsListEntry } from '../needs/needs-list-entry.entity';
import { SponsorshipPledge } from '../sponsorship/pledge.entity';
import { SponsorshipTopUp } from '../sponsorship/sponsorship.types';
import { sponsorshipTopUp } from '../sponsorship/top-up';
import { HouseholdRef, PersonRef } from './stubs';

@ObjectType({
  description:
    'What the Fatherland Front gives a household, as far as your units reach: disbursements from For-the-Poor ' +
    'funds, solidarity houses and sponsorship pledges for its members.',
})
export class FrontHouseholdSupport {
  @Field(() => [FrontDisbursement], { description: 'Newest first.' })
  disbursements!: FrontDisbursement[];

  @Field(() => MoneyScalar, { description: 'Sum of those disbursements.' })
  disbursedTotal!: number;

  @Field(() => [SolidarityHouse], { description: 'Newest approval first.' })
  solidarityHouses!: SolidarityHouse[];

  @Field(() => [SponsorshipPledge], { description: "Pledges for the household's members, newest first." })
  pledges!: SponsorshipPledge[];
}

/**
 * References are checked here too (the gateway's `_entities` bypasses root fields): when the Front holds records
 * about the person or household and none lies inside the caller's units, the reference is FORBIDDEN.
 */
function checkScope(scope: RecordScope | null, what: string, id: string) {
  if (scope && scope.records > 0 && !scope.visible) {
    throw new ForbiddenError(`${what} ${id}: its Front records are outside the units your token covers`);
  }
}

export const federationReferences = {
  Person: {
    __resolveReference: async (
      ref: { id: string; incomePerMonth?: number | null; povertyLine?: number | null },
      ctx: Context,
    ): Promise<PersonRef | null> => {
      if (!isUuid(ref.id)) return null;
      checkScope(await ctx.loaders.personScope.load(ref.id), 'Person', ref.id);
      return ref;
    },
  },
  Household: {
    __resolveReference: async (ref: { id: string }, ctx: Context): Promise<HouseholdRef | null> => {
      if (!isUuid(ref.id)) return null;
      checkScope(await ctx.loaders.householdScope.load(ref.id), 'Household', ref.id);
      return { id: ref.id };
    },
  },
};

const runningThisMonth = (p: SponsorshipPledge, month = monthOfDate(todayInVietnam())) =>
  p.startMonth <= month && p.endMonth >= month;

@Resolver(() => PersonRef)
export class PersonFrontResolver {
  @FieldResolver(() => [SponsorshipPledge], {
    nullable: true,
    description:
      "Sponsorship pledges for this person (Fatherland Front). Null when the Fatherland Front's service cannot be reached.",
  })
  sponsorships(@Root() p: PersonRef, @Ctx() ctx: Context) {
    return ctx.loaders.pledgesByPerson.load(p.id);
  }

  @FieldResolver(() => NeedsListEntry, {
    nullable: true,
    description: "The person's current entry on the Front's needs list, if any.",
  })
  needsListEntry(@Root() p: PersonRef, @Ctx() ctx: Context) {
    return ctx.loaders.currentNeedsEntryByPerson.load(p.id);
  }

  @FieldResolver(() => SponsorshipTopUp, {
    nullable: true,
    description:
      "Whether the person's income (People's Committee, latest assessment) plus the pledges running this month " +
      'reaches the poverty line in force; Fatherland Front and People’s Committee only.',
  })
  @Directive('@requires(fields: "incomePerMonth povertyLine")')
  @UseMiddleware(VisibleOnlyTo('fatherland-front', 'people-committee'))
  async sponsorshipTopUp(@Root() p: PersonRef, @Ctx() ctx: Context): Promise<SponsorshipTopUp> {
    const pledges = await ctx.loaders.pledgesByPerson.load(p.id);
    return sponsorshipTopUp({
      incomePerMonth: p.incomePerMonth ?? null,
      povertyLine: p.povertyLine ?? null,
      pledgedPerMonth: pledges
        .filter((x) => runningThisMonth(x))
        .reduce((sum, x) => sum + x.amountPerMonth, 0),
    });
  }
}

@Resolver(() => HouseholdRef)
export class HouseholdFrontResolver {
  @FieldResolver(() => SolidarityHouse, {
    nullable: true,
    description: "The household's latest solidarity house (Fatherland Front), cancelled ones aside.",
  })
  async solidarityHouse(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return (
      (await ctx.loaders.housesByHousehold.load(h.id)).find(
        (x) => x.status !== SolidarityHouseStatus.CANCELLED,
      ) ?? null
    );
  }

  @FieldResolver(() => FrontHouseholdSupport, {
    nullable: true,
    description:
      "The Fatherland Front's support of the household. Null when the Fatherland Front's service cannot be reached.",
  })
  async frontSupport(@Root() h: HouseholdRef, @Ctx() ctx: Context): Promise<FrontHouseholdSupport> {
    const [disbursements, solidarityHouses, pledges] = await Promise.all([
      ctx.loaders.disbursementsByHousehold.load(h.id),
      ctx.loaders.housesByHousehold.load(h.id),
      ctx.loaders.pledgesByHousehold.load(h.id),
    ]);
    return {
      disbursements,
      disbursedTotal: disbursements.reduce((sum, x) => sum + x.amount, 0),
      solidarityHouses,
      pledges,
    };
  }
}
