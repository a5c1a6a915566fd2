import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { todayInVietnam } from '../clock';
import { createTestDatabase } from '../database/embedded-postgres';
import { AreaRollups1763900007000, forgetAreaRollupsOn, rolledUp } from '../reporting/area-rollup';

// A toy figure over a real PostgreSQL: the total of payments of a unit paid on or before a day, keyed
// `<unit>|<day>`, whose last day is that day.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let computed: string[];

const totals = (keys: readonly string[]) => {
  computed.push(...keys);
  return Promise.all(
    keys.map(async (key) => {
      const [unit, day] = key.split('|');
      const [row] = (await db.query(
        'SELECT coalesce(sum(amount), 0)::int AS total FROM payment WHERE unit = $1 AND paid_on <= $2',
        [unit, day],
      )) as { total: number }[];
      return { total: row!.total };
    }),
  );
};
const figure = (...keys: string[]) =>
  rolledUp(db, 'toy.total', (k) => k.split('|')[1]!, totals)(keys).then((vs) => vs.map((v) => v.total));
const stored = async () =>
  (
    (await db.query(`SELECT key FROM area_rollup WHERE figure = 'toy.total' ORDER BY key`)) as {
      key: string;
    }[]
  ).map((r) => r.key);
const pay = (unit: string, paidOn: string | null, amount: number) =>
  db.query('INSERT INTO payment (unit, paid_on, amount) VALUES ($1, $2, $3)', [unit, paidOn, amount]);

beforeAll(async () => {
  database = await createTestDatabase();
  db = new DataSource({ type: 'postgres', url: database.url, poolSize: 4 });
  await db.initialize();
  const q = db.createQueryRunner();
  await new AreaRollups1763900007000().up(q);
  await q.query(`CREATE TABLE payment (id serial PRIMARY KEY, unit text NOT NULL, paid_on date, amount int NOT NULL,
    note text)`);
  for (const sql of forgetAreaRollupsOn({
    table: 'payment',
    figures: ['toy.total'],
    dates: ['paid_on'],
    updateOf: ['unit', 'paid_on', 'amount'],
  }))
    await q.query(sql);
  await q.release();
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

beforeEach(async () => {
  computed = [];
  await db.query('TRUNCATE payment');
  await db.query('DELETE FROM area_rollup');
  await pay('75', '2024-03-10', 100);
  await pay('75', '2024-06-20', 50);
  await pay('76', '2024-03-10', 7);
});

describe('area rollups', () => {
  it('compute a finished day once, then read it; a day not over yet is never kept', async () => {
    const today = todayInVietnam();
    expect(await figure('75|2024-03-31', '75|2024-06-30', `75|${today}`)).toEqual([100, 150, 150]);
    expect(await stored()).toEqual(['75|2024-03-31', '75|2024-06-30']);
    computed = [];
    expect(await figure('75|2024-03-31', '75|2024-06-30', `75|${today}`)).toEqual([100, 150, 150]);
    expect(computed).toEqual([`75|${today}`]);
  });

  it('a write dated after a day keeps its rollup; on or before it, forgets it (and later ones)', async () => {
    await figure('75|2024-03-31', '75|2024-06-30', '76|2024-03-31');
    await pay('75', '2024-05-01', 1); // after 31 March: that rollup stays
    expect(await stored()).toEqual(['75|2024-03-31', '76|2024-03-31']);
    await pay('75', '2024-03-31', 1000); // on the day
    expect(await stored()).toEqual([]);
    expect(await figure('75|2024-03-31', '75|2024-06-30')).toEqual([1100, 1151]);
  });

  it('an update forgets from the earlier of the old and new dates; other columns forget nothing', async () => {
    await figure('75|2024-03-31', '75|2024-06-30');
    await db.query(`UPDATE payment SET note = 'checked'`); // not a column the figure reads
    expect(await stored()).toEqual(['75|2024-03-31', '75|2024-06-30']);
    // Moving the June payment back to February changes March: forgotten from the old row's or new row's date.
    await db.query(`UPDATE payment SET paid_on = '2024-02-01' WHERE paid_on = '2024-06-20'`);
    expect(await stored()).toEqual([]);
    expect(await figure('75|2024-03-31')).toEqual([150]);
  });

  it('a delete or a row without a date forgets; only the figures the table feeds', async () => {
    await figure('75|2024-03-31', '75|2024-06-30');
    await db.query(
      `INSERT INTO area_rollup (figure, key, last_day, value) VALUES ('other', 'x', '2024-01-01', '1')`,
    );
    await db.query(`DELETE FROM payment WHERE paid_on = '2024-06-20'`);
    expect(await stored()).toEqual(['75|2024-03-31']);
    await pay('75', null, 5);
    expect(await stored()).toEqual([]);
    expect(await db.query(`SELECT key FROM area_rollup WHERE figure = 'other'`)).toEqual([{ key: 'x' }]);
  });

  it('nothing is kept while a writer is in flight, and the writer forgets what was kept before it', async () => {
    const writer = db.createQueryRunner();
    await writer.startTransaction();
    await writer.query(`INSERT INTO payment (unit, paid_on, amount) VALUES ('75', '2024-01-05', 9)`);
    // The writer holds the rollup lock (shared) until it commits: the figure is computed but not kept.
    expect(await figure('75|2024-03-31')).toEqual([100]);
    expect(await stored()).toEqual([]);
    await writer.commitTransaction();
    await writer.release();
    expect(await figure('75|2024-03-31')).toEqual([109]);
    expect(await stored()).toEqual(['75|2024-03-31']);
  });

  it('a write that lands while a rollup is computed keeps it from being kept', async () => {
    const racing = rolledUp(
      db,
      'toy.total',
      (k) => k.split('|')[1]!,
      async (keys) => {
        const values = await totals(keys);
        await pay('75', '2024-01-02', 5); // committed between the computation and the keeping
        return values;
      },
    );
    expect((await racing(['75|2024-03-31'])).map((v) => v.total)).toEqual([100]);
    expect(await stored()).toEqual([]);
    expect(await figure('75|2024-03-31')).toEqual([105]);
  });

  it('many missing at once (more than the pool has connections) are all computed and kept', async () => {
    const days = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-28`);
    const answers = await Promise.all(days.map((d) => figure(`75|${d}`)));
    expect(answers.flat()).toEqual(days.map((d) => (d >= '2024-06-20' ? 150 : d >= '2024-03-10' ? 100 : 0)));
    expect(await stored()).toHaveLength(12);
  });

  it('refuses names that are not plain SQL', () => {
    expect(() => forgetAreaRollupsOn({ table: 'payment; DROP', figures: ['x'], dates: [] })).toThrow(
      'not a plain SQL name',
    );
    expect(() => forgetAreaRollupsOn({ table: 'payment', figures: ["x'"], dates: [] })).toThrow(
      'name the figures',
    );
  });
});
