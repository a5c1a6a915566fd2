import {
  BadUserInputError,
  ConflictError,
  foldVietnamese,
  isUniqueViolation,
  keysetPage,
  NotFoundError,
  todayInVietnam,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { inCallerUnitsSql } from '../access';
import { areaTypeOf } from '../administrative-unit/administrative-unit.entity';
import { unitSubtreeSql } from '@chung-tay/common';
import { assertCallerCoversUnit, unitLineage } from '../administrative-unit/unit-scope';
import { HouseholdStatus, RelationToHead, StatusChangeReason, UnitLevel } from '../enums';
import type { Loaders } from '../context';
import { Person } from '../person/person.entity';
import { assertNationalIdsFree, validatePerson } from '../person/person.rules';
import { poorCategoryFor } from '../assessment/household-status';
import { Household } from './household.entity';
import type { HouseholdFilter, RegisterHouseholdInput, UpdateHouseholdInput } from './household.input';
import { HouseholdStatusChange } from './household-status-change.entity';

export async function listHouseholds(
  dataSource: DataSource,
  caller: Caller,
  filter: HouseholdFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(Household)
    .createQueryBuilder('h')
    .where(inCallerUnitsSql('h'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`h.unit_code IN (${unitSubtreeSql('code = :unitCode')})`, { unitCode: filter.unitCode });
  if (filter.status?.length) qb.andWhere('h.status IN (:...status)', { status: filter.status });
  if (filter.poorCategory) qb.andWhere('h.poor_category = :category', { category: filter.poorCategory });
  if (filter.socialProtection != null)
    qb.andWhere('h.social_protection = :sp', { sp: filter.socialProtection });
  if (filter.reviewYear != null) {
    qb.andWhere('EXISTS (SELECT 1 FROM assessment a WHERE a.household_id = h.id AND a.review_year = :year)', {
      year: filter.reviewYear,
    });
  }
  if (filter.search && caller.org !== 'people-committee') {
    // Names are personal data: other organisations find households by code only.
    qb.andWhere('h.code = :code', { code: filter.search.toUpperCase() });
  } else if (filter.search) {
    const folded = foldVietnamese(filter.search).replace(/[\\%_]/g, (c) => `\\${c}`);
    qb.andWhere(
      '(h.code = :code OR EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.name_search LIKE :pattern))',
      { code: filter.search.toUpperCase(), pattern: `%${folded}%` },
    );
  }
  return keysetPage(qb, { keys: [{ sql: 'h.code', kind: 'text', of: (h) => h.code }] }, first, after);
}

export async function registerHousehold(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RegisterHouseholdInput,
): Promise<Household> {
  const unit = await loaders.unit.load(input.unitCode);
  if (!unit || unit.level !== UnitLevel.COMMUNE) {
    throw new BadUserInputError(`${input.unitCode} is not the code of a commune or ward`, 'input.unitCode');
  }
  if (unit.validTo) {
    throw new BadUserInputError(
      `${unit.name} (${unit.code}) was retired on ${unit.validTo}; use ${unit.successorCodes.join(' or ') || 'its successor'}`,
      'input.unitCode',
    );
  }
  await assertCallerCoversUnit(caller, loaders, unit.code);
  const heads = input.members.filter((m) => m.relationToHead === RelationToHead.HEAD).length;
  if (heads !== 1)
    throw new BadUserInputError(`exactly one member must be the HEAD, found ${heads}`, 'input.members');
  input.members.forEach((m, i) => validatePerson(m, `input.members[${i}]`));
  const statusSince = input.statusSince ?? todayInVietnam();
  if (statusSince > todayInVietnam()) {
    throw new BadUserInputError(`${statusSince} is in the future`, 'input.statusSince');
  }
  const [provinceCode] = (await unitLineage(loaders, unit.code)).slice(-1);
  const province = await loaders.unit.load(provinceCode!);
  if (input.poorCategory && (input.initialStatus !== HouseholdStatus.POOR || !province?.usesPoorCategories)) {
    throw new BadUserInputError(
      'a poor category (A/B) applies only to POOR households in provinces that split them',
      'input.poorCategory',
    );
  }
  const poorCategory = poorCategoryFor(
    input.initialStatus,
    province?.usesPoorCategories ?? false,
    input.socialProtection,
    input.poorCategory,
  );

  try {
    return await dataSource.transaction(async (em) => {
      if (await em.getRepository(Household).existsBy({ code: input.code })) {
        throw new ConflictError(`household code ${input.code} is already in the register`, 'input.code');
      }
      await assertNationalIdsFree(
        em,
        input.members.map((m, i) => ({ nationalId: m.nationalId, field: `input.members[${i}]` })),
      );
      const household = await em.getRepository(Household).save(
        em.getRepository(Household).create({
          code: input.code,
          unitCode: unit.code,
          address: input.address.trim(),
          areaType: areaTypeOf(unit.kind)!,
          status: input.initialStatus,
          statusSince,
          poorCategory,
          socialProtection: input.socialProtection,
        }),
      );
      const people = await em
        .getRepository(Person)
        .save(
          input.members.map((m) =>
            em
              .getRepository(Person)
              .create({ ...m, householdId: household.id, nameSearch: foldVietnamese(m.fullName) }),
          ),
        );
      household.headPersonId = people.find((p) => p.relationToHead === RelationToHead.HEAD)!.id;
      await em.getRepository(Household).update(household.id, { headPersonId: household.headPersonId });
      await em.getRepository(HouseholdStatusChange).insert({
        householdId: household.id,
        status: input.initialStatus,
        poorCategory,
        effectiveDate: statusSince,
        reason: StatusChangeReason.REGISTRATION,
      });
      return household;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('the household code or a national ID is already in the register');
    throw error;
  }
}

/**
 * Corrects a household's own details, only when it is still at the version the edit was prepared on: the row is
 * locked (SELECT … FOR UPDATE) so two edits of the same version cannot both pass the check, and the version goes
 * up by one. A stale version is a CONFLICT naming the version now, and nothing is written.
 */
export async function updateHousehold(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: UpdateHouseholdInput,
): Promise<Household> {
  const changes: Partial<Pick<Household, 'address' | 'socialProtection'>> = {};
  if (input.address === null) throw new BadUserInputError('a household keeps an address', 'input.address');
  if (input.socialProtection === null) {
    throw new BadUserInputError(
      'leave socialProtection out to keep it, or give true or false',
      'input.socialProtection',
    );
  }
  if (input.address !== undefined) changes.address = input.address.trim();
  if (input.socialProtection !== undefined) changes.socialProtection = input.socialProtection;
  if (changes.address !== undefined && changes.address.length < 3) {
    throw new BadUserInputError('address must be 3 to 300 characters', 'input.address');
  }
  if (!Object.keys(changes).length) {
    throw new BadUserInputError('give at least one detail to change (address, socialProtection)', 'input');
  }
  const before = await loaders.household.load(input.id);
  if (!before) throw new NotFoundError('Household', input.id);
  await assertCallerCoversUnit(caller, loaders, before.unitCode);

  const updated = await dataSource.transaction(async (em) => {
    const current = await em
      .getRepository(Household)
      .createQueryBuilder('h')
      .setLock('pessimistic_write')
      .where('h.id = :id', { id: input.id })
      .getOne();
    if (!current) throw new NotFoundError('Household', input.id);
    // A move to another unit may have happened since the check above: check the unit it is in now.
    if (current.unitCode !== before.unitCode) await assertCallerCoversUnit(caller, loaders, current.unitCode);
    if (current.version !== input.expectedVersion) {
      throw new ConflictError(
        `the household was changed by someone else (version ${current.version} now, you had ${input.expectedVersion}); reload it and try again`,
        'input.expectedVersion',
      );
    }
    const next = { ...current, ...changes, version: current.version + 1 };
    await em.getRepository(Household).update(current.id, { ...changes, version: next.version });
    return next;
  });
  loaders.household.clear(updated.id); // later fields of this request must see the edit
  return updated;
}
