import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '@chung-tay/common';
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
  async fundGift(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.fundGift.load(id), `Fund gift ${id}`, ctx);
  }

  @Query(() => FundGiftConnection, { description: "Workers' gifts to the For-the-Poor fund, newest first." })
  fundGifts(
    @Arg('filter', () => FundGiftFilter, {
      nullable: true,
      description: "Which to list; every condition given must hold. The caller's units always apply.",
    })
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
    @Arg('input', { description: 'What to record; the input type describes each field.' })
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
