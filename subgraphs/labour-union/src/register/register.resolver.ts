import { HouseholdRef, PersonRef } from '@chung-tay/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CareActivity } from '../care/care-activity.entity';
import { CarePlan } from '../care/care-plan.entity';
import type { Context } from '../context';
import { UnionHouse } from '../union-house/union-house.entity';
import { UnionMember } from '../union-member/union-member.entity';

// The People's Committee checks the caller may see the household or person; these fields add only the union's
// records inside the caller's units (others are left out, as in the union's own lists).

@Resolver(() => HouseholdRef)
export class HouseholdUnionResolver {
  @FieldResolver(() => [UnionMember], {
    nullable: true,
    description:
      "Union members living in this household (Labour Union). Null when the Labour Union's service cannot be reached.",
  })
  unionMembers(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.membersByHousehold.load(h.id);
  }

  @FieldResolver(() => [CarePlan], {
    nullable: true,
    description:
      "The union's care plans for this household, newest list first. Null when the Labour Union's service cannot be reached.",
  })
  unionCarePlans(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.carePlansByHousehold.load(h.id);
  }

  @FieldResolver(() => [CareActivity], {
    nullable: true,
    description:
      "Visits and gifts the union gave this household or its members, newest first. Null when the Labour Union's service cannot be reached.",
  })
  unionCareActivities(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.careByHousehold.load(h.id);
  }

  @FieldResolver(() => [UnionHouse], {
    nullable: true,
    description: `"Mái ấm công đoàn" grants for this household. Null when the Labour Union's service cannot be reached.`,
  })
  unionHouses(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.housesByHousehold.load(h.id);
  }
}

@Resolver(() => PersonRef)
export class PersonUnionResolver {
  @FieldResolver(() => UnionMember, {
    nullable: true,
    description: "The person's union membership (Labour Union); null if none is kept inside your units.",
  })
  unionMembership(@Root() p: PersonRef, @Ctx() ctx: Context) {
    return ctx.loaders.membershipByPerson.load(p.id);
  }
}

/** Household and Person come from the People's Committee, which checks access; here they are only their ids. */
export const registerReferences = {
  Household: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
