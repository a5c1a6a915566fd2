import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  ImportReport,
  isUuid,
  PageArgs,
  todayInVietnam,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertFrontWriter, visible } from '../access';
import { HouseholdRef, householdRef, PersonRef, personRef, UnitRef, unitRef } from '../federation/stubs';
import type { Context } from '../context';
import { monthOfDate } from '../months';
import { SponsorshipPledge } from '../sponsorship/pledge.entity';
import { ImportNeedsListInput } from './needs-import.input';
import { importNeedsList } from './needs-import.service';
import { NeedsListEntry } from './needs-list-entry.entity';
import { NeedsListFilter, ReceiveNeedsListInput, RemoveFromNeedsListInput } from './needs.input';
import { listNeeds, receiveNeedsList, removeFromNeedsList } from './needs.service';

@ObjectType({ description: 'A page of the needs list, by unit.' })
export class NeedsListEntryConnection extends Connection(NeedsListEntry) {}

@Resolver(() => NeedsListEntry)
export class NeedsListResolver {
  @Query(() => NeedsListEntry, {
    nullable: true,
    description: "One needs-list entry by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async needsListEntry(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx, isUuid(id) ? await ctx.loaders.needsEntry.load(id) : null);
  }

  @Query(() => NeedsListEntryConnection, {
    description: 'People in need of sponsorship (members of poor households under social protection).',
  })
  needsList(
    @ScopedFilterArg(NeedsListFilter)
    filter: NeedsListFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listNeeds(ctx, filter ?? { includeRemoved: false }, first, after);
  }

  @Mutation(() => [NeedsListEntry], {
    description: "Enters a commune's list of people in need as received from the People's Committee.",
  })
  receiveNeedsList(
    @InputArg()
    input: ReceiveNeedsListInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return receiveNeedsList(ctx, input);
  }

  @Mutation(() => ImportReport, {
    description:
      "Enters the people of a needs list file (one row per person, with the register's ids the gateway matched " +
      'by national ID): all of them, or none when any row has a problem (each listed with its row and column). ' +
      'People already listed for the same commune on the same day are left as they are.',
  })
  importNeedsList(
    @InputArg()
    input: ImportNeedsListInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return importNeedsList(ctx, input);
  }

  @Mutation(() => NeedsListEntry, {
    description: 'A person leaves the needs list (their pledges must have ended by then).',
  })
  removeFromNeedsList(
    @Arg('id', () => ID, { description: "The needs-list entry's id." }) id: string,
    @InputArg()
    input: RemoveFromNeedsListInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return removeFromNeedsList(ctx, id, input);
  }

  @FieldResolver(() => PersonRef, { description: 'The person in need, in the register.' })
  person(@Root() n: NeedsListEntry) {
    return personRef(n.personId);
  }

  @FieldResolver(() => HouseholdRef, { description: "The person's household in the register." })
  household(@Root() n: NeedsListEntry) {
    return householdRef(n.householdId);
  }

  @FieldResolver(() => UnitRef, { description: 'The commune or ward whose list it is.' })
  unit(@Root() n: NeedsListEntry) {
    return unitRef(n.unitCode);
  }

  @FieldResolver(() => [SponsorshipPledge], {
    description: 'Pledges for this person while listed, newest first.',
  })
  pledges(@Root() n: NeedsListEntry, @Ctx() ctx: Context) {
    return ctx.loaders.pledgesByEntry.load(n.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a pledge for the person runs this month.' })
  async covered(@Root() n: NeedsListEntry, @Ctx() ctx: Context): Promise<boolean> {
    const month = monthOfDate(todayInVietnam());
    return (await ctx.loaders.pledgesByEntry.load(n.id)).some(
      (p) => p.startMonth <= month && p.endMonth >= month,
    );
  }
}
