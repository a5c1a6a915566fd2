import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  hasRole,
  isUniqueViolation,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { UnitLevel } from '../enums';
import type { Loaders } from '../context';
import { PovertyStandard } from './poverty-standard.entity';
import type { DefineProvincialStandardInput } from './poverty-standard.input';

/** A province may set a higher standard than the national one; its admins define it for their province only. */
export async function defineProvincialStandard(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: DefineProvincialStandardInput,
): Promise<PovertyStandard> {
  if (caller.org !== 'people-committee' || !hasRole(caller, 'admin')) {
    throw new ForbiddenError("Only People's Committee admins define a provincial poverty standard");
  }
  const province = await loaders.unit.load(input.provinceCode);
  if (province?.level !== UnitLevel.PROVINCE) {
    throw new BadUserInputError(`${input.provinceCode} is not a province code`, 'input.provinceCode');
  }
  if (!caller.units.includes(province.code)) {
    throw new ForbiddenError(`Province ${province.code} is not among the units your token covers`);
  }
  if (input.validTo < input.validFrom) {
    throw new BadUserInputError(
      `ends (${input.validTo}) before it starts (${input.validFrom})`,
      'input.validTo',
    );
  }
  const national = await dataSource
    .getRepository(PovertyStandard)
    .createQueryBuilder('s')
    .where('s.province_code IS NULL AND s.valid_from <= :from AND s.valid_to >= :from', {
      from: input.validFrom,
    })
    .getOne();
  if (
    national &&
    (input.ruralPovertyLine < national.ruralPovertyLine || input.urbanPovertyLine < national.urbanPovertyLine)
  ) {
    throw new BadUserInputError(
      `a provincial line may not be below the national ${national.code} (${national.ruralPovertyLine} rural, ${national.urbanPovertyLine} urban)`,
      'input.ruralPovertyLine',
    );
  }
  try {
    return await dataSource.getRepository(PovertyStandard).save({
      ...input,
      ruralMiddleIncomeLine: input.ruralMiddleIncomeLine ?? null,
      urbanMiddleIncomeLine: input.urbanMiddleIncomeLine ?? null,
      indicators: [...new Set(input.indicators)],
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`standard ${input.code} exists`, 'input.code');
    throw error;
  }
}
