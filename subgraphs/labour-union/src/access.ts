import {
  assertCallerCoversUnit as assertCovers,
  ForbiddenError,
  hasRole,
  type Caller,
} from '@chung-tay/common';
import type { Context, Loaders } from './loaders';

/** The union's records are written only by the Labour Union's officers and admins. */
export function assertUnionWriter(caller: Caller): void {
  if (caller.org !== 'labour-union' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only Labour Union officers and admins can change the union's records");
  }
}

/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export { inCallerUnitsSql } from '@chung-tay/common';

/** SQL selecting the ids of a union organisation (bound to `param`) and of every organisation below it. */
export const organisationSubtreeSql = (param: string) => `WITH RECURSIVE org_subtree(id) AS (
    SELECT id FROM union_organisation WHERE id = :${param}
    UNION SELECT o.id FROM union_organisation o JOIN org_subtree s ON o.parent_id = s.id
  ) SELECT id FROM org_subtree`;

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
