import { BadUserInputError, decodeCursor, toPage } from '@chung-tay/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface KeysetOrder<T> {
  /** SQL columns of the sort key, the last one unique (usually the id). */
  columns: string[];
  direction: 'ASC' | 'DESC';
  /** The row's values of those columns, as text. */
  keyOf: (row: T) => string[];
}

/**
 * One page of a filtered list in the hub's connection shape: the total, then `first + 1` rows after the
 * cursor (a row value comparison on the sort key, so pages stay stable while rows are added).
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  first: number,
  after?: string | null,
) {
  const totalCount = await qb.clone().getCount();
  const cursor = decodeCursor(after);
  if (cursor != null) {
    let keys: unknown;
    try {
      keys = JSON.parse(cursor);
    } catch {
      keys = null;
    }
    if (
      !Array.isArray(keys) ||
      keys.length !== order.columns.length ||
      !keys.every((k) => typeof k === 'string')
    ) {
      throw new BadUserInputError('is not a cursor returned by this list', 'after');
    }
    const op = order.direction === 'ASC' ? '>' : '<';
    const names = keys.map((_, i) => `cursorKey${i}`);
    qb.andWhere(
      `(${order.columns.join(', ')}) ${op} (${names.map((n) => `:${n}`).join(', ')})`,
      Object.fromEntries(names.map((n, i) => [n, keys[i]])),
    );
  }
  order.columns.forEach((c, i) => (i ? qb.addOrderBy(c, order.direction) : qb.orderBy(c, order.direction)));
  const rows = await qb.limit(first + 1).getMany();
  return toPage(rows, first, totalCount, (row) => JSON.stringify(order.keyOf(row)));
}
