import { Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs, IdArg, InputArg, ScopedFilterArg } from '@chung-tay/common';
import { visible } from '../access';
import type { Context } from '../context';
import { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import { FundGift } from './fund-gift.entity';
import { FundGiftFilter, RecordFundGiftInput } from './fund-gift.input';
import { listFundGifts, recordFundGift } from './fund-gift.service';

@ObjectType({ description: 'A page of fund gifts.' })
export class FundGiftConnection extends Connection(FundGift) {}

@Resolver(() => FundGift)
export class FundGiftResolver {
  @Query(() => FundGift, {
    nullable: true,
    description:
      "One record of workers' gifts by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async fundGift(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.fundGift.load(id), `Fund gift ${id}`, ctx);
  }

  @Query(() => FundGiftConnection, { description: "Workers' gifts to the For-the-Poor fund, newest first." })
  fundGifts(
    @ScopedFilterArg(FundGiftFilter)
    filter: FundGiftFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listFundGifts(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => FundGift, {
    description: "Records workers' gifts to the For-the-Poor fund during the campaign.",
  })
  recordFundGift(
    @InputArg()
    input: RecordFundGiftInput,
    @Ctx() ctx: Context,
  ) {
    return recordFundGift(ctx, input);
  }

  @FieldResolver(() => UnionOrganisation, { description: 'The union organisation that collected the gifts.' })
  unionOrganisation(@Root() g: FundGift, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(g.unionOrganisationId);
  }
}
