import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, decodeCursor, toPage } from '@chung-tay/common';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const money = new Intl.NumberFormat('en-US');
/** 1500000 → "1,500,000 đồng", for error messages. */
export const dong = (n: number) => `${money.format(n)} đồng`;

/**
 * A page of rows ordered by two columns (a sort column and the id, so the order is total), after a cursor that
 * holds both. Counts the whole filtered list for totalCount.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  first: number,
  after: string | null | undefined,
  columns: [string, string],
  keyOf: (row: T) => [string, string],
  direction: 'ASC' | 'DESC' = 'ASC',
) {
  const totalCount = await qb.clone().getCount();
  const cursor = decodeCursor(after);
  if (cursor) {
    const [a, b] = cursor.split('|');
    if (!a || !b || !UUID.test(b))
      throw new BadUserInputError('is not a cursor returned by this list', 'after');
    qb.andWhere(`(${columns[0]}, ${columns[1]}) ${direction === 'DESC' ? '<' : '>'} (:cursorA, :cursorB)`, {
      cursorA: a,
      cursorB: b,
    });
  }
  const rows = await qb
    .orderBy(columns[0], direction)
    .addOrderBy(columns[1], direction)
    .limit(first + 1)
    .getMany();
  return toPage(rows, first, totalCount, (r) => keyOf(r).join('|'));
}
