import 'reflect-metadata';
import { DataSource, SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { BadUserInputError } from '../errors';
import { encodeCursor } from '../schema/connection';
import { keysetPage, type KeysetOrder } from '../schema/keyset-page';

interface Row {
  unitCode: string;
  joinedOn: string;
  rank: number;
  id: string;
}

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const rows: Row[] = [1, 2, 3].map((n) => ({ unitCode: '75', joinedOn: `2024-0${n}-01`, rank: n, id: ID(n) }));

const order: KeysetOrder<Row> = {
  keys: [
    { sql: 'm.unit_code', kind: 'text', of: (m) => m.unitCode },
    { sql: 'm.joined_on', kind: 'date', of: (m) => m.joinedOn },
    { sql: 'm.rank', kind: 'int', of: (m) => m.rank },
    { sql: 'm.id', kind: 'uuid', of: (m) => m.id },
  ],
};

// The query builder is typeorm's own (its SQL is what the test reads); only the two statements are stubbed.
const dataSource = new DataSource({ type: 'postgres' });
let counted: [string, unknown[]][];
let fetched: [string, unknown[]][];

beforeEach(() => {
  counted = [];
  fetched = [];
  jest.spyOn(SelectQueryBuilder.prototype, 'getCount').mockImplementation(async function (
    this: SelectQueryBuilder<ObjectLiteral>,
  ) {
    counted.push(this.getQueryAndParameters());
    return 7;
  });
  jest.spyOn(SelectQueryBuilder.prototype, 'getMany').mockImplementation(async function (
    this: SelectQueryBuilder<ObjectLiteral>,
  ) {
    fetched.push(this.getQueryAndParameters());
    return rows as ObjectLiteral[];
  });
});
afterEach(() => jest.restoreAllMocks());

const members = () =>
  dataSource
    .createQueryBuilder()
    .select('m')
    .from('member', 'm')
    .where('m.unit_code = :unit', { unit: '75' }) as SelectQueryBuilder<Row>;

describe('keysetPage', () => {
  it('counts the filtered list, orders by every key and fetches one row more than the page', async () => {
    const page = await keysetPage(members(), order, 2);
    expect(counted).toEqual([['SELECT m FROM "member" "m" WHERE m.unit_code = $1', ['75']]]);
    expect(fetched).toEqual([
      [
        'SELECT m FROM "member" "m" WHERE m.unit_code = $1 ORDER BY m.unit_code ASC, m.joined_on ASC, m.rank ASC, m.id ASC LIMIT 3',
        ['75'],
      ],
    ]);
    expect(page.totalCount).toBe(7);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1].cursor });
    expect(page.edges[1].cursor).toBe(encodeCursor(JSON.stringify(['75', '2024-02-01', 2, ID(2)])));
  });

  it('continues after the cursor with one row value comparison, reversed for a descending order', async () => {
    const first = await keysetPage(members(), order, 2);
    await keysetPage(members(), { ...order, direction: 'DESC' }, 5, first.pageInfo.endCursor);
    expect(fetched[1]).toEqual([
      'SELECT m FROM "member" "m" WHERE m.unit_code = $1 AND (m.unit_code, m.joined_on, m.rank, m.id) < ($2, $3, $4, $5) ORDER BY m.unit_code DESC, m.joined_on DESC, m.rank DESC, m.id DESC LIMIT 6',
      ['75', '75', '2024-02-01', 2, ID(2)],
    ]);
    // The count ignores the cursor: totalCount is the whole filtered list on every page.
    expect(counted[1]).toEqual(['SELECT m FROM "member" "m" WHERE m.unit_code = $1', ['75']]);
  });

  it('ends the list on a short page', async () => {
    const page = await keysetPage(members(), order, 3);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes).toHaveLength(3);
  });

  it.each([
    ['not JSON', 'nope'],
    ['not an array', JSON.stringify({ a: 1 })],
    ['too few keys', JSON.stringify(['75', '2024-02-01', 2])],
    ['a number for text', JSON.stringify([75, '2024-02-01', 2, ID(2)])],
    ['an impossible date', JSON.stringify(['75', '2024-02-30', 2, ID(2)])],
    ['a fraction for an int', JSON.stringify(['75', '2024-02-01', 2.5, ID(2)])],
    ['a malformed uuid', JSON.stringify(['75', '2024-02-01', 2, 'x'])],
    ['a NUL in text', JSON.stringify(['7\u00005', '2024-02-01', 2, ID(2)])],
  ])('refuses a cursor holding %s before any statement', async (_, key) => {
    const error = await keysetPage(members(), order, 2, encodeCursor(key)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).message).toBe('after: is not a cursor returned by this list');
    expect(counted).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('refuses a cursor that is not the hub’s', async () => {
    await expect(keysetPage(members(), order, 2, 'garbage')).rejects.toBeInstanceOf(BadUserInputError);
  });
});
