import { assertCallerCoversUnit, ForbiddenError, hasRole, type Caller } from '@chung-tay/common';
import type { Loaders, Scoped } from './context';

/** The Women's Union's records are written only by its own officers and admins. */
export function assertWomensUnionWriter(caller: Caller): void {
  if (caller.org !== 'womens-union' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only Women's Union officers and admins can change the Women's Union's records");
  }
}

/** A writer's record must lie in a unit their token covers (each unit covers everything below it). */
export async function assertWriterCovers(caller: Caller, loaders: Loaders, unitCode: string): Promise<void> {
  assertWomensUnionWriter(caller);
  await assertCallerCoversUnit(caller, (code) => loaders.unit.load(code), unitCode);
}

export { inCallerReachSql, inCallerUnitsSql } from './scope.sql';

/** Single reads and references: a record outside the caller's units is FORBIDDEN, as in every subgraph. */
export function visible<T extends { unitCode: string }>(
  caller: Caller,
  what: string,
  row: Scoped<T> | null | undefined,
): Scoped<T> | null {
  if (!row) return null;
  if (!row.inScope) {
    throw new ForbiddenError(
      `${what} in unit ${row.unitCode} is outside the units your token covers (${caller.units.join(', ')})`,
    );
  }
  return row;
}
