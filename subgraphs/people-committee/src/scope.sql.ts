import { inCallerUnitsSql as inScopeSql } from '@chung-tay/common';

/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export const inCallerUnitsSql = (alias: string) => inScopeSql(alias, { table: 'administrative_unit' });
