import DataLoader from 'dataloader';
import {
  In,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';

/**
 * One row per key: `fetch` runs once per tick for all keys asked for (`WHERE key = ANY($1)`);
 * results come back in key order with null for keys that have no row.
 */
export function createRowLoader<K extends string | number, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Many rows per key (a household's members, its assessments): one statement for all keys, grouped. */
export function createGroupLoader<K extends string | number, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R[]> {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/** The columns of an entity that hold a string (the foreign keys a group loader can group by). */
type StringColumn<E> = { [C in keyof E]: E[C] extends string ? C : never }[keyof E] & string;

/**
 * Rows that point at a key through one column (a pledge's payments, a loan's repayments): one
 * `WHERE column IN (keys)` statement a batch, in `order`, grouped by that column. Every organisation
 * wrote this same find-and-group by hand; one copy keeps the statement count and ordering alike.
 */
export function createGroupByColumnLoader<E extends ObjectLiteral, C extends StringColumn<E>>(
  repository: Repository<E>,
  column: C,
  order: FindOptionsOrder<E>,
): DataLoader<string, E[]> {
  return createGroupLoader(
    // A computed key loses its link to E in TypeScript; `column` is constrained to E's string columns above.
    (keys: readonly string[]) =>
      repository.find({ where: { [column]: In([...keys]) } as FindOptionsWhere<E>, order }),
    (row) => row[column] as string,
  );
}
