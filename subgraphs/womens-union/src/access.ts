import {
  assertCallerCoversUnit,
  callerScopeSql,
  ForbiddenError,
  hasRole,
  inCallerUnitsSql,
  type Caller,
} from '@chung-tay/common';
import type { Loaders } from './loaders';

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

/**
 * Codes of the units in force above the caller's units (the province of a commune officer); bind `callerUnits`.
 * Retired codes start nothing, as in the scope rule.
 */
const CALLER_ANCESTORS_SQL = `WITH RECURSIVE up(code, parent_code) AS (
    SELECT code, parent_code FROM unit_tree WHERE code = ANY(:callerUnits) AND valid_to IS NULL
    UNION SELECT u.code, u.parent_code FROM unit_tree u JOIN up ON u.code = up.parent_code
  ) SELECT code FROM up`;

/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export { inCallerUnitsSql };

/**
 * The union's structure (chapters, campaigns) is also visible upwards: a commune officer sees the province union
 * her chapter belongs to and the campaign it runs, not the other communes' records.
 */
export const inCallerReachSql = (alias: string) =>
  `(${alias}.unit_code IN (${callerScopeSql()}) OR ${alias}.unit_code IN (${CALLER_ANCESTORS_SQL}))`;

/** A record loaded with whether it lies in the caller's scope (computed in the same SQL statement). */
export type Scoped<T> = T & { inScope: boolean };

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
