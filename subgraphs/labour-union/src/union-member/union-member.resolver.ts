import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  BadUserInputError,
  Connection,
  ImportReport,
  isUuid,
  PageArgs,
  householdRef,
  HouseholdRef,
  personRef,
  PersonRef,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertUnionWriter, visible } from '../access';
import { CareActivity } from '../care/care-activity.entity';
import { CarePlan } from '../care/care-plan.entity';
import type { Context } from '../context';
import { UnionHouse } from '../union-house/union-house.entity';
import { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import { UnionMember } from './union-member.entity';
import { ImportUnionMemberListInput } from './union-member-import.input';
import { importUnionMemberList } from './union-member-import.service';
import { RegisterUnionMemberInput, UnionMemberFilter, UpdateUnionMemberInput } from './union-member.input';
import {
  linkUnionMemberToRegister,
  listUnionMembers,
  registerUnionMember,
  updateUnionMember,
} from './union-member.service';

@ObjectType({ description: 'A page of union members.' })
export class UnionMemberConnection extends Connection(UnionMember) {}

@Resolver(() => UnionMember)
export class UnionMemberResolver {
  @Query(() => UnionMember, {
    nullable: true,
    description: "One union member by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async unionMember(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.member.load(id), `Union member ${id}`, ctx);
  }

  @Query(() => UnionMemberConnection, {
    description: "Union members inside the caller's units, ordered by member number.",
  })
  unionMembers(
    @ScopedFilterArg(UnionMemberFilter)
    filter: UnionMemberFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listUnionMembers(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => UnionMember, {
    description: "Adds a member to the union's register of a grassroots union.",
  })
  registerUnionMember(
    @InputArg()
    input: RegisterUnionMemberInput,
    @Ctx() ctx: Context,
  ) {
    return registerUnionMember(ctx, input);
  }

  @Mutation(() => ImportReport, {
    description:
      "Adds the members of a union's member list (one row per member, the grassroots union named by its code) to " +
      "the union's register: all of them, or none when any row has a problem (each listed with its row and " +
      'column). Members already registered exactly as the list gives them are left as they are. The gateway ' +
      'fills personId and householdId from registerMatches for rows whose national ID is in the register.',
  })
  importUnionMemberList(
    @InputArg()
    input: ImportUnionMemberListInput,
    @Ctx() ctx: Context,
  ) {
    assertUnionWriter(ctx.caller);
    return importUnionMemberList(ctx, input);
  }

  @Mutation(() => UnionMember, {
    description: "Corrects a member's record, moves or changes their standing.",
  })
  updateUnionMember(
    @Arg('id', () => ID, { description: "The member's id." }) id: string,
    @InputArg()
    input: UpdateUnionMemberInput,
    @Ctx() ctx: Context,
  ) {
    return updateUnionMember(ctx, id, input);
  }

  @Mutation(() => UnionMember, {
    description:
      "Links a member to the People's Committee's register with the person and household ids that " +
      'registerMatch(nationalId) returned (or corrects a link). Only the ids are kept.',
  })
  linkUnionMemberToRegister(
    @Arg('memberId', () => ID, { description: "The union member's id." }) memberId: string,
    @Arg('personId', () => ID, { description: "Id of the person in the People's Committee's register." })
    personId: string,
    @Arg('householdId', () => ID, {
      description: "Id of the household in the People's Committee's register.",
    })
    householdId: string,
    @Ctx() ctx: Context,
  ) {
    for (const [field, value] of Object.entries({ memberId, personId, householdId })) {
      if (!isUuid(value)) throw new BadUserInputError('is not an id', field);
    }
    return linkUnionMemberToRegister(ctx, memberId, personId, householdId);
  }

  @FieldResolver(() => UnionOrganisation, { description: "The member's grassroots union." })
  unionOrganisation(@Root() m: UnionMember, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(m.unionOrganisationId);
  }

  @FieldResolver(() => PersonRef, {
    nullable: true,
    description: "The person in the People's Committee's register.",
  })
  person(@Root() m: UnionMember) {
    return personRef(m.personId);
  }

  @FieldResolver(() => HouseholdRef, {
    nullable: true,
    description:
      "The member's household in the People's Committee's register; its status is Household.status.",
  })
  household(@Root() m: UnionMember) {
    return householdRef(m.householdId);
  }

  @FieldResolver(() => [CareActivity], { description: 'Care given to this member, newest first.' })
  careActivities(@Root() m: UnionMember, @Ctx() ctx: Context) {
    return ctx.loaders.careByMember.load(m.id);
  }

  @FieldResolver(() => [CarePlan], {
    description: "Care plans for the member's household, newest list first.",
  })
  carePlans(@Root() m: UnionMember, @Ctx() ctx: Context) {
    return m.householdId ? ctx.loaders.carePlansByHousehold.load(m.householdId) : [];
  }

  @FieldResolver(() => [UnionHouse], { description: 'Union house grants for this member, newest first.' })
  unionHouses(@Root() m: UnionMember, @Ctx() ctx: Context) {
    return ctx.loaders.housesByMember.load(m.id);
  }
}

export const unionMemberReference = {
  UnionMember: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      visible(await ctx.loaders.member.load(ref.id), `Union member ${ref.id}`, ctx),
  },
};
