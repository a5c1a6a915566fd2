import {
  assertCallerCoversUnit as assertCovers,
  ForbiddenError,
  hasRole,
  type Caller,
} from '@chung-tay/common';
import type { Context, Loaders } from './context';

/** The union's records are written only by the Labour Union's officers and admins. */
export function assertUnionWriter(caller: Caller): void {
  if (caller.org !== 'labour-union' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only Labour Union officers and admins can change the union's records");
  }
}

export { inCallerUnitsSql, organisationSubtreeSql } from './scope.sql';

export const assertCallerCoversUnit = (caller: Caller, loaders: Loaders, code: string) =>
  assertCovers(caller, (c) => loaders.unit.load(c), code);

/**
 * Reads are scoped to the caller's units: a record the loader marked as outside them is refused, the same for
 * root fields and `_entities` references (the check costs no statement: the loader computed it).
 */
export function visible<T extends { inCallerScope?: boolean; unitCode: string }>(
  record: T | null,
  what: string,
  ctx: Context,
): T | null {
  if (record && !record.inCallerScope) {
    throw new ForbiddenError(
      `${what} belongs to unit ${record.unitCode}, outside the units your token covers (${ctx.caller.units.join(', ')})`,
    );
  }
  return record;
}
