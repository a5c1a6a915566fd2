import { callerScopeSql } from '@chung-tay/common';

/**
 * Codes of the units in force above the caller's units (the province of a commune officer); bind `callerUnits`.
 * Retired codes start nothing, as in the scope rule.
 */
const CALLER_ANCESTORS_SQL = `WITH RECURSIVE up(code, parent_code) AS (
    SELECT code, parent_code FROM unit_tree WHERE code = ANY(:callerUnits) AND valid_to IS NULL
    UNION SELECT u.code, u.parent_code FROM unit_tree u JOIN up ON u.code = up.parent_code
  ) SELECT code FROM up`;

/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export { inCallerUnitsSql } from '@chung-tay/common';

/**
 * The union's structure (chapters, campaigns) is also visible upwards: a commune officer sees the province union
 * her chapter belongs to and the campaign it runs, not the other communes' records.
 */
export const inCallerReachSql = (alias: string) =>
  `(${alias}.unit_code IN (${callerScopeSql()}) OR ${alias}.unit_code IN (${CALLER_ANCESTORS_SQL}))`;
