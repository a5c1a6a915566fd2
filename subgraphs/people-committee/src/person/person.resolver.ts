import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { MoneyScalar, todayInVietnam, VisibleOnlyTo, IdArg, InputArg } from '@chung-tay/common';
import { assertRegisterWriter, visiblePerson } from '../access';
import { unitLineage } from '../administrative-unit/unit-scope';
import { AreaType } from '../enums';
import { Household } from '../household/household.entity';
import type { Context } from '../context';
import { Person } from './person.entity';
import { PersonInput, UpdatePersonInput } from './person.input';
import { addHouseholdMember, updatePerson } from './person.service';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: "One person by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  person(@IdArg() id: string, @Ctx() ctx: Context) {
    return visiblePerson(ctx, id);
  }

  @FieldResolver(() => Household, { description: "The household in the People's Committee's register." })
  household(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(p.householdId);
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "Income per person per month from the household's latest assessment; shown to the People's Committee and " +
      'to the Fatherland Front, whose sponsorships aim to lift it to the poverty line.',
  })
  @UseMiddleware(VisibleOnlyTo('people-committee', 'fatherland-front'))
  async incomePerMonth(@Root() p: Person, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.loaders.latestAssessment.load(p.householdId))?.incomePerPersonMonth ?? null;
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "Poverty line (income per person per month) of the standard in force today for the household's area: the " +
      "province's own standard where it has one, else the national one.",
  })
  async povertyLine(@Root() p: Person, @Ctx() ctx: Context): Promise<number | null> {
    const household = await ctx.loaders.household.load(p.householdId);
    if (!household) return null;
    const province = (await unitLineage(ctx.loaders, household.unitCode)).at(-1);
    const standards = await ctx.loaders.standardsOn.load(todayInVietnam());
    const standard =
      standards.find((s) => s.provinceCode === province) ?? standards.find((s) => s.provinceCode === null);
    if (!standard) return null;
    return household.areaType === AreaType.URBAN ? standard.urbanPovertyLine : standard.ruralPovertyLine;
  }

  @Mutation(() => Person, { description: 'Adds a member (not the head) to a registered household.' })
  addHouseholdMember(
    @Arg('householdId', () => ID, { description: "The household's id." }) householdId: string,
    @InputArg() input: PersonInput,
    @Ctx() ctx: Context,
  ) {
    assertRegisterWriter(ctx.caller);
    return addHouseholdMember(ctx.dataSource, ctx.caller, ctx.loaders, householdId, input);
  }

  @Mutation(() => Person, { description: "Corrects a member's record." })
  updatePerson(
    @Arg('id', () => ID, { description: "The person's id." }) id: string,
    @InputArg()
    input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ) {
    assertRegisterWriter(ctx.caller);
    return updatePerson(ctx.dataSource, ctx.caller, ctx.loaders, id, input);
  }
}

export const personReference = {
  Person: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visiblePerson(ctx, ref.id),
  },
};
