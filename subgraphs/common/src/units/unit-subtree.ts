/**
 * SQL selecting the codes of the units matched by `roots` (a condition on the unit table, e.g.
 * `code = :unitCode`) and of every unit below them or that took their area over: communes under a province, and
 * for a unit retired in the 2025 reform (a district, a merged province) the 2025 units listed as its successors.
 * The People's Committee keeps the tree in `administrative_unit`; the other subgraphs keep a read-only copy in
 * `unit_tree` (see UnitTreeEntry).
 */
export const unitSubtreeSql = (
  roots: string,
  table = 'administrative_unit',
) => `WITH RECURSIVE subtree(code) AS (
    SELECT code FROM ${table} WHERE ${roots}
    UNION SELECT u.code FROM subtree s JOIN ${table} p ON p.code = s.code
      JOIN ${table} u ON u.parent_code = s.code OR u.code = ANY(p.successor_codes)
  ) SELECT code FROM subtree`;

/**
 * A recursive CTE `area_unit(root, code)`: for each root code in the text[] parameter `roots`, the root and every
 * unit in its subtree (as unitSubtreeSql). Start the statement with `WITH RECURSIVE`; one statement answers
 * many areas at once, grouped by `root`.
 */
export const areaUnitsCte = (table = 'unit_tree', roots = '$1') => `area_unit(root, code) AS (
    SELECT code, code FROM ${table} WHERE code = ANY(${roots}::text[])
    UNION SELECT a.root, u.code FROM area_unit a JOIN ${table} p ON p.code = a.code
      JOIN ${table} u ON u.parent_code = a.code OR u.code = ANY(p.successor_codes)
  )`;
