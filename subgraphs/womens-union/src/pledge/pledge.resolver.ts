import {
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  Connection,
  PageArgs,
  HouseholdRef,
  householdRef,
  writeAs,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertWomensUnionWriter, visible } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import type { Context } from '../context';
import {
  FiveNoThreeCleanPledge,
  FiveNoThreeCleanPledgedHousehold,
  FiveNoThreeCleanReview,
} from './pledge.entity';
import {
  AddFiveNoThreeCleanHouseholdsInput,
  FiveNoThreeCleanPledgeFilter,
  PledgeFiveNoThreeCleanInput,
  RecordFiveNoThreeCleanReviewsInput,
} from './pledge.input';
import { addHouseholds, listPledges, pledge, recordReviews } from './pledge.service';
import { pledgeAchievement } from './progress';

@ObjectType({ description: 'A page of "5 không 3 sạch" pledges.' })
export class FiveNoThreeCleanPledgeConnection extends Connection(FiveNoThreeCleanPledge) {}

@ObjectType({
  description: "How far a pledge has come, from each household's latest review in the year.",
})
export class FiveNoThreeCleanProgress {
  @Field(() => Int, { description: 'Households pledged (the target).' })
  targetHouseholds!: number;
  @Field(() => Int, { description: 'Households named on the pledge.' })
  pledged!: number;
  @Field(() => Int, { description: 'Named households reviewed at least once.' })
  reviewed!: number;
  @Field(() => Int, { description: 'Households whose latest review meets all 8 criteria.' })
  meetingAllCriteria!: number;
  @Field(() => Int, { description: 'Households whose latest review meets "không đói nghèo".' })
  meetingNoHungerOrPoverty!: number;
  @Field(() => Float, {
    description: 'Households meeting all 8 as a percentage of the target, rounded half up to 2 decimals.',
  })
  achievedPercent!: number;
  @Field({ description: 'Whether at least the target number of households meets all 8.' })
  met!: boolean;
}

@Resolver(() => FiveNoThreeCleanPledge)
export class FiveNoThreeCleanPledgeResolver {
  @Query(() => FiveNoThreeCleanPledge, {
    nullable: true,
    description:
      'One "5 không 3 sạch" pledge by id; null if not found, FORBIDDEN outside the caller\'s units.',
  })
  async fiveNoThreeCleanPledge(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx.caller, `Pledge ${id}`, await ctx.loaders.pledge.load(id));
  }

  @Query(() => FiveNoThreeCleanPledgeConnection, {
    description: "Pledges of chapters in the caller's units, by year and commune; each with its progress.",
  })
  fiveNoThreeCleanPledges(
    @ScopedFilterArg(FiveNoThreeCleanPledgeFilter)
    filter: FiveNoThreeCleanPledgeFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listPledges(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => FiveNoThreeCleanPledge, {
    description:
      'A commune chapter pledges to help poor and near-poor households for a year (find each with registerMatch).',
  })
  pledgeFiveNoThreeClean(
    @InputArg()
    input: PledgeFiveNoThreeCleanInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, pledge, input);
  }

  @Mutation(() => FiveNoThreeCleanPledge, {
    description: 'Names more households of a pledge, up to its target.',
  })
  addFiveNoThreeCleanHouseholds(
    @InputArg()
    input: AddFiveNoThreeCleanHouseholdsInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, addHouseholds, input);
  }

  @Mutation(() => [FiveNoThreeCleanReview], {
    description: 'Records reviews of pledged households against the 8 criteria, all or none.',
  })
  recordFiveNoThreeCleanReviews(
    @InputArg()
    input: RecordFiveNoThreeCleanReviewsInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, recordReviews, input);
  }

  @FieldResolver(() => WomensUnionChapter, { description: "The Women's Union chapter." })
  chapter(@Root() p: FiveNoThreeCleanPledge, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(p.chapterId);
  }

  @FieldResolver(() => [FiveNoThreeCleanPledgedHousehold], { description: 'In the order they were named.' })
  households(@Root() p: FiveNoThreeCleanPledge, @Ctx() ctx: Context) {
    return ctx.loaders.pledgedHouseholds.load(p.id);
  }

  @FieldResolver(() => FiveNoThreeCleanProgress, {
    description: 'How many pledged households meet each criterion, and all 8.',
  })
  async progress(@Root() p: FiveNoThreeCleanPledge, @Ctx() ctx: Context): Promise<FiveNoThreeCleanProgress> {
    const counts = (await ctx.loaders.pledgeProgress.load(p.id)) ?? {
      targetHouseholds: p.targetHouseholds,
      pledged: 0,
      reviewed: 0,
      meetingAllCriteria: 0,
      meetingNoHungerOrPoverty: 0,
    };
    return { ...counts, ...pledgeAchievement(counts) };
  }
}

@Resolver(() => FiveNoThreeCleanPledgedHousehold)
export class FiveNoThreeCleanPledgedHouseholdResolver {
  @FieldResolver(() => FiveNoThreeCleanPledge, { description: 'The pledge.' })
  pledge(@Root() h: FiveNoThreeCleanPledgedHousehold, @Ctx() ctx: Context) {
    return ctx.loaders.pledge.load(h.pledgeId);
  }

  @FieldResolver(() => HouseholdRef, { description: 'The household in the register.' })
  household(@Root() h: FiveNoThreeCleanPledgedHousehold) {
    return householdRef(h.householdId);
  }

  @FieldResolver(() => [FiveNoThreeCleanReview], { description: 'Oldest first.' })
  reviews(@Root() h: FiveNoThreeCleanPledgedHousehold, @Ctx() ctx: Context) {
    return ctx.loaders.reviews.load(h.id);
  }

  @FieldResolver(() => FiveNoThreeCleanReview, {
    nullable: true,
    description: 'The newest review; null before the first.',
  })
  async latestReview(@Root() h: FiveNoThreeCleanPledgedHousehold, @Ctx() ctx: Context) {
    return (await ctx.loaders.reviews.load(h.id)).at(-1) ?? null;
  }
}

@Resolver(() => FiveNoThreeCleanReview)
export class FiveNoThreeCleanReviewResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the household meets all 8 criteria: a "5 không 3 sạch" family.',
  })
  meetsAllCriteria(@Root() r: FiveNoThreeCleanReview) {
    return r.criteriaMet === 8;
  }
}

@Resolver(() => HouseholdRef)
export class HouseholdFiveNoThreeCleanResolver {
  @FieldResolver(() => [FiveNoThreeCleanPledgedHousehold], {
    nullable: true,
    description:
      'The household\'s "5 không 3 sạch" years with the Women\'s Union, newest first: the pledging chapter, its status when pledged and the reviews.' +
      " Null when the Women's Union's service cannot be reached.",
  })
  fiveNoThreeClean(@Root() h: HouseholdRef, @Ctx() ctx: Context) {
    return ctx.loaders.pledgesOfHousehold.load(h.id);
  }
}
