import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  DateScalar,
  isUuid,
  PageArgs,
  todayInVietnam,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertFrontWriter, visible } from '../access';
import { SponsorshipPledgeStatus } from '../enums';
import { HouseholdRef, householdRef, PersonRef, personRef, UnitRef, unitRef } from '../federation/stubs';
import type { Context } from '../context';
import { monthOfDate } from '../months';
import { NeedsListEntry } from '../needs/needs-list-entry.entity';
import { computeArrears } from './arrears';
import { SponsorshipPayment } from './payment.entity';
import { SponsorshipShare } from './pledge-sponsor.entity';
import { SponsorshipPledge } from './pledge.entity';
import { recordPayments } from './payment.service';
import { endPledge, listPledges, pledgeStatus, signPledge } from './pledge.service';
import { FrontSponsor } from './sponsor.entity';
import { listSponsors, registerSponsor } from './sponsor.service';
import {
  EndSponsorshipPledgeInput,
  FrontSponsorFilter,
  RecordSponsorshipPaymentInput,
  RegisterFrontSponsorInput,
  SignSponsorshipPledgeInput,
  SponsorshipPledgeFilter,
} from './sponsorship.input';
import { FrontSponsorConnection, SponsorshipArrears, SponsorshipPledgeConnection } from './sponsorship.types';

@Resolver(() => FrontSponsor)
export class FrontSponsorResolver {
  @Query(() => FrontSponsor, { nullable: true, description: 'One sponsor by id; null if not found.' })
  async frontSponsor(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx, isUuid(id) ? await ctx.loaders.sponsor.load(id) : null);
  }

  @Query(() => FrontSponsorConnection, { description: 'Sponsors, by the unit that mobilised them.' })
  frontSponsors(
    @ScopedFilterArg(FrontSponsorFilter)
    filter: FrontSponsorFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listSponsors(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => FrontSponsor, { description: 'Registers a sponsor (Fatherland Front officers).' })
  registerFrontSponsor(
    @InputArg()
    input: RegisterFrontSponsorInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return registerSponsor(ctx, input);
  }

  @FieldResolver(() => [SponsorshipPledge], { description: 'Its pledges (in your units), newest first.' })
  pledges(@Root() s: FrontSponsor, @Ctx() ctx: Context) {
    return ctx.loaders.pledgesBySponsor.load(s.id);
  }

  @FieldResolver(() => UnitRef, { description: 'The unit the sponsor belongs to or is placed on.' })
  unit(@Root() s: FrontSponsor) {
    return unitRef(s.unitCode);
  }
}

@Resolver(() => SponsorshipPledge)
export class SponsorshipPledgeResolver {
  @Query(() => SponsorshipPledge, {
    nullable: true,
    description: "One sponsorship pledge by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async sponsorshipPledge(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx, isUuid(id) ? await ctx.loaders.pledge.load(id) : null);
  }

  @Query(() => SponsorshipPledgeConnection, { description: "Pledges, by the beneficiary's unit." })
  sponsorshipPledges(
    @ScopedFilterArg(SponsorshipPledgeFilter)
    filter: SponsorshipPledgeFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listPledges(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => SponsorshipPledge, {
    description:
      'Signs a pledge for a person on the needs list. One pledge per person at a time: sponsors who share a ' +
      'person sign it together, with a coordinator.',
  })
  signSponsorshipPledge(
    @InputArg()
    input: SignSponsorshipPledgeInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return signPledge(ctx, input);
  }

  @Mutation(() => SponsorshipPledge, { description: 'Ends a pledge before its end month.' })
  endSponsorshipPledge(
    @Arg('id', () => ID, { description: "The pledge's id." }) id: string,
    @InputArg()
    input: EndSponsorshipPledgeInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return endPledge(ctx, id, input);
  }

  @Mutation(() => [SponsorshipPayment], {
    description:
      "Records a pledge's payments to the person, one per month. A month is paid once; its amount is at most " +
      "the pledge's amount per month (less is a partial payment, and the rest stays in arrears).",
  })
  recordSponsorshipPayment(
    @InputArg()
    input: RecordSponsorshipPaymentInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return recordPayments(ctx, input);
  }

  @FieldResolver(() => [SponsorshipShare], { description: 'Each sponsor and its share, largest first.' })
  sponsors(@Root() p: SponsorshipPledge, @Ctx() ctx: Context) {
    return ctx.loaders.pledgeShares.load(p.id);
  }

  @FieldResolver(() => FrontSponsor, {
    description: 'The sponsor that collects the shares and pays the person.',
  })
  coordinator(@Root() p: SponsorshipPledge, @Ctx() ctx: Context) {
    return ctx.loaders.sponsor.load(p.coordinatorSponsorId);
  }

  @FieldResolver(() => PersonRef, { description: 'The person sponsored.' })
  beneficiary(@Root() p: SponsorshipPledge) {
    return personRef(p.personId);
  }

  @FieldResolver(() => HouseholdRef, { description: "The person's household in the register." })
  household(@Root() p: SponsorshipPledge) {
    return householdRef(p.householdId);
  }

  @FieldResolver(() => UnitRef, { description: 'The commune or ward of the person in need.' })
  unit(@Root() p: SponsorshipPledge) {
    return unitRef(p.unitCode);
  }

  @FieldResolver(() => NeedsListEntry, { description: 'The needs-list entry the pledge is for.' })
  needsListEntry(@Root() p: SponsorshipPledge, @Ctx() ctx: Context) {
    return ctx.loaders.needsEntry.load(p.needsListEntryId);
  }

  @FieldResolver(() => SponsorshipPledgeStatus, { description: 'As of this month.' })
  status(@Root() p: SponsorshipPledge) {
    return pledgeStatus(p);
  }

  @FieldResolver(() => [SponsorshipPayment], { description: 'Oldest month first.' })
  payments(@Root() p: SponsorshipPledge, @Ctx() ctx: Context) {
    return ctx.loaders.pledgePayments.load(p.id);
  }

  @FieldResolver(() => SponsorshipArrears, { description: 'On a day (today unless given).' })
  async arrears(
    @Root() p: SponsorshipPledge,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the figures are taken (Vietnam date); today when left out.',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<SponsorshipArrears> {
    const day = asOf ?? todayInVietnam();
    const payments = await ctx.loaders.pledgePayments.load(p.id);
    return { asOf: day, ...computeArrears(p, payments, monthOfDate(day)) };
  }
}

@Resolver(() => SponsorshipShare)
export class SponsorshipShareResolver {
  @FieldResolver(() => FrontSponsor, { description: 'The sponsor.' })
  sponsor(@Root() s: SponsorshipShare, @Ctx() ctx: Context) {
    return ctx.loaders.sponsor.load(s.sponsorId);
  }

  @FieldResolver(() => Boolean, { description: 'This sponsor collects the shares and pays the person.' })
  async isCoordinator(@Root() s: SponsorshipShare, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.pledge.load(s.pledgeId))?.coordinatorSponsorId === s.sponsorId;
  }
}

@Resolver(() => SponsorshipPayment)
export class SponsorshipPaymentResolver {
  @FieldResolver(() => SponsorshipPledge, { description: 'The pledge.' })
  pledge(@Root() x: SponsorshipPayment, @Ctx() ctx: Context) {
    return ctx.loaders.pledge.load(x.pledgeId);
  }
}
