import type { DataSource } from 'typeorm';
import { BadUserInputError, inCallerUnitsSql, isUuid, type Caller } from '@chung-tay/common';
import { assertCoversUnit, assertMemberWriter } from '../access';
import type { Loaders } from '../context';
import { {{Pascal}}Member } from './member.entity';
import type { Register{{Pascal}}MemberInput } from './member.input';

/** Checks everything before writing: a refused input writes nothing. */
export async function registerMember(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: Register{{Pascal}}MemberInput,
): Promise<{{Pascal}}Member> {
  assertMemberWriter(caller);
  const fullName = input.fullName.trim();
  if (!fullName) throw new BadUserInputError('must not be empty', 'fullName');
  if (input.householdId != null && !isUuid(input.householdId)) {
    throw new BadUserInputError('must be a household id (uuid)', 'householdId');
  }
  const unit = await loaders.unit.load(input.unitCode);
  if (!unit || unit.validTo) {
    throw new BadUserInputError(`${input.unitCode} is not a unit in force`, 'unitCode');
  }
  await assertCoversUnit(caller, loaders, input.unitCode);
  return dataSource.getRepository({{Pascal}}Member).save({
    fullName,
    unitCode: input.unitCode,
    householdId: input.householdId ?? null,
    joinedDate: input.joinedDate,
  });
}

/** Members registered on a unit or below it, inside the caller's units, oldest first. */
export function listMembers(dataSource: DataSource, caller: Caller, unitCode: string) {
  return dataSource
    .getRepository({{Pascal}}Member)
    .createQueryBuilder('m')
    .where(inCallerUnitsSql('m'), { callerUnits: caller.units })
    .andWhere(inCallerUnitsSql('m', { param: ':unitCodes' }), { unitCodes: [unitCode] })
    .orderBy('m.joined_date', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .limit(1000)
    .getMany();
}
