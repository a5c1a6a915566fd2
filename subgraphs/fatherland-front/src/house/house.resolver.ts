import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  DateScalar,
  isUuid,
  PageArgs,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertFrontWriter, visible } from '../access';
import { HouseholdRef, householdRef, UnitRef, unitRef } from '../federation/stubs';
import { FrontFund } from '../fund/fund.entity';
import type { Context } from '../context';
import { SolidarityHouseFunding } from './house-funding.entity';
import {
  AdvanceSolidarityHouseInput,
  RecordSolidarityHouseInput,
  SolidarityHouseFilter,
} from './house.input';
import { advanceHouse, cancelHouse, listHouses, recordHouse } from './house.service';
import { SolidarityHouse } from './solidarity-house.entity';

@ObjectType({ description: 'A page of solidarity houses, newest approval first.' })
export class SolidarityHouseConnection extends Connection(SolidarityHouse) {}

@Resolver(() => SolidarityHouse)
export class SolidarityHouseResolver {
  @Query(() => SolidarityHouse, {
    nullable: true,
    description: "One solidarity house by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async solidarityHouse(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(ctx, isUuid(id) ? await ctx.loaders.house.load(id) : null);
  }

  @Query(() => SolidarityHouseConnection, {
    description: "Solidarity houses in the caller's units, a page at a time.",
  })
  solidarityHouses(
    @ScopedFilterArg(SolidarityHouseFilter)
    filter: SolidarityHouseFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listHouses(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => SolidarityHouse, {
    description:
      'Records a house approved for a household, its funding, and (when given) that building began or it was ' +
      "handed over. The Front fund's shares are paid the day building begins, under the fund's balance rule.",
  })
  recordSolidarityHouse(
    @InputArg()
    input: RecordSolidarityHouseInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return recordHouse(ctx, input);
  }

  @Mutation(() => SolidarityHouse, {
    description: 'Building began (the Front shares are paid) or it was handed over.',
  })
  advanceSolidarityHouse(
    @Arg('id', () => ID, { description: "The house's id." }) id: string,
    @InputArg()
    input: AdvanceSolidarityHouseInput,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return advanceHouse(ctx, id, input);
  }

  @Mutation(() => SolidarityHouse, { description: 'Cancels a house whose building has not begun.' })
  cancelSolidarityHouse(
    @Arg('id', () => ID, { description: "The house's id." }) id: string,
    @Arg('cancelledOn', () => DateScalar, { description: 'The day it was cancelled.' }) cancelledOn: string,
    @Ctx() ctx: Context,
  ) {
    assertFrontWriter(ctx.caller);
    return cancelHouse(ctx, id, cancelledOn);
  }

  @FieldResolver(() => [SolidarityHouseFunding], { description: 'Largest first; they add up to the amount.' })
  fundingSources(@Root() h: SolidarityHouse, @Ctx() ctx: Context) {
    return ctx.loaders.houseFunding.load(h.id);
  }

  @FieldResolver(() => HouseholdRef, { description: 'The household the house is for.' })
  household(@Root() h: SolidarityHouse) {
    return householdRef(h.householdId);
  }

  @FieldResolver(() => UnitRef, { description: "The household's commune or ward." })
  unit(@Root() h: SolidarityHouse) {
    return unitRef(h.unitCode);
  }
}

@Resolver(() => SolidarityHouseFunding)
export class SolidarityHouseFundingResolver {
  @FieldResolver(() => FrontFund, {
    nullable: true,
    description: "The Front fund that pays, for the Front fund's part.",
  })
  fund(@Root() f: SolidarityHouseFunding, @Ctx() ctx: Context) {
    return f.fundId ? ctx.loaders.fund.load(f.fundId) : null;
  }
}
