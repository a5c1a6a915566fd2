import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ImportReport, PageArgs, writeAs, IdArg, InputArg, ScopedFilterArg } from '@chung-tay/common';
import { assertRegisterWriter, visibleHousehold } from '../access';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.entity';
import { Assessment } from '../assessment/assessment.entity';
import type { Context } from '../context';
import { Person } from '../person/person.entity';
import { Benefit } from '../programme/benefit.entity';
import { Household } from './household.entity';
import { HouseholdFilter, RegisterHouseholdInput, UpdateHouseholdInput } from './household.input';
import { ImportHouseholdListInput } from './household-import.input';
import { importHouseholdList } from './household-import.service';
import { listHouseholds, registerHousehold, updateHousehold } from './household.service';
import { HouseholdStatusChange } from './household-status-change.entity';
import { HouseholdConnection } from './household.types';

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, {
    nullable: true,
    description: "One household by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  household(@IdArg() id: string, @Ctx() ctx: Context) {
    return visibleHousehold(ctx, id);
  }

  @Query(() => HouseholdConnection, { description: 'Households in the register, ordered by code.' })
  households(
    @ScopedFilterArg(HouseholdFilter)
    filter: HouseholdFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listHouseholds(ctx.dataSource, ctx.caller, filter ?? {}, first, after);
  }

  @Mutation(() => Household, { description: 'Adds a household and its members to the register.' })
  async registerHousehold(
    @InputArg()
    input: RegisterHouseholdInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertRegisterWriter, registerHousehold, input);
  }

  @Mutation(() => Household, {
    description:
      "Corrects a household's own details (address, social protection), only if nobody changed the household " +
      'since the version the edit was prepared on (CONFLICT otherwise: reload and try again).',
  })
  async updateHousehold(
    @InputArg()
    input: UpdateHouseholdInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertRegisterWriter, updateHousehold, input);
  }

  @Mutation(() => ImportReport, {
    description:
      'Adds the households of a household list (one row per member, the household code grouping them) to the ' +
      'register: all of them, or none when any row has a problem (each listed with its row and column). ' +
      'Households already registered exactly as the list gives them are left as they are.',
  })
  importHouseholdList(
    @InputArg()
    input: ImportHouseholdListInput,
    @Ctx() ctx: Context,
  ) {
    assertRegisterWriter(ctx.caller);
    return importHouseholdList(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The commune or ward the household lives in.' })
  unit(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(h.unitCode);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The head of household, if recorded.' })
  head(@Root() h: Household, @Ctx() ctx: Context) {
    return h.headPersonId ? ctx.loaders.person.load(h.headPersonId) : null;
  }

  @FieldResolver(() => [Person], { description: 'The people of the household.' })
  members(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.members.load(h.id);
  }

  @FieldResolver(() => [HouseholdStatusChange], {
    description: 'Every status the household has had, oldest first.',
  })
  statusHistory(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.statusHistory.load(h.id);
  }

  @FieldResolver(() => [Assessment], { description: 'Reviews of this household, newest first.' })
  assessments(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.assessments.load(h.id);
  }

  @FieldResolver(() => Assessment, {
    nullable: true,
    description: "The newest review of the household (its income and indicators: People's Committee only).",
  })
  latestAssessment(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.latestAssessment.load(h.id);
  }

  @FieldResolver(() => [Benefit], { description: 'Support received from programmes, newest first.' })
  benefits(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.householdBenefits.load(h.id);
  }
}

export const householdReference = {
  Household: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visibleHousehold(ctx, ref.id),
  },
};
