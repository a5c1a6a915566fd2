/** Rows of `alias` in the caller's scope: the kit's one rule (units/unit-scope.ts); bind `callerUnits`. */
export { inCallerUnitsSql } from '@chung-tay/common';

/** SQL selecting the ids of a union organisation (bound to `param`) and of every organisation below it. */
export const organisationSubtreeSql = (param: string) => `WITH RECURSIVE org_subtree(id) AS (
    SELECT id FROM union_organisation WHERE id = :${param}
    UNION SELECT o.id FROM union_organisation o JOIN org_subtree s ON o.parent_id = s.id
  ) SELECT id FROM org_subtree`;
