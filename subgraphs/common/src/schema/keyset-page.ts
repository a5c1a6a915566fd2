import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors';
import { isUuid } from '../ids';
import { decodeCursor, toPage, type Page } from './connection';

/** What a cursor carries for one column; values of the wrong kind are refused before they reach SQL. */
export type KeysetKind = 'text' | 'int' | 'uuid' | 'date';

/** One column of a list's sort key. */
export interface KeysetKey<T> {
  /** SQL expression of the column, never null (e.g. `m.joined_on`, `length(c.unit_code)`, a COALESCE). */
  sql: string;
  kind: KeysetKind;
  /** The row's value of the column (dates as YYYY-MM-DD, as typeorm reads `date` columns). */
  of: (row: T) => string | number;
}

export interface KeysetOrder<T> {
  /** The sort key, most significant first; together unique, so end with the id. */
  keys: KeysetKey<T>[];
  /** One direction for every key: the cursor condition is a single row value comparison. Default ASC. */
  direction?: 'ASC' | 'DESC';
}

function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const valid: Record<KeysetKind, (v: unknown) => boolean> = {
  // PostgreSQL refuses NUL in text; such a value cannot come from a row.
  text: (v) => typeof v === 'string' && !v.includes('\u0000'),
  int: (v) => Number.isSafeInteger(v),
  uuid: (v) => typeof v === 'string' && isUuid(v),
  date: isDate,
};

/** The sort key values an `after` cursor holds, checked against the order's keys (null without a cursor). */
export function decodeKeysetCursor<T>(order: KeysetOrder<T>, after: string | null | undefined) {
  const cursor = decodeCursor(after);
  if (cursor == null) return null;
  let values: unknown;
  try {
    values = JSON.parse(cursor);
  } catch {
    values = null;
  }
  if (
    !Array.isArray(values) ||
    values.length !== order.keys.length ||
    !order.keys.every((k, i) => valid[k.kind](values[i]))
  ) {
    throw new BadUserInputError('is not a cursor returned by this list', 'after');
  }
  return values as (string | number)[];
}

/**
 * One page of a filtered list in the hub's connection shape, by keyset: the total count of the filtered list,
 * then `first + 1` rows after the cursor (a row value comparison on the sort key, so pages stay stable while
 * rows are added). Two statements whatever the page size. The cursor is the JSON array of the last row's keys.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  first: number,
  after?: string | null,
): Promise<Page<T>> {
  if (order.keys.length === 0) throw new Error('keysetPage needs at least one sort key');
  const direction = order.direction ?? 'ASC';
  const values = decodeKeysetCursor(order, after);
  const totalCount = await qb.clone().getCount();
  if (values != null) {
    const names = values.map((_, i) => `keysetCursor${i}`);
    qb.andWhere(
      `(${order.keys.map((k) => k.sql).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${names.map((n) => `:${n}`).join(', ')})`,
      Object.fromEntries(names.map((n, i) => [n, values[i]])),
    );
  }
  order.keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.sql, direction) : qb.addOrderBy(k.sql, direction)));
  const rows = await qb.limit(first + 1).getMany();
  return toPage(rows, first, totalCount, (row) => JSON.stringify(order.keys.map((k) => k.of(row))));
}

/**
 * A sort order ending with the row's uuid id, as most lists' orders do: the id makes the key unique, so no page
 * repeats or skips a row whose leading keys tie with another's.
 */
export function thenById<T extends { id: string }>(
  alias: string,
  ...leading: KeysetKey<T>[]
): KeysetOrder<T> {
  return { keys: [...leading, { sql: `${alias}.id`, kind: 'uuid', of: (row) => row.id }] };
}
