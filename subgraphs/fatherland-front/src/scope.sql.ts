import { unitSubtreeSql } from '@chung-tay/common';

/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export { inCallerUnitsSql } from '@chung-tay/common';

/** "This unit and everything below it"; bind `unitCode`. */
export const inUnitSubtreeSql = (alias: string, param = 'unitCode') =>
  `${alias}.unit_code IN (${unitSubtreeSql(`code = :${param}`, 'unit_tree')})`;
