import {
  Arg,
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
import { DateScalar, writeAs, InputArg } from '@chung-tay/common';
import { assertRegisterWriter } from '../access';
import { assertCallerCoversUnit } from '../administrative-unit/unit-scope';
import type { Context } from '../context';
import { SetTargetInput } from './programme.input';
import { Target } from './target.entity';
import { setTarget, targetProgress } from './target.service';

@ObjectType({ description: 'How far a target has come, computed from the register.' })
export class TargetProgress {
  @Field(() => DateScalar, { description: 'Counts at the start of the year are taken on this date.' })
  baselineDate!: string;
  @Field(() => DateScalar, { description: 'Today, or the year end once the year is over.' })
  asOf!: string;
  @Field(() => Int, { description: 'Households at the start of the year, or people to be covered.' })
  baseline!: number;
  @Field(() => Int, { description: 'Households now, or people covered.' })
  current!: number;
  @Field(() => Float, { description: 'Percent achieved so far, rounded to 2 decimals.' })
  achievedPercent!: number;
  @Field({ description: 'Whether achievedPercent reaches the target.' })
  met!: boolean;
}

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => [Target], { description: "A unit's targets, optionally for one year." })
  async targets(
    @Arg('unitCode', { description: 'GSO code of a unit the caller works for (or one below it).' })
    unitCode: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only targets of this year.' })
    year: number | null,
    @Ctx() ctx: Context,
  ) {
    await assertCallerCoversUnit(ctx.caller, ctx.loaders, unitCode);
    return ctx.dataSource
      .getRepository(Target)
      .find({ where: { unitCode, ...(year ? { year } : {}) }, order: { year: 'ASC', metric: 'ASC' } });
  }

  @Mutation(() => Target, {
    description: "Sets a yearly target for a unit and metric (People's Committee officers).",
  })
  setTarget(
    @InputArg()
    input: SetTargetInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertRegisterWriter, setTarget, input);
  }

  @FieldResolver(() => TargetProgress, { description: 'How far it has come, from the register.' })
  progress(@Root() target: Target, @Ctx() ctx: Context) {
    return targetProgress(ctx.loaders, target);
  }
}
