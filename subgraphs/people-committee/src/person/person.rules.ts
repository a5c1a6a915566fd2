import { BadUserInputError, ConflictError, todayInVietnam } from '@chung-tay/common';
import { In, type EntityManager } from 'typeorm';
import { checkNationalId } from './national-id';
import { Person } from './person.entity';
import type { Sex } from '../enums';

interface PersonFacts {
  birthDate: string;
  sex: Sex;
  nationalId?: string | null;
}

/** Checks one person's facts; `field` is the input path used in error messages. */
export function validatePerson(person: PersonFacts, field: string): void {
  if (person.birthDate > todayInVietnam()) {
    throw new BadUserInputError(`birth date ${person.birthDate} is in the future`, `${field}.birthDate`);
  }
  if (person.birthDate < '1890-01-01') {
    throw new BadUserInputError(`birth date ${person.birthDate} is not plausible`, `${field}.birthDate`);
  }
  if (person.nationalId) {
    const problem = checkNationalId(person.nationalId, person.birthDate, person.sex);
    if (problem) throw new BadUserInputError(`national ID ${problem}`, `${field}.nationalId`);
  }
}

/** National IDs are unique across the register: within the input and against stored people. */
export async function assertNationalIdsFree(
  em: EntityManager,
  people: { nationalId?: string | null; field: string; exceptPersonId?: string }[],
): Promise<void> {
  const seen = new Map<string, string>();
  for (const p of people) {
    if (!p.nationalId) continue;
    const earlier = seen.get(p.nationalId);
    if (earlier)
      throw new ConflictError(
        `national ID ${p.nationalId} is given twice (also at ${earlier})`,
        `${p.field}.nationalId`,
      );
    seen.set(p.nationalId, p.field);
  }
  if (seen.size === 0) return;
  const taken = await em
    .getRepository(Person)
    .find({ where: { nationalId: In([...seen.keys()]) }, select: ['id', 'nationalId'] });
  const clash = taken.find(
    (t) => !people.some((p) => p.exceptPersonId === t.id && p.nationalId === t.nationalId),
  );
  if (clash) {
    throw new ConflictError(
      `national ID ${clash.nationalId} already belongs to a person in the register`,
      `${seen.get(clash.nationalId!)}.nationalId`,
    );
  }
}
