import 'reflect-metadata';
import { DataSource, EntitySchema, type Logger } from 'typeorm';
import { createTestDatabase } from '../database/embedded-postgres';
import { createGroupByColumnLoader } from '../loaders';

// The kit's find-and-group loader against a real PostgreSQL: a pledge's payments, grouped by the column that points
// at the pledge, in the order asked for, in one statement for every key asked for in a tick.
interface Payment {
  id: number;
  pledgeId: string;
  month: string;
}
const PaymentSchema = new EntitySchema<Payment>({
  name: 'Payment',
  tableName: 'payment',
  columns: {
    id: { type: Number, primary: true },
    pledgeId: { type: 'text', name: 'pledge_id' },
    month: { type: 'text' },
  },
});

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
const statements: string[] = [];
const logger: Logger = {
  logQuery: (query) => void statements.push(query),
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

beforeAll(async () => {
  database = await createTestDatabase();
  db = new DataSource({
    type: 'postgres',
    url: database.url,
    poolSize: 2,
    entities: [PaymentSchema],
    logging: ['query'],
    logger,
  });
  await db.initialize();
  await db.query('CREATE TABLE payment (id int PRIMARY KEY, pledge_id text NOT NULL, month text NOT NULL)');
  await db.query(`INSERT INTO payment VALUES (1, 'p1', '2026-03'), (2, 'p2', '2026-01'), (3, 'p1', '2026-01'),
    (4, 'p9', '2026-02'), (5, 'p1', '2026-02')`);
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('createGroupByColumnLoader', () => {
  it("groups each key's rows in the order asked for, with an empty list for a key without rows", async () => {
    const loader = createGroupByColumnLoader(db.getRepository(PaymentSchema), 'pledgeId', { month: 'ASC' });
    statements.length = 0;
    const [p1, none, p2] = await Promise.all(['p1', 'p3', 'p2'].map((k) => loader.load(k)));
    expect(p1.map((p) => [p.id, p.month])).toEqual([
      [3, '2026-01'],
      [5, '2026-02'],
      [1, '2026-03'],
    ]);
    expect(none).toEqual([]);
    expect(p2.map((p) => p.id)).toEqual([2]);
    expect(statements).toHaveLength(1);
  });

  it('follows the order it is given (newest first)', async () => {
    const loader = createGroupByColumnLoader(db.getRepository(PaymentSchema), 'pledgeId', { month: 'DESC' });
    expect((await loader.load('p1')).map((p) => p.id)).toEqual([1, 5, 3]);
  });
});
