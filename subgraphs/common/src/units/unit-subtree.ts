/**
 * SQL selecting the codes of the units matched by `roots` (a condition on the unit table, e.g.
 * `code = :unitCode`) and of every unit below them: communes under a province or a pre-2025 district.
 * The People's Committee keeps the tree in `administrative_unit`; the other subgraphs keep a read-only copy in
 * `unit_tree` (see UnitTreeEntry).
 */
export const unitSubtreeSql = (
  roots: string,
  table = 'administrative_unit',
) => `WITH RECURSIVE subtree(code) AS (
    SELECT code FROM ${table} WHERE ${roots}
    UNION SELECT u.code FROM ${table} u JOIN subtree s ON u.parent_code = s.code
  ) SELECT code FROM subtree`;
