import { BadUserInputError, foldVietnamese, NotFoundError, type Caller } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCallerCoversUnit } from '../administrative-unit/unit-scope';
import { RelationToHead } from '../enums';
import type { Loaders } from '../context';
import { Person } from './person.entity';
import type { PersonInput, UpdatePersonInput } from './person.input';
import { assertNationalIdsFree, validatePerson } from './person.rules';

export async function addHouseholdMember(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  householdId: string,
  input: PersonInput,
): Promise<Person> {
  const household = await loaders.household.load(householdId);
  if (!household) throw new NotFoundError('Household', householdId);
  await assertCallerCoversUnit(caller, loaders, household.unitCode);
  if (input.relationToHead === RelationToHead.HEAD) {
    throw new BadUserInputError('the household already has a head', 'input.relationToHead');
  }
  validatePerson(input, 'input');
  return dataSource.transaction(async (em) => {
    await assertNationalIdsFree(em, [{ nationalId: input.nationalId, field: 'input' }]);
    return em
      .getRepository(Person)
      .save(
        em
          .getRepository(Person)
          .create({ ...input, householdId, nameSearch: foldVietnamese(input.fullName) }),
      );
  });
}

export async function updatePerson(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  id: string,
  input: UpdatePersonInput,
): Promise<Person> {
  const person = await loaders.person.load(id);
  if (!person) throw new NotFoundError('Person', id);
  const household = (await loaders.household.load(person.householdId))!;
  await assertCallerCoversUnit(caller, loaders, household.unitCode);
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined),
  ) as UpdatePersonInput;
  const next = { ...person, ...changes };
  if (
    changes.relationToHead &&
    (changes.relationToHead === RelationToHead.HEAD) !== (person.relationToHead === RelationToHead.HEAD)
  ) {
    throw new BadUserInputError(
      'changing who heads the household is not done by editing one member',
      'input.relationToHead',
    );
  }
  validatePerson(next, 'input');
  return dataSource.transaction(async (em) => {
    if (changes.nationalId)
      await assertNationalIdsFree(em, [
        { nationalId: changes.nationalId, field: 'input', exceptPersonId: id },
      ]);
    return em.getRepository(Person).save({ ...next, nameSearch: foldVietnamese(next.fullName) });
  });
}
