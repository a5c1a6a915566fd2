import { Arg, Ctx, Directive, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertMemberReader, visibleMember } from '../access';
import type { Context } from '../context';
import { {{Pascal}}Member } from './member.entity';
import { Register{{Pascal}}MemberInput } from './member.input';
import { listMembers, registerMember } from './member.service';

/** The People's Committee's household: this subgraph adds its members to it and stores nothing else of it. */
@ObjectType('Household')
@Directive('@key(fields: "id")')
export class HouseholdRef {
  @Field(() => ID)
  id!: string;
}

/**
 * Household comes from the People's Committee, which checks access; here it is only its id. A member is this
 * subgraph's own: by reference, as by id, only inside the caller's units.
 */
export const registerReferences = {
  Household: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  {{Pascal}}Member: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      visibleMember(ctx.caller, ref.id, await ctx.loaders.member.load(ref.id)),
  },
};

@Resolver(() => {{Pascal}}Member)
export class {{Pascal}}MemberResolver {
  @Query(() => [{{Pascal}}Member], {
    description: 'Members registered on a unit or below it, inside your units, oldest first (at most 1,000).',
  })
  {{camel}}Members(@Arg('unitCode') unitCode: string, @Ctx() ctx: Context) {
    assertMemberReader(ctx.caller);
    return listMembers(ctx.dataSource, ctx.caller, unitCode);
  }

  @Query(() => {{Pascal}}Member, {
    nullable: true,
    description: 'One member, by id, inside your units ({{enText}} only).',
  })
  async {{camel}}Member(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return visibleMember(ctx.caller, id, await ctx.loaders.member.load(id));
  }

  @Mutation(() => {{Pascal}}Member, { description: 'Registers a member of the {{enText}}.' })
  register{{Pascal}}Member(@Arg('input') input: Register{{Pascal}}MemberInput, @Ctx() ctx: Context) {
    return registerMember(ctx.dataSource, ctx.caller, ctx.loaders, input);
  }
}

@Resolver(() => HouseholdRef)
export class Household{{Pascal}}Resolver {
  @FieldResolver(() => [{{Pascal}}Member], {
    nullable: true,
    description:
      "Members of the {{enText}} living in this household, inside your units ({{enText}} only). Null when the {{enText}}'s service cannot be reached.",
  })
  {{camel}}Members(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    assertMemberReader(ctx.caller);
    return ctx.loaders.membersByHousehold.load(h.id);
  }
}
