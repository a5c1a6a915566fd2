/**
 * SQL selecting the codes of the units matched by `roots` (a condition on administrative_unit, e.g.
 * `code = :unitCode`) and of every unit below them: communes under a province or a pre-2025 district.
 */
export const unitSubtreeSql = (roots: string) => `WITH RECURSIVE subtree(code) AS (
    SELECT code FROM administrative_unit WHERE ${roots}
    UNION SELECT u.code FROM administrative_unit u JOIN subtree s ON u.parent_code = s.code
  ) SELECT code FROM subtree`;
