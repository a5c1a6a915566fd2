import { Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  PageArgs,
  HouseholdRef,
  householdRef,
  PersonRef,
  personRef,
  writeAs,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertWomensUnionWriter } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import type { Context } from '../context';
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
    @ScopedFilterArg(WomensUnionSupportFilter)
    filter: WomensUnionSupportFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listSupport(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => WomensUnionSupportActivity, {
    description: "Records support a chapter gave a household or one of its members (Women's Union officers).",
  })
  recordWomensUnionSupport(
    @InputArg()
    input: RecordWomensUnionSupportInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, recordSupport, input);
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'The chapter that gave it.' })
  chapter(@Root() s: WomensUnionSupportActivity, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(s.chapterId);
  }

  @FieldResolver(() => HouseholdRef, { description: 'The household supported.' })
  household(@Root() s: WomensUnionSupportActivity) {
    return householdRef(s.householdId);
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The member supported, when one person.' })
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
