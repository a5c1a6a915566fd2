import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  DateScalar,
  PageArgs,
  HouseholdRef,
  householdRef,
  PersonRef,
  personRef,
  writeAs,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertWomensUnionWriter, visible } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import type { Context } from '../context';
import { SavingsLoanGroup } from '../savings-loan-group/savings-loan-group.entity';
import { WomensUnionMember } from './member.entity';
import {
  RegisterWomensUnionMemberInput,
  UpdateWomensUnionMemberInput,
  WomensUnionMemberFilter,
} from './member.input';
import { endMembership, listMembers, registerMember, updateMember } from './member.service';

@ObjectType({ description: "A page of the Women's Union's members." })
export class WomensUnionMemberConnection extends Connection(WomensUnionMember) {}

@Resolver(() => WomensUnionMember)
export class WomensUnionMemberResolver {
  @Query(() => WomensUnionMember, {
    nullable: true,
    description: "One Women's Union member by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async womensUnionMember(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx.caller, `Member ${id}`, await ctx.loaders.member.load(id));
  }

  @Query(() => WomensUnionMemberConnection, {
    description: "Members in the caller's units, by commune and date joined.",
  })
  womensUnionMembers(
    @ScopedFilterArg(WomensUnionMemberFilter)
    filter: WomensUnionMemberFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listMembers(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => WomensUnionMember, {
    description: 'Registers a woman of the register as a member (find her first with registerMatch).',
  })
  registerWomensUnionMember(
    @InputArg()
    input: RegisterWomensUnionMemberInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, registerMember, input);
  }

  @Mutation(() => WomensUnionMember, {
    description: "Corrects a member's record or moves her to another chapter.",
  })
  updateWomensUnionMember(
    @Arg('id', () => ID, { description: "The member's id." }) id: string,
    @InputArg()
    input: UpdateWomensUnionMemberInput,
    @Ctx() ctx: Context,
  ) {
    assertWomensUnionWriter(ctx.caller);
    return updateMember(ctx.dataSource, ctx.caller, ctx.loaders, id, input);
  }

  @Mutation(() => WomensUnionMember, {
    description: 'Records that a member left the union; she leaves her savings-and-loan groups the same day.',
  })
  endWomensUnionMembership(
    @Arg('id', () => ID, { description: "The member's id." }) id: string,
    @Arg('leftOn', () => DateScalar, { description: 'The day she left.' }) leftOn: string,
    @Ctx() ctx: Context,
  ) {
    assertWomensUnionWriter(ctx.caller);
    return endMembership(ctx.dataSource, ctx.caller, ctx.loaders, id, leftOn);
  }

  @FieldResolver(() => Boolean, { description: 'Whether she is a member today.' })
  current(@Root() m: WomensUnionMember) {
    return m.leftOn == null;
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'Her chapter.' })
  chapter(@Root() m: WomensUnionMember, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(m.chapterId);
  }

  @FieldResolver(() => PersonRef, { description: 'Her record in the register.' })
  person(@Root() m: WomensUnionMember) {
    return personRef(m.personId);
  }

  @FieldResolver(() => HouseholdRef, { description: 'Her household in the register.' })
  household(@Root() m: WomensUnionMember) {
    return householdRef(m.householdId);
  }

  @FieldResolver(() => [SavingsLoanGroup], { description: 'The savings-and-loan groups she is in now.' })
  async savingsLoanGroups(@Root() m: WomensUnionMember, @Ctx() ctx: Context) {
    return (await ctx.loaders.memberGroups.load(m.id)).map((r) => r.group);
  }
}

@Resolver(() => PersonRef)
export class PersonMembershipResolver {
  @FieldResolver(() => WomensUnionMember, {
    nullable: true,
    description: "The person's Women's Union membership: the current one, else the latest.",
  })
  async womensUnionMembership(@Root() p: PersonRef, @Ctx() ctx: Context) {
    return visible(ctx.caller, 'The membership', await ctx.loaders.membershipOfPerson.load(p.id));
  }
}
