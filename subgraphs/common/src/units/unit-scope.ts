import type { Caller } from '../auth/caller';
import { ForbiddenError } from '../errors';

/**
 * THE scope rule, for every read (lists, single records, `_entities`, figures, exports, imports) and write:
 *
 * - a caller's units are units in force (sign-in refuses others, see units-in-force.ts; a retired code that slips
 *   through starts no scope here either);
 * - a unit in force is in scope when it or one of its ancestors in the current tree (a 2025 commune's parent is
 *   its province) is one of the caller's units;
 * - a unit retired in the 2025 reform (a district, a merged province) is in scope when every unit that took its
 *   area over is: its figures for old periods are made of those units' records, so they show nothing the caller
 *   could not list. A retired district of 75 is in scope for a caller of 75, not for one of its communes.
 *
 * Two forms, which unit-scope.test.ts runs side by side over the whole bundled tree: `callerScopeSql` for
 * statements, `callerCoversUnit` for a row already read.
 */

/** What the rule needs of a unit row (UnitTreeEntry and the People's Committee's AdministrativeUnit both have it). */
export interface ScopeUnit {
  code: string;
  parentCode: string | null;
  validTo: string | null;
  successorCodes: string[];
}

/** Reads one unit, e.g. through a per-request DataLoader. */
export type LoadScopeUnit = (code: string) => Promise<ScopeUnit | null | undefined>;

/** Provinces, communes and (retired) districts: no lineage is longer. */
const MAX_DEPTH = 4;

/**
 * SQL selecting the codes of every unit in scope for the caller units bound at `param` (a text[] parameter:
 * `:callerUnits` in a query builder, `$2` in a raw statement), over the unit table `table`.
 */
export const callerScopeSql = (
  param = ':callerUnits',
  table = 'unit_tree',
) => `WITH RECURSIVE scope_unit(code) AS (
    SELECT code FROM ${table} WHERE code = ANY(${param}) AND valid_to IS NULL
    UNION SELECT u.code FROM ${table} u JOIN scope_unit s ON u.parent_code = s.code WHERE u.valid_to IS NULL
  ) SELECT code FROM scope_unit
  UNION ALL SELECT r.code FROM ${table} r
    WHERE r.valid_to IS NOT NULL AND cardinality(r.successor_codes) > 0
      AND r.successor_codes <@ ARRAY(SELECT code FROM scope_unit)::text[]`;

export interface ScopeSqlOptions {
  /** The column holding the record's unit code (default `unit_code`). */
  column?: string;
  /** The caller units' parameter (default `:callerUnits`). */
  param?: string;
  /** The unit table (default `unit_tree`; the People's Committee's is `administrative_unit`). */
  table?: string;
}

/** SQL condition keeping rows of `alias` to the caller's scope; bind the caller's unit codes (see callerScopeSql). */
export const inCallerUnitsSql = (alias: string, options: ScopeSqlOptions = {}) =>
  `${alias}.${options.column ?? 'unit_code'} IN (${callerScopeSql(options.param, options.table)})`;

/** Whether a unit in force lies at or under one of the caller's units, walking the current tree only. */
async function inForceUnitCovered(
  units: readonly string[],
  load: LoadScopeUnit,
  code: string,
): Promise<boolean> {
  let current = await load(code);
  for (let depth = 0; current && !current.validTo && depth < MAX_DEPTH; depth++) {
    if (units.includes(current.code)) return true;
    current = current.parentCode ? await load(current.parentCode) : null;
  }
  return false;
}

/** The in-memory form of the rule (see the top of this file). */
export async function callerCoversUnit(caller: Caller, load: LoadScopeUnit, code: string): Promise<boolean> {
  const unit = await load(code);
  if (!unit) return false;
  if (!unit.validTo) return inForceUnitCovered(caller.units, load, code);
  if (!unit.successorCodes.length) return false;
  const covered = await Promise.all(
    unit.successorCodes.map((c) => inForceUnitCovered(caller.units, load, c)),
  );
  return covered.every(Boolean);
}

export const outOfScopeMessage = (caller: Caller, what: string) =>
  `${what} is outside the units your token covers (${caller.units.join(', ')})`;

export async function assertCallerCoversUnit(
  caller: Caller,
  load: LoadScopeUnit,
  code: string,
): Promise<void> {
  if (!(await callerCoversUnit(caller, load, code))) {
    throw new ForbiddenError(outOfScopeMessage(caller, `Unit ${code}`));
  }
}

/** The unit and its ancestors, nearest first (for labels and rollups, not for scope). */
export async function unitLineage(
  load: (code: string) => Promise<{ parentCode: string | null } | null | undefined>,
  code: string,
): Promise<string[]> {
  const lineage: string[] = [];
  let current: string | null = code;
  while (current && lineage.length < MAX_DEPTH) {
    lineage.push(current);
    current = (await load(current))?.parentCode ?? null;
  }
  return lineage;
}
