import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  hasRole,
  isUniqueViolation,
  keysetPage,
  todayInVietnam,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCallerCoversUnit } from '../administrative-unit/unit-scope';
import { organisationOf } from '../enums';
import type { Loaders } from '../context';
import { Benefit } from './benefit.entity';
import { Programme } from './programme.entity';
import type { ProgrammeFilter, RecordBenefitInput, RegisterProgrammeInput } from './programme.input';

export async function listProgrammes(
  dataSource: DataSource,
  filter: ProgrammeFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource.getRepository(Programme).createQueryBuilder('p');
  if (filter.ownerOrganisation)
    qb.andWhere('p.owner_organisation = :owner', { owner: filter.ownerOrganisation });
  if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
  if (filter.year) qb.andWhere(':year BETWEEN p.start_year AND p.end_year', { year: filter.year });
  return keysetPage(qb, { keys: [{ sql: 'p.code', kind: 'text', of: (p) => p.code }] }, first, after);
}

/**
 * The People's Committee registers any programme; another organisation's officers register their own
 * organisation's programmes so their support shows in the one catalogue.
 */
export async function registerProgramme(
  dataSource: DataSource,
  caller: Caller,
  input: RegisterProgrammeInput,
) {
  if (!hasRole(caller, 'officer', 'admin'))
    throw new ForbiddenError('Only officers and admins register programmes');
  const own = organisationOf(caller.org);
  const owner = input.ownerOrganisation ?? own;
  if (caller.org !== 'people-committee' && owner !== own) {
    throw new ForbiddenError(`You can register programmes of ${own} only`);
  }
  if (input.endYear < input.startYear) {
    throw new BadUserInputError(
      `ends (${input.endYear}) before it starts (${input.startYear})`,
      'input.endYear',
    );
  }
  try {
    return await dataSource.getRepository(Programme).save({ ...input, ownerOrganisation: owner });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`programme code ${input.code} is taken`, 'input.code');
    throw error;
  }
}

export async function recordBenefit(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RecordBenefitInput,
) {
  const [programme, household] = await Promise.all([
    loaders.programme.load(input.programmeId),
    loaders.household.load(input.householdId),
  ]);
  if (!programme)
    throw new BadUserInputError(`there is no programme ${input.programmeId}`, 'input.programmeId');
  if (!household)
    throw new BadUserInputError(`there is no household ${input.householdId}`, 'input.householdId');
  if (caller.org !== 'people-committee' && programme.ownerOrganisation !== organisationOf(caller.org)) {
    throw new ForbiddenError("You can record support only from your own organisation's programmes");
  }
  await assertCallerCoversUnit(caller, loaders, household.unitCode);
  if (input.personId) {
    const person = await loaders.person.load(input.personId);
    if (!person || person.householdId !== household.id) {
      throw new BadUserInputError('is not a member of that household', 'input.personId');
    }
  }
  if (input.date > todayInVietnam())
    throw new BadUserInputError(`${input.date} is in the future`, 'input.date');
  const year = Number(input.date.slice(0, 4));
  if (year < programme.startYear || year > programme.endYear) {
    throw new BadUserInputError(
      `${programme.code} runs ${programme.startYear}–${programme.endYear}, not in ${year}`,
      'input.date',
    );
  }
  return dataSource
    .getRepository(Benefit)
    .save({ ...input, personId: input.personId ?? null, note: input.note ?? null });
}
