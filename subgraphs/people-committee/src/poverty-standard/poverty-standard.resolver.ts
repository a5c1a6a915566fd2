import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../loaders';
import { PovertyStandard } from './poverty-standard.entity';

@Resolver(() => PovertyStandard)
export class PovertyStandardResolver {
  @Query(() => [PovertyStandard], { description: 'National and provincial poverty standards, oldest first.' })
  povertyStandards(@Ctx() ctx: Context) {
    return ctx.dataSource.getRepository(PovertyStandard).find({ order: { validFrom: 'ASC', code: 'ASC' } });
  }

  @Query(() => PovertyStandard, { nullable: true })
  povertyStandard(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.loaders.standard.load(code);
  }
}
