import { Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  IdArg,
  InputArg,
  PageArgs,
  ScopedFilterArg,
  AdministrativeUnitRef,
} from '@chung-tay/common';
import { visible } from '../access';
import type { Context } from '../context';
import { UnionOrganisation } from './union-organisation.entity';
import { RegisterUnionOrganisationInput, UnionOrganisationFilter } from './union-organisation.input';
import { listUnionOrganisations, registerUnionOrganisation } from './union-organisation.service';

@ObjectType({ description: 'A page of union organisations.' })
export class UnionOrganisationConnection extends Connection(UnionOrganisation) {}

@Resolver(() => UnionOrganisation)
export class UnionOrganisationResolver {
  @Query(() => UnionOrganisation, {
    nullable: true,
    description: 'One union organisation by id; null if not found.',
  })
  async unionOrganisation(@IdArg() id: string, @Ctx() ctx: Context) {
    return visible(await ctx.loaders.organisation.load(id), `Union organisation ${id}`, ctx);
  }

  @Query(() => UnionOrganisationConnection, {
    description: "Union organisations inside the caller's units, ordered by code.",
  })
  unionOrganisations(
    @ScopedFilterArg(UnionOrganisationFilter)
    filter: UnionOrganisationFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listUnionOrganisations(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => UnionOrganisation, { description: 'Adds a union organisation to the tree.' })
  registerUnionOrganisation(
    @InputArg()
    input: RegisterUnionOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return registerUnionOrganisation(ctx, input);
  }

  @FieldResolver(() => UnionOrganisation, {
    nullable: true,
    description: 'The organisation directly above; null at the top or when it lies outside your units.',
  })
  async parent(@Root() o: UnionOrganisation, @Ctx() ctx: Context) {
    if (!o.parentId) return null;
    const parent = await ctx.loaders.organisation.load(o.parentId);
    return parent?.inCallerScope ? parent : null;
  }

  @FieldResolver(() => [UnionOrganisation], { description: 'Organisations directly below, by code.' })
  children(@Root() o: UnionOrganisation, @Ctx() ctx: Context) {
    return ctx.loaders.organisationChildren.load(o.id);
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit the organisation is placed on.' })
  unit(@Root() o: UnionOrganisation): AdministrativeUnitRef {
    return { code: o.unitCode };
  }

  @FieldResolver(() => Int, {
    description: 'Members in good standing who belong to this organisation itself.',
  })
  async activeMemberCount(@Root() o: UnionOrganisation, @Ctx() ctx: Context) {
    return (await ctx.loaders.activeMemberCount.load(o.id))?.n ?? 0;
  }
}

export const unionOrganisationReference = {
  UnionOrganisation: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      visible(await ctx.loaders.organisation.load(ref.id), `Union organisation ${ref.id}`, ctx),
  },
};
