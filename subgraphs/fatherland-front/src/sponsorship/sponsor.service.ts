import { BadUserInputError, ConflictError, isUniqueViolation, keysetPage } from '@chung-tay/common';
import { assertCovers, currentUnit, inCallerUnitsSql, inUnitSubtreeSql } from '../access';
import { FrontSponsorKind as Kind, SponsorshipLevel as Level } from '../enums';
import type { Context } from '../context';
import { FrontSponsor } from './sponsor.entity';
import type { FrontSponsorFilter, RegisterFrontSponsorInput } from './sponsorship.input';

/**
 * The level a sponsor counts for in the coverage rules. A commune, a district unit and a province body are their
 * level; enterprises, people, families and hometown associations count for the committee that mobilised them.
 */
export function sponsorLevel(kind: Kind, unitLevel: 'PROVINCE' | 'COMMUNE'): Level {
  if (kind === Kind.DISTRICT_UNIT) return Level.DISTRICT;
  if (kind === Kind.COMMUNE) return Level.COMMUNE;
  if (kind === Kind.PROVINCE_BODY) return Level.PROVINCE;
  return unitLevel === 'COMMUNE' ? Level.COMMUNE : Level.PROVINCE;
}

const UNIT_LEVELS: Partial<Record<Kind, ('PROVINCE' | 'COMMUNE')[]>> = {
  [Kind.COMMUNE]: ['COMMUNE'],
  [Kind.PROVINCE_BODY]: ['PROVINCE'],
};

export async function registerSponsor(ctx: Context, input: RegisterFrontSponsorInput): Promise<FrontSponsor> {
  const levels = UNIT_LEVELS[input.kind] ?? ['PROVINCE', 'COMMUNE'];
  const unit = await currentUnit(ctx.loaders, input.unitCode, levels, 'input.unitCode');
  await assertCovers(ctx, unit.code);
  if ((input.kind === Kind.DISTRICT_UNIT) !== (input.staffCount != null)) {
    throw new BadUserInputError(
      input.kind === Kind.DISTRICT_UNIT
        ? 'a district unit gives its staff count (the rules depend on it)'
        : 'only a district unit has a staff count here',
      'input.staffCount',
    );
  }
  const row = {
    kind: input.kind,
    level: sponsorLevel(input.kind, unit.level as 'PROVINCE' | 'COMMUNE'),
    name: input.name.trim(),
    unitCode: unit.code,
    staffCount: input.staffCount ?? null,
    contact: input.contact?.trim() || null,
  };
  try {
    return await ctx.dataSource.transaction(async (em) => {
      if (
        input.kind === Kind.COMMUNE &&
        (await em.existsBy(FrontSponsor, { kind: Kind.COMMUNE, unitCode: unit.code }))
      ) {
        throw new ConflictError(`${unit.name} is already registered as a sponsor`, 'input.unitCode');
      }
      return em.save(em.create(FrontSponsor, row));
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`${unit.name} is already a sponsor`, 'input.unitCode');
    throw error;
  }
}

export function listSponsors(ctx: Context, filter: FrontSponsorFilter, first: number, after?: string | null) {
  const qb = ctx.dataSource
    .getRepository(FrontSponsor)
    .createQueryBuilder('s')
    .where(inCallerUnitsSql('s'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) qb.andWhere(inUnitSubtreeSql('s'), { unitCode: filter.unitCode });
  if (filter.kind?.length) qb.andWhere('s.kind IN (:...kind)', { kind: filter.kind });
  if (filter.level) qb.andWhere('s.level = :level', { level: filter.level });
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 's.unit_code', kind: 'text', of: (s) => s.unitCode },
        { sql: 's.id', kind: 'uuid', of: (s) => s.id },
      ],
    },
    first,
    after,
  );
}
