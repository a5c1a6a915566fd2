import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { InputArg } from '@chung-tay/common';
import type { Context } from '../context';
import { PovertyStandard } from './poverty-standard.entity';
import { DefineProvincialStandardInput } from './poverty-standard.input';
import { defineProvincialStandard } from './poverty-standard.service';

@Resolver(() => PovertyStandard)
export class PovertyStandardResolver {
  @Query(() => [PovertyStandard], { description: 'National and provincial poverty standards, oldest first.' })
  povertyStandards(@Ctx() ctx: Context) {
    return ctx.dataSource.getRepository(PovertyStandard).find({ order: { validFrom: 'ASC', code: 'ASC' } });
  }

  @Query(() => PovertyStandard, {
    nullable: true,
    description: 'One poverty standard by code; null if not found.',
  })
  povertyStandard(
    @Arg('code', { description: "The standard's code, e.g. VN-2022-2025." }) code: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.standard.load(code);
  }

  @Mutation(() => PovertyStandard, {
    description: "Adds a province's own standard; reviews in that province then use it while it is valid.",
  })
  definePovertyStandard(
    @InputArg()
    input: DefineProvincialStandardInput,
    @Ctx() ctx: Context,
  ) {
    return defineProvincialStandard(ctx.dataSource, ctx.caller, ctx.loaders, input);
  }
}
