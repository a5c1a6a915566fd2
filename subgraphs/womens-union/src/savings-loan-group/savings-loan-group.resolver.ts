import { Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  IdArg,
  InputArg,
  PageArgs,
  ScopedFilterArg,
  AdministrativeUnitRef,
  unitRef,
  writeAs,
} from '@chung-tay/common';
import { assertWomensUnionWriter, visible } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import type { Context } from '../context';
import { WomensUnionMember } from '../member/member.entity';
import { SavingsLoanGroup } from './savings-loan-group.entity';
import {
  AddSavingsLoanGroupMembersInput,
  FormSavingsLoanGroupInput,
  RemoveSavingsLoanGroupMemberInput,
  SavingsLoanGroupFilter,
  UpdateSavingsLoanGroupInput,
} from './savings-loan-group.input';
import { addMembers, formGroup, listGroups, removeMember, updateGroup } from './savings-loan-group.service';

@ObjectType({ description: 'A page of savings-and-loan groups.' })
export class SavingsLoanGroupConnection extends Connection(SavingsLoanGroup) {}

@Resolver(() => SavingsLoanGroup)
export class SavingsLoanGroupResolver {
  @Query(() => SavingsLoanGroup, {
    nullable: true,
    description: "One savings-and-loan group by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async savingsLoanGroup(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx.caller, `Group ${id}`, await ctx.loaders.group.load(id));
  }

  @Query(() => SavingsLoanGroupConnection, {
    description: "Savings-and-loan groups in the caller's units, by commune and name.",
  })
  savingsLoanGroups(
    @ScopedFilterArg(SavingsLoanGroupFilter)
    filter: SavingsLoanGroupFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listGroups(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => SavingsLoanGroup, { description: 'Forms a group with its leader and first members.' })
  formSavingsLoanGroup(
    @InputArg()
    input: FormSavingsLoanGroupInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, formGroup, input);
  }

  @Mutation(() => SavingsLoanGroup, {
    description: "Adds Women's Union members to a savings-and-loan group (Women's Union officers).",
  })
  addSavingsLoanGroupMembers(
    @InputArg()
    input: AddSavingsLoanGroupMembersInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, addMembers, input);
  }

  @Mutation(() => SavingsLoanGroup, {
    description: "Records that a member left a savings-and-loan group (Women's Union officers).",
  })
  removeSavingsLoanGroupMember(
    @InputArg()
    input: RemoveSavingsLoanGroupMemberInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, removeMember, input);
  }

  @Mutation(() => SavingsLoanGroup, {
    description: 'Renames a group, changes its leader, meetings or status.',
  })
  updateSavingsLoanGroup(
    @IdArg() id: string,
    @InputArg()
    input: UpdateSavingsLoanGroupInput,
    @Ctx() ctx: Context,
  ) {
    assertWomensUnionWriter(ctx.caller);
    return updateGroup(ctx.dataSource, ctx.caller, ctx.loaders, id, input);
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'The chapter that runs the group.' })
  chapter(@Root() g: SavingsLoanGroup, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(g.chapterId);
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The commune or ward.' })
  unit(@Root() g: SavingsLoanGroup) {
    return unitRef(g.unitCode);
  }

  @FieldResolver(() => WomensUnionMember, { description: 'The group leader.' })
  leader(@Root() g: SavingsLoanGroup, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(g.leaderMemberId);
  }

  @FieldResolver(() => [WomensUnionMember], { description: 'Current members, the leader among them.' })
  async members(@Root() g: SavingsLoanGroup, @Ctx() ctx: Context) {
    return (await ctx.loaders.groupMembers.load(g.id)).map((r) => r.member);
  }

  @FieldResolver(() => Int, { description: 'Members in the group today.' })
  async memberCount(@Root() g: SavingsLoanGroup, @Ctx() ctx: Context) {
    return (await ctx.loaders.groupMembers.load(g.id)).length;
  }
}

export const savingsLoanGroupReference = {
  SavingsLoanGroup: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      visible(ctx.caller, `Group ${ref.id}`, await ctx.loaders.group.load(ref.id)),
  },
};
