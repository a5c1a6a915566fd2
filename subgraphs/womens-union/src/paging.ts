import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, decodeCursor, toPage, type Page } from '@chung-tay/common';
import { isUuid } from './rules';

/** One column of a list's order; the cursor carries the last row's value of each, checked by kind. */
export interface SortKey<T> {
  sql: string;
  kind: 'int' | 'text' | 'uuid' | 'date';
  of: (row: T) => string | number;
}

const valid: Record<SortKey<unknown>['kind'], (v: unknown) => boolean> = {
  int: (v) => Number.isSafeInteger(v),
  text: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string' && isUuid(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
};

/**
 * A connection page by keyset: total count, then `first + 1` rows after the cursor in the order of `keys`
 * (ascending; the last key must be unique). Two statements whatever the page size.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  first: number,
  after?: string | null,
): Promise<Page<T>> {
  const totalCount = await qb.clone().getCount();
  const cursor = decodeCursor(after);
  if (cursor != null) {
    let values: unknown;
    try {
      values = JSON.parse(cursor);
    } catch {
      values = null;
    }
    if (
      !Array.isArray(values) ||
      values.length !== keys.length ||
      !keys.every((k, i) => valid[k.kind](values[i]))
    ) {
      throw new BadUserInputError('is not a cursor returned by this list', 'after');
    }
    qb.andWhere(
      `(${keys.map((k) => k.sql).join(', ')}) > (${keys.map((_, i) => `:cursor${i}`).join(', ')})`,
      Object.fromEntries(values.map((v, i) => [`cursor${i}`, v])),
    );
  }
  keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.sql, 'ASC') : qb.addOrderBy(k.sql, 'ASC')));
  const rows = await qb.limit(first + 1).getMany();
  return toPage(rows, first, totalCount, (row) => JSON.stringify(keys.map((k) => k.of(row))));
}
