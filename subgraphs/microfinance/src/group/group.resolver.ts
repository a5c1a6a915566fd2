import { standingFor } from '../portfolio/portfolio-disclosure';
import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  DateScalar,
  PageArgs,
  todayInVietnam,
  IdArg,
  InputArg,
  ScopedFilterArg,
} from '@chung-tay/common';
import { assertLenderWriter, assertPortfolioReader, visibleInUnits } from '../access';
import { AdministrativeUnitRef, unitRef } from '../federation/administrative-unit.ref';
import { Lender } from '../lender/lender.entity';
import type { Context } from '../context';
import { Loan } from '../loan/loan.entity';
import { LoanPortfolioStanding, toPortfolioStanding } from '../portfolio/standing.types';
import {
  FormLendingGroupInput,
  LendingCentreFilter,
  LendingGroupFilter,
  OpenLendingCentreInput,
} from './group.input';
import { formLendingGroup, listByCode, openLendingCentre } from './group.service';
import { LendingCentre } from './lending-centre.entity';
import { LendingGroup } from './lending-group.entity';

@ObjectType({ description: 'A page of lending centres.' })
export class LendingCentreConnection extends Connection(LendingCentre) {}

@ObjectType({ description: 'A page of lending groups.' })
export class LendingGroupConnection extends Connection(LendingGroup) {}

@Resolver(() => LendingCentre)
export class LendingCentreResolver {
  @Query(() => LendingCentreConnection, { description: "Lending centres in the caller's units, by code." })
  lendingCentres(
    @ScopedFilterArg(LendingCentreFilter)
    filter: LendingCentreFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listByCode(ctx.dataSource, LendingCentre, ctx.caller, filter ?? {}, first, after);
  }

  @Query(() => LendingCentre, {
    nullable: true,
    description: "One lending centre by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async lendingCentre(@IdArg() id: string, @Ctx() ctx: Context) {
    return visibleInUnits(ctx, await ctx.loaders.centre.load(id));
  }

  @Mutation(() => LendingCentre, { description: 'Opens a centre in a commune or ward.' })
  openLendingCentre(
    @InputArg()
    input: OpenLendingCentreInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return openLendingCentre(ctx, input);
  }

  @FieldResolver(() => Lender, { description: 'The lender.' })
  lender(@Root() centre: LendingCentre, @Ctx() ctx: Context) {
    return ctx.loaders.lender.load(centre.lenderId);
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The commune or ward of the centre.' })
  unit(@Root() centre: LendingCentre) {
    return unitRef(centre.unitCode);
  }

  @FieldResolver(() => [LendingGroup], { description: "The centre's groups." })
  groups(@Root() centre: LendingCentre, @Ctx() ctx: Context) {
    return ctx.loaders.groupsByCentre.load(centre.id);
  }
}

@Resolver(() => LendingGroup)
export class LendingGroupResolver {
  @Query(() => LendingGroupConnection, {
    description: "The lenders' own borrower groups in the caller's units.",
  })
  lendingGroups(
    @ScopedFilterArg(LendingGroupFilter)
    filter: LendingGroupFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listByCode(ctx.dataSource, LendingGroup, ctx.caller, filter ?? {}, first, after);
  }

  @Query(() => LendingGroup, {
    nullable: true,
    description: "One lending group by id; null if not found, FORBIDDEN outside the caller's units.",
  })
  async lendingGroup(@IdArg() id: string, @Ctx() ctx: Context) {
    return visibleInUnits(ctx, await ctx.loaders.group.load(id));
  }

  @Mutation(() => LendingGroup, { description: 'Forms a borrower group in a centre.' })
  formLendingGroup(
    @InputArg()
    input: FormLendingGroupInput,
    @Ctx() ctx: Context,
  ) {
    assertLenderWriter(ctx.caller);
    return formLendingGroup(ctx, input);
  }

  @FieldResolver(() => LendingCentre, { description: 'The centre the group meets in.' })
  centre(@Root() group: LendingGroup, @Ctx() ctx: Context) {
    return ctx.loaders.centre.load(group.centreId);
  }

  @FieldResolver(() => Lender, { description: 'The lender.' })
  lender(@Root() group: LendingGroup, @Ctx() ctx: Context) {
    return ctx.loaders.lender.load(group.lenderId);
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: "The commune or ward of the group's centre." })
  unit(@Root() group: LendingGroup) {
    return unitRef(group.unitCode);
  }

  @FieldResolver(() => [Loan], { description: "The group's loans, newest application first." })
  loans(@Root() group: LendingGroup, @Ctx() ctx: Context) {
    return ctx.loaders.loansByLendingGroup.load(group.id);
  }

  @FieldResolver(() => LoanPortfolioStanding, {
    description:
      "The group's portfolio on a date (today if left out); the lender and the People's Committee only.",
  })
  async portfolio(
    @Root() group: LendingGroup,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    assertPortfolioReader(ctx.caller);
    const date = asOf ?? todayInVietnam();
    return standingFor(
      ctx.caller,
      toPortfolioStanding(date, await ctx.loaders.portfolio.load(`lendingGroup|${date}|${group.id}`)),
    );
  }
}
