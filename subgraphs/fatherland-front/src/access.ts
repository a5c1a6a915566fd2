import {
  assertCallerCoversUnit,
  BadUserInputError,
  callerCoversUnit,
  ForbiddenError,
  hasRole,
  unitLineage,
  type Caller,
  type UnitTreeEntry,
} from '@chung-tay/common';
import type { Context, Loaders } from './context';

/** Front records are written only by the Fatherland Front's officers and admins. */
export function assertFrontWriter(caller: Caller): void {
  if (caller.org !== 'fatherland-front' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError('Only Fatherland Front officers and admins can change Front records');
  }
}

export { inCallerUnitsSql, inUnitSubtreeSql } from './scope.sql';

export const assertCovers = (ctx: Context, unitCode: string) =>
  assertCallerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), unitCode);

/** assertCovers as a question, for imports that report an uncovered unit as a problem of the row. */
export const covers = (ctx: Context, unitCode: string) =>
  callerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), unitCode);

/** Single reads: the record's unit must be inside the caller's units, else FORBIDDEN (as for references). */
export async function visible<T extends { unitCode: string }>(
  ctx: Context,
  row: T | null,
): Promise<T | null> {
  if (row) await assertCovers(ctx, row.unitCode);
  return row;
}

/** The unit and its ancestors, nearest first. */
export const lineageOf = (loaders: Loaders, code: string) => unitLineage((c) => loaders.unit.load(c), code);

/** A current unit of the given levels, or a BAD_USER_INPUT error naming the field. */
export async function currentUnit(
  loaders: Loaders,
  code: string,
  levels: ('PROVINCE' | 'COMMUNE')[],
  field: string,
): Promise<UnitTreeEntry> {
  const unit = await loaders.unit.load(code);
  assertCurrentUnit(unit, code, levels, field);
  return unit;
}

/** currentUnit's rule on a unit already loaded: synchronous, so an import can run it through its problem list. */
export function assertCurrentUnit(
  unit: UnitTreeEntry | null,
  code: string,
  levels: ('PROVINCE' | 'COMMUNE')[],
  field: string,
): asserts unit is UnitTreeEntry {
  // A unit retired in the 2025 reform (a merged province, a district) takes no new records: they go under the
  // 2025 units that took its area over, which is what its figures for earlier periods add up.
  if (unit?.validTo) {
    throw new BadUserInputError(
      `${unit.name} (${code}) was retired on ${unit.validTo}; record it under the units that took it over ` +
        `(${unit.successorCodes.join(', ')})`,
      field,
    );
  }
  const what = levels.map((l) => l.toLowerCase()).join(' or ');
  if (!unit || !levels.includes(unit.level as 'PROVINCE' | 'COMMUNE')) {
    throw new BadUserInputError(`${code} is not the code of a ${what}`, field);
  }
}
