import {
  Args,
  Ctx,
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
  MoneyScalar,
  PageArgs,
  writeAs,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertWomensUnionWriter, visible } from '../access';
import { WomensUnionChapter } from '../chapter/chapter.entity';
import { SavingsDayContributorKind } from '../enums';
import type { Context } from '../context';
import { WomensUnionMember } from '../member/member.entity';
import { percentOf } from '../rules';
import { SavingsDayCampaign, SavingsDayContribution, SavingsDayTarget } from './savings-day.entity';
import {
  LaunchSavingsDayCampaignInput,
  RecordSavingsDayContributionInput,
  SavingsDayCampaignFilter,
  SavingsDayContributionFilter,
  SetSavingsDayTargetInput,
} from './savings-day.input';
import {
  launchCampaign,
  listCampaigns,
  listContributions,
  recordContribution,
  setTarget,
} from './savings-day.service';

@ObjectType({ description: 'A page of savings-day campaigns.' })
export class SavingsDayCampaignConnection extends Connection(SavingsDayCampaign) {}

@ObjectType({ description: 'A page of savings-day contributions.' })
export class SavingsDayContributionConnection extends Connection(SavingsDayContribution) {}

@Resolver(() => SavingsDayCampaign)
export class SavingsDayCampaignResolver {
  @Query(() => SavingsDayCampaign, {
    nullable: true,
    description: 'One "Savings day for poor women" campaign by id; null if not found.',
  })
  async savingsDayCampaign(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx.caller, `Campaign ${id}`, await ctx.loaders.campaign.load(id));
  }

  @Query(() => SavingsDayCampaignConnection, {
    description: "Campaigns run in the caller's units or by the chapters above them, by year.",
  })
  savingsDayCampaigns(
    @ScopedFilterArg(SavingsDayCampaignFilter)
    filter: SavingsDayCampaignFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listCampaigns(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Query(() => SavingsDayContributionConnection, {
    description: "Contributions of chapters in the caller's units, by date.",
  })
  savingsDayContributions(
    @ScopedFilterArg(SavingsDayContributionFilter)
    filter: SavingsDayContributionFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listContributions(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => SavingsDayCampaign, {
    description: 'Launches a "Savings day for poor women" campaign (Women\'s Union officers).',
  })
  launchSavingsDayCampaign(
    @InputArg()
    input: LaunchSavingsDayCampaignInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, launchCampaign, input);
  }

  @Mutation(() => SavingsDayTarget, {
    description: "Sets a chapter's target for a campaign (Women's Union officers).",
  })
  setSavingsDayTarget(
    @InputArg()
    input: SetSavingsDayTargetInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertWomensUnionWriter, setTarget, input);
  }

  @Mutation(() => SavingsDayContribution, {
    description: "Records money a chapter raised for a campaign (Women's Union officers).",
  })
  recordSavingsDayContribution(
    @InputArg()
    input: RecordSavingsDayContributionInput,
    @Ctx() ctx: Context,
  ) {
    assertWomensUnionWriter(ctx.caller);
    return recordContribution(ctx.dataSource, ctx.caller, ctx.loaders, input, ctx.audit);
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'The chapter that runs the campaign.' })
  chapter(@Root() s: SavingsDayCampaign, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(s.chapterId);
  }

  @FieldResolver(() => [SavingsDayTarget], { description: "Targets of chapters in the caller's units." })
  targets(@Root() s: SavingsDayCampaign, @Ctx() ctx: Context) {
    return ctx.loaders.campaignTargets.load(s.id);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Everything given to the campaign so far (VND).' })
  async contributedAmount(@Root() s: SavingsDayCampaign, @Ctx() ctx: Context) {
    return (await ctx.loaders.campaignTotals.load(s.id)).amount;
  }

  @FieldResolver(() => Int, { description: 'Contributions recorded.' })
  async contributionCount(@Root() s: SavingsDayCampaign, @Ctx() ctx: Context) {
    return (await ctx.loaders.campaignTotals.load(s.id)).contributions;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Contributed as a percentage of the target amount (half up, 2 decimals); null without a target.',
  })
  async achievedPercent(@Root() s: SavingsDayCampaign, @Ctx() ctx: Context) {
    return percentOf((await ctx.loaders.campaignTotals.load(s.id)).amount, s.targetAmount);
  }
}

@Resolver(() => SavingsDayTarget)
export class SavingsDayTargetResolver {
  @FieldResolver(() => SavingsDayCampaign, { description: 'The campaign.' })
  campaign(@Root() t: SavingsDayTarget, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(t.campaignId);
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'The chapter the target is set for.' })
  chapter(@Root() t: SavingsDayTarget, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(t.chapterId);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Given by the chapter, its branches and members (VND).' })
  contributedAmount(@Root() t: SavingsDayTarget, @Ctx() ctx: Context) {
    return ctx.loaders.targetTotals.load(t.id);
  }

  @FieldResolver(() => Float, {
    description: 'Contributed as a percentage of the target (half up, 2 decimals).',
  })
  async achievedPercent(@Root() t: SavingsDayTarget, @Ctx() ctx: Context) {
    return percentOf(await ctx.loaders.targetTotals.load(t.id), t.amount);
  }
}

@Resolver(() => SavingsDayContribution)
export class SavingsDayContributionResolver {
  @FieldResolver(() => SavingsDayContributorKind, { description: 'A member, or a chapter as a whole.' })
  contributorKind(@Root() k: SavingsDayContribution) {
    return k.memberId ? SavingsDayContributorKind.MEMBER : SavingsDayContributorKind.CHAPTER;
  }

  @FieldResolver(() => SavingsDayCampaign, { description: 'The campaign.' })
  campaign(@Root() k: SavingsDayContribution, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(k.campaignId);
  }

  @FieldResolver(() => WomensUnionChapter, { description: 'The chapter it was given through.' })
  chapter(@Root() k: SavingsDayContribution, @Ctx() ctx: Context) {
    return ctx.loaders.chapter.load(k.chapterId);
  }

  @FieldResolver(() => WomensUnionMember, { nullable: true, description: 'The member who gave, if one did.' })
  member(@Root() k: SavingsDayContribution, @Ctx() ctx: Context) {
    return k.memberId ? ctx.loaders.member.load(k.memberId) : null;
  }
}
