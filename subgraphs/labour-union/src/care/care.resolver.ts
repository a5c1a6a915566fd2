import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  DateScalar,
  PageArgs,
  householdRef,
  HouseholdRef,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { visible } from '../access';
import type { Context } from '../context';
import { ProgrammeRef } from '../register/register-refs';
import { UnionMember } from '../union-member/union-member.entity';
import { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import { CareActivity } from './care-activity.entity';
import { CarePlan } from './care-plan.entity';
import {
  CareActivityFilter,
  CarePlanFilter,
  RecordCareActivityInput,
  RecordCarePlanInput,
} from './care.input';
import {
  closeCarePlan,
  listCareActivities,
  listCarePlans,
  recordCareActivity,
  recordCarePlan,
} from './care.service';

@ObjectType({ description: 'A page of care plans.' })
export class CarePlanConnection extends Connection(CarePlan) {}

@ObjectType({ description: 'A page of care activities.' })
export class CareActivityConnection extends Connection(CareActivity) {}

@Resolver(() => CarePlan)
export class CarePlanResolver {
  @Query(() => CarePlan, {
    nullable: true,
    description: "One care plan by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async carePlan(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.carePlan.load(id), `Care plan ${id}`, ctx);
  }

  @Query(() => CarePlanConnection, {
    description: "Care plans inside the caller's units, newest list first.",
  })
  carePlans(
    @ScopedFilterArg(CarePlanFilter)
    filter: CarePlanFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listCarePlans(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => CarePlan, { description: 'Plans care for a listed household with union members.' })
  recordCarePlan(
    @InputArg()
    input: RecordCarePlanInput,
    @Ctx() ctx: Context,
  ) {
    return recordCarePlan(ctx, input);
  }

  @Mutation(() => CarePlan, { description: 'Ends a care plan.' })
  closeCarePlan(
    @Arg('id', () => ID, { description: "The care plan's id." }) id: string,
    @Arg('closedDate', () => DateScalar, { description: 'The day the plan closes.' }) closedDate: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why, e.g. the household escaped poverty.' })
    reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return closeCarePlan(ctx, id, closedDate, reason);
  }

  @FieldResolver(() => UnionOrganisation, {
    description: 'The union organisation that plans and gives the care.',
  })
  unionOrganisation(@Root() p: CarePlan, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(p.unionOrganisationId);
  }

  @FieldResolver(() => HouseholdRef, { description: 'The household in the register.' })
  household(@Root() p: CarePlan) {
    return householdRef(p.householdId);
  }

  @FieldResolver(() => [UnionMember], { description: 'The union members living in the household.' })
  members(@Root() p: CarePlan, @Ctx() ctx: Context) {
    return ctx.loaders.membersByHousehold.load(p.householdId);
  }

  @FieldResolver(() => [CareActivity], {
    description: 'Care given to the household since the list was counted, newest first.',
  })
  async careActivities(@Root() p: CarePlan, @Ctx() ctx: Context) {
    return (await ctx.loaders.careByHousehold.load(p.householdId)).filter((a) => a.date >= p.listedDate);
  }
}

@Resolver(() => CareActivity)
export class CareActivityResolver {
  @Query(() => CareActivity, {
    nullable: true,
    description: "One care activity by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async careActivity(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.careActivity.load(id), `Care activity ${id}`, ctx);
  }

  @Query(() => CareActivityConnection, {
    description: "Visits and gifts inside the caller's units, newest first.",
  })
  careActivities(
    @ScopedFilterArg(CareActivityFilter)
    filter: CareActivityFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listCareActivities(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => CareActivity, { description: 'Records a visit or gift given to a member or a household.' })
  recordCareActivity(
    @InputArg()
    input: RecordCareActivityInput,
    @Ctx() ctx: Context,
  ) {
    return recordCareActivity(ctx, input);
  }

  @FieldResolver(() => UnionOrganisation, { description: 'The union organisation.' })
  unionOrganisation(@Root() a: CareActivity, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(a.unionOrganisationId);
  }

  @FieldResolver(() => UnionMember, {
    nullable: true,
    description: 'The member cared for, if one was named.',
  })
  async member(@Root() a: CareActivity, @Ctx() ctx: Context) {
    if (!a.memberId) return null;
    const member = await ctx.loaders.member.load(a.memberId);
    return member?.inCallerScope ? member : null;
  }

  @FieldResolver(() => HouseholdRef, { nullable: true, description: 'The household cared for, if known.' })
  household(@Root() a: CareActivity) {
    return householdRef(a.householdId);
  }

  @FieldResolver(() => ProgrammeRef, {
    nullable: true,
    description: 'The programme it was given under, if any.',
  })
  programme(@Root() a: CareActivity): ProgrammeRef | null {
    return a.programmeId ? { id: a.programmeId } : null;
  }
}
