import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  PageArgs,
  householdRef,
  HouseholdRef,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { visible } from '../access';
import type { Context } from '../context';
import { UnionMember } from '../union-member/union-member.entity';
import { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import { UnionHouse } from './union-house.entity';
import { RecordUnionHouseInput, UnionHouseFilter, UpdateUnionHouseInput } from './union-house.input';
import { listUnionHouses, recordUnionHouse, updateUnionHouse } from './union-house.service';

@ObjectType({ description: 'A page of union houses.' })
export class UnionHouseConnection extends Connection(UnionHouse) {}

@Resolver(() => UnionHouse)
export class UnionHouseResolver {
  @Query(() => UnionHouse, {
    nullable: true,
    description: "One union house grant by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async unionHouse(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.house.load(id), `Union house ${id}`, ctx);
  }

  @Query(() => UnionHouseConnection, {
    description: "Union house grants inside the caller's units: proposals first, then newest approval first.",
  })
  unionHouses(
    @ScopedFilterArg(UnionHouseFilter)
    filter: UnionHouseFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listUnionHouses(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => UnionHouse, { description: 'Records a "Mái ấm công đoàn" grant.' })
  recordUnionHouse(
    @InputArg()
    input: RecordUnionHouseInput,
    @Ctx() ctx: Context,
  ) {
    return recordUnionHouse(ctx, input);
  }

  @Mutation(() => UnionHouse, { description: 'Moves a grant on (approval, hand-over) or withdraws it.' })
  updateUnionHouse(
    @Arg('id', () => ID, { description: "The union house's id." }) id: string,
    @InputArg()
    input: UpdateUnionHouseInput,
    @Ctx() ctx: Context,
  ) {
    return updateUnionHouse(ctx, id, input);
  }

  @FieldResolver(() => UnionOrganisation, { description: 'The granting union organisation.' })
  unionOrganisation(@Root() u: UnionHouse, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(u.unionOrganisationId);
  }

  @FieldResolver(() => UnionMember, {
    nullable: true,
    description: 'Null when the member is kept outside your units.',
  })
  async member(@Root() u: UnionHouse, @Ctx() ctx: Context) {
    const member = await ctx.loaders.member.load(u.memberId);
    return member?.inCallerScope ? member : null;
  }

  @FieldResolver(() => HouseholdRef, {
    nullable: true,
    description: "The member's household in the register, if linked.",
  })
  household(@Root() u: UnionHouse) {
    return householdRef(u.householdId);
  }
}
