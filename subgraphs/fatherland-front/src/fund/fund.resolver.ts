import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  DateScalar,
  isUuid,
  MoneyScalar,
  PageArgs,
  PeriodScalar,
  todayInVietnam,
  type Period,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertFrontWriter, visible } from '../access';
import { HouseholdRef, householdRef, PersonRef, personRef, UnitRef, unitRef } from '../federation/stubs';
import { SolidarityHouse } from '../house/solidarity-house.entity';
import type { Context } from '../context';
import { FrontCampaign } from './campaign.entity';
import { FrontDisbursement } from './disbursement.entity';
import { FrontDonation } from './donation.entity';
import { FrontFund } from './fund.entity';
import {
  CreateFrontCampaignInput,
  FrontCampaignFilter,
  FrontDisbursementFilter,
  FrontDonationFilter,
  FrontFundFilter,
  OpenFrontFundInput,
  RecordFrontDisbursementInput,
  RecordFrontDonationInput,
} from './fund.input';
import {
  createCampaign,
  listCampaigns,
  listDisbursements,
  listDonations,
  listFunds,
  openFund,
  recordDisbursement,
  recordDonation,
} from './fund.service';
import {
  FrontCampaignConnection,
  FrontDisbursementConnection,
  FrontDonationConnection,
  FrontFundConnection,
  FrontFundPeriodSummary,
} from './fund.types';

@Resolver(() => FrontFund)
export class FrontFundResolver {
  @Query(() => FrontFund, {
    nullable: true,
    description: "One For-the-Poor fund by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async frontFund(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx, isUuid(id) ? await ctx.loaders.fund.load(id) : null);
  }

  @Query(() => FrontFundConnection, { description: 'For-the-Poor funds of Front committees, by unit code.' })
  frontFunds(
    @ScopedFilterArg(FrontFundFilter)
    filter: FrontFundFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listFunds(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => FrontFund, { description: 'Opens the For-the-Poor fund of a Front committee.' })
  openFrontFund(
    @InputArg()
    input: OpenFrontFundInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return openFund(ctx, input);
  }

  @FieldResolver(() => UnitRef, { description: 'The unit of the Front committee that keeps the fund.' })
  unit(@Root() f: FrontFund) {
    return unitRef(f.unitCode);
  }

  @FieldResolver(() => MoneyScalar, {
    description:
      'Donations less disbursements up to the end of the day (today unless given), derived every time.',
  })
  balance(
    @Root() f: FrontFund,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    on: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.fundBalance.load(`${f.id}|${on ?? todayInVietnam()}`);
  }

  @FieldResolver(() => FrontFundPeriodSummary, { description: "The fund's money over a period." })
  async summary(
    @Root() f: FrontFund,
    @Arg('period', () => PeriodScalar, { description: 'A period code, e.g. 2025-Q4.' }) period: Period,
    @Ctx() ctx: Context,
  ): Promise<FrontFundPeriodSummary> {
    const figures = await ctx.loaders.fundPeriod.load(`${f.id}|${period.start}|${period.end}`);
    return {
      period,
      ...figures,
      closingBalance: figures.openingBalance + figures.donations - figures.disbursements,
    };
  }
}

@Resolver(() => FrontCampaign)
export class FrontCampaignResolver {
  @Query(() => FrontCampaignConnection, { description: 'Fund-raising campaigns, newest first.' })
  frontCampaigns(
    @ScopedFilterArg(FrontCampaignFilter)
    filter: FrontCampaignFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listCampaigns(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => FrontCampaign, {
    description: 'Creates a fund-raising campaign of a Front committee (Fatherland Front officers).',
  })
  createFrontCampaign(
    @InputArg()
    input: CreateFrontCampaignInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return createCampaign(ctx, input);
  }

  @FieldResolver(() => MoneyScalar, {
    description: 'Donations naming the campaign, to every fund (also funds outside your units).',
  })
  async totalDonated(@Root() c: FrontCampaign, @Ctx() ctx: Context) {
    return (await ctx.loaders.campaignTotals.load(c.id))?.total ?? 0;
  }

  @FieldResolver(() => Int, { description: 'Donations recorded for the campaign.' })
  async donationCount(@Root() c: FrontCampaign, @Ctx() ctx: Context) {
    return (await ctx.loaders.campaignTotals.load(c.id))?.count ?? 0;
  }
}

@Resolver(() => FrontDonation)
export class FrontDonationResolver {
  @Query(() => FrontDonationConnection, { description: 'Donations to funds, newest first.' })
  frontDonations(
    @ScopedFilterArg(FrontDonationFilter)
    filter: FrontDonationFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listDonations(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => FrontDonation, { description: 'Records money received by a fund.' })
  recordFrontDonation(
    @InputArg()
    input: RecordFrontDonationInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return recordDonation(ctx, input);
  }

  @FieldResolver(() => FrontFund, { description: 'The fund it went to.' })
  fund(@Root() d: FrontDonation, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(d.fundId);
  }

  @FieldResolver(() => FrontCampaign, {
    nullable: true,
    description: 'The campaign it was given in, if any.',
  })
  campaign(@Root() d: FrontDonation, @Ctx() ctx: Context) {
    return d.campaignId ? ctx.loaders.campaign.load(d.campaignId) : null;
  }
}

@Resolver(() => FrontDisbursement)
export class FrontDisbursementResolver {
  @Query(() => FrontDisbursementConnection, { description: 'Payments out of funds, newest first.' })
  frontDisbursements(
    @ScopedFilterArg(FrontDisbursementFilter)
    filter: FrontDisbursementFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listDisbursements(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => FrontDisbursement, {
    description:
      'Pays money out of a fund. Refused when it would take the balance below zero on its day or on any later ' +
      'day already recorded.',
  })
  recordFrontDisbursement(
    @InputArg()
    input: RecordFrontDisbursementInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return recordDisbursement(ctx, input);
  }

  @FieldResolver(() => FrontFund, { description: 'The fund it was paid from.' })
  fund(@Root() x: FrontDisbursement, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(x.fundId);
  }

  @FieldResolver(() => HouseholdRef, { description: 'The household it went to.' })
  household(@Root() x: FrontDisbursement) {
    return householdRef(x.householdId);
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The member it went to, when one person.' })
  person(@Root() x: FrontDisbursement) {
    return x.personId ? personRef(x.personId) : null;
  }

  @FieldResolver(() => SolidarityHouse, {
    nullable: true,
    description: 'The solidarity house it is a share of, for a house share.',
  })
  solidarityHouse(@Root() x: FrontDisbursement, @Ctx() ctx: Context) {
    return x.solidarityHouseId ? ctx.loaders.house.load(x.solidarityHouseId) : null;
  }
}
