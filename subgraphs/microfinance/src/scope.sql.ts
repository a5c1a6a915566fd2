/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export { inCallerUnitsSql } from '@chung-tay/common';
