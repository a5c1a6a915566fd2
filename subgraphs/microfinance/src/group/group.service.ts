import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  todayInVietnam,
  unitSubtreeSql,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCovers, inCallerUnitsSql } from '../access';
import type { Context } from '../context';
import { onlyUuids } from '../sql';
import { LendingCentre } from './lending-centre.entity';
import { LendingGroup } from './lending-group.entity';
import type { FormLendingGroupInput, LendingGroupFilter, OpenLendingCentreInput } from './group.input';

/** A current commune or ward, or BAD_USER_INPUT on `field`. */
export async function assertCommune(ctx: Context, code: string, field: string) {
  const unit = await ctx.loaders.unit.load(code);
  // Units retired in the 2025 reform hold no new records: their area is reported through their successors.
  if (unit?.validTo) {
    throw new BadUserInputError(
      `${unit.name} (${code}) was retired on ${unit.validTo}; use one of ${unit.successorCodes.join(', ')}`,
      field,
    );
  }
  if (!unit || unit.level !== 'COMMUNE')
    throw new BadUserInputError(`${code} is not the code of a commune or ward`, field);
  return unit;
}

export function assertNotFuture(date: string, field: string): void {
  if (date > todayInVietnam()) throw new BadUserInputError(`${date} is in the future`, field);
}

async function saveUnique<T>(save: () => Promise<T>, what: string, field: string): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${what} is taken`, field);
    throw error;
  }
}

export async function openLendingCentre(ctx: Context, input: OpenLendingCentreInput): Promise<LendingCentre> {
  const lender = await ctx.loaders.lenderByCode.load(input.lenderCode);
  if (!lender) throw new BadUserInputError(`there is no lender ${input.lenderCode}`, 'input.lenderCode');
  await assertCommune(ctx, input.unitCode, 'input.unitCode');
  await assertCovers(ctx, input.unitCode);
  assertNotFuture(input.openedOn, 'input.openedOn');
  const { lenderCode: _, ...centre } = input;
  const repo = ctx.dataSource.getRepository(LendingCentre);
  return saveUnique(
    () => repo.save(repo.create({ ...centre, lenderId: lender.id })),
    `centre code ${input.code}`,
    'input.code',
  );
}

export async function formLendingGroup(ctx: Context, input: FormLendingGroupInput): Promise<LendingGroup> {
  const centre = await ctx.loaders.centre.load(input.centreId);
  if (!centre) throw new BadUserInputError(`there is no centre ${input.centreId}`, 'input.centreId');
  await assertCovers(ctx, centre.unitCode);
  assertNotFuture(input.formedOn, 'input.formedOn');
  if (input.formedOn < centre.openedOn) {
    throw new BadUserInputError(`is before the centre opened (${centre.openedOn})`, 'input.formedOn');
  }
  const repo = ctx.dataSource.getRepository(LendingGroup);
  return saveUnique(
    () => repo.save(repo.create({ ...input, lenderId: centre.lenderId, unitCode: centre.unitCode })),
    `group code ${input.code}`,
    'input.code',
  );
}

/** Centres or groups in the caller's units (and the filter's unit subtree), ordered by code. */
export async function listByCode<T extends LendingCentre | LendingGroup>(
  dataSource: DataSource,
  entity: new () => T,
  caller: Caller,
  filter: LendingGroupFilter, // centreId is given for groups only
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(entity)
    .createQueryBuilder('g')
    .where(inCallerUnitsSql('g'), { callerUnits: caller.units });
  if (filter.unitCode) {
    qb.andWhere(`g.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  }
  if (filter.lenderCode) {
    qb.andWhere('g.lender_id IN (SELECT id FROM lender WHERE code = :lenderCode)', {
      lenderCode: filter.lenderCode,
    });
  }
  if (filter.centreId)
    qb.andWhere('g.centre_id = ANY(:centreId)', { centreId: onlyUuids([filter.centreId]) });
  return keysetPage(qb, { keys: [{ sql: 'g.code', kind: 'text', of: (g) => g.code }] }, first, after);
}
