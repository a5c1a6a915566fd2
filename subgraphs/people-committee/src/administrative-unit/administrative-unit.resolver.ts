import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import { AdministrativeUnit } from './administrative-unit.entity';
import { UnitLevel } from '../enums';
import type { Context } from '../context';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnit, {
    nullable: true,
    description: 'One unit by its GSO code (also retired ones).',
  })
  administrativeUnit(
    @Arg('code', { description: 'The GSO code, retired codes included.' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.unit.load(code);
  }

  @Query(() => [AdministrativeUnit], {
    description: 'Units under a parent and/or at a level, current ones unless asked.',
  })
  administrativeUnits(
    @Arg('parentCode', () => String, { nullable: true, description: 'Only units directly below this one.' })
    parentCode: string | null,
    @Arg('level', () => UnitLevel, { nullable: true, description: 'Only units of this level.' })
    level: UnitLevel | null,
    @Arg('includeRetired', { defaultValue: false, description: 'Include units retired in a reform.' })
    includeRetired: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.dataSource.getRepository(AdministrativeUnit).find({
      where: {
        ...(parentCode ? { parentCode } : {}),
        ...(level ? { level } : {}),
        ...(includeRetired ? {} : { validTo: IsNull() }),
      },
      order: { code: 'ASC' },
    });
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit directly above; null for a province.',
  })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return unit.parentCode ? ctx.loaders.unit.load(unit.parentCode) : null;
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description: 'The units directly below, retired ones included.',
  })
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.unitChildren.load(unit.code);
  }
}

export const administrativeUnitReference = {
  AdministrativeUnit: {
    __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.unit.load(ref.code),
  },
};
