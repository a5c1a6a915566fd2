import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '@chung-tay/common';
import { assertWomensUnionWriter } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import type { Context } from '../context';
import { HouseholdRef, householdRef, PersonRef, personRef } from '../register/register.types';
import { WomensUnionSupportActivity } from './support-activity.entity';
import { RecordWomensUnionSupportInput, WomensUnionSupportFilter } from './support.input';
import { listSupport, recordSupport } from './support.service';

@ObjectType({ description: "A page of the Women's Union's support activities." })
export class WomensUnionSupportActivityConnection extends Connection(WomensUnionSupportActivity) {}

@Resolver(() => WomensUnionSupportActivity)
export class WomensUnionSupportResolver {
  @Query(() => WomensUnionSupportActivityConnection, {
    description: "Support given by chapters in the caller's units, by date.",
  })
  womensUnionSupportActivities(
    @Arg('filter', () => WomensUnionSupportFilter, { nullable: true })
    filter: WomensUnionSupportFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listSupport(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => WomensUnionSupportActivity)
  recordWomensUnionSupport(@Arg('input') input: RecordWomensUnionSupportInput, @Ctx() ctx: Context) {
    assertWomensUnionWriter(ctx.caller);
    return recordSupport(ctx.dataSource, ctx.caller, ctx.loaders, input);
  }

  @FieldResolver(() => WomensUnionChapter)
  chapter(@Root() s: WomensUnionSupportActivity, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(s.chapterId);
  }

  @FieldResolver(() => HouseholdRef)
  household(@Root() s: WomensUnionSupportActivity) {
    return householdRef(s.householdId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() s: WomensUnionSupportActivity) {
    return s.personId ? personRef(s.personId) : null;
  }
}

@Resolver(() => HouseholdRef)
export class HouseholdSupportResolver {
  @FieldResolver(() => [WomensUnionSupportActivity], {
    nullable: true,
    description:
      "Support the Women's Union gave the household or its members, newest first. Null when the Women's Union's service cannot be reached.",
  })
  womensUnionSupport(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.supportOfHousehold.load(h.id);
  }
}
