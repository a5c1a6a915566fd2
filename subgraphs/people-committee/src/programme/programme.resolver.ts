import { Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  ForbiddenError,
  hasRole,
  PageArgs,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { Household } from '../household/household.entity';
import type { Context } from '../context';
import { Person } from '../person/person.entity';
import { Benefit } from './benefit.entity';
import { Programme } from './programme.entity';
import { ProgrammeFilter, RecordBenefitInput, RegisterProgrammeInput } from './programme.input';
import { listProgrammes, recordBenefit, registerProgramme } from './programme.service';

@ObjectType({ description: 'A page of programmes.' })
export class ProgrammeConnection extends Connection(Programme) {}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => ProgrammeConnection, { description: 'The programme catalogue, ordered by code.' })
  programmes(
    @ScopedFilterArg(ProgrammeFilter)
    filter: ProgrammeFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listProgrammes(ctx.dataSource, filter ?? {}, first, after);
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by id; null if not found.' })
  programme(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.loaders.programme.load(id);
  }

  @Mutation(() => Programme, { description: "Registers a support programme (People's Committee officers)." })
  registerProgramme(
    @InputArg()
    input: RegisterProgrammeInput,
    @Ctx() ctx: Context,
  ) {
    return registerProgramme(ctx.dataSource, ctx.caller, input);
  }

  @Mutation(() => Benefit, {
    description: 'Records support a household or member received from a programme.',
  })
  recordBenefit(
    @InputArg()
    input: RecordBenefitInput,
    @Ctx() ctx: Context,
  ) {
    if (!hasRole(ctx.caller, 'officer', 'admin'))
      throw new ForbiddenError('Only officers and admins record support');
    return recordBenefit(ctx.dataSource, ctx.caller, ctx.loaders, input);
  }
}

@Resolver(() => Benefit)
export class BenefitResolver {
  @FieldResolver(() => Programme, { description: "The People's Committee programme." })
  programme(@Root() b: Benefit, @Ctx() ctx: Context) {
    return ctx.loaders.programme.load(b.programmeId);
  }

  @FieldResolver(() => Household, { description: "The household in the People's Committee's register." })
  household(@Root() b: Benefit, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(b.householdId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The member who received it, when it went to one person.',
  })
  person(@Root() b: Benefit, @Ctx() ctx: Context) {
    return b.personId ? ctx.loaders.person.load(b.personId) : null;
  }
}

export const programmeReference = {
  Programme: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.programme.load(ref.id),
  },
};
