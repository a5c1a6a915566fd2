import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Caller } from '../auth/caller';
import { createTestDatabase } from '../database/embedded-postgres';
import { HubError } from '../errors';
import { canonicalJson, IdempotencyKeys1763900009000, keepIds, once } from '../idempotency';

// A toy money mutation over a real PostgreSQL: records a payment, keyed.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
const officer: Caller = { subject: 'officer-1', org: 'microfinance', units: ['75'], roles: ['officer'] };
const other: Caller = { ...officer, subject: 'officer-2' };

interface Payment {
  id: string;
  amount: number;
}

function pay(
  caller: Caller,
  input: { amount: number; note?: string; idempotencyKey?: string },
  audit = new AuditTrail(),
  hold?: Promise<void>,
) {
  return db.transaction((em) =>
    once(
      em,
      { caller, audit },
      { key: input.idempotencyKey, operation: 'pay', request: input },
      async () => {
        const [row] = (await em.query('INSERT INTO payment (amount) VALUES ($1) RETURNING id, amount', [
          input.amount,
        ])) as Payment[];
        await hold;
        return { id: String(row!.id), amount: row!.amount };
      },
      {
        keep: keepIds,
        load: async ([id]) => {
          const [row] = (await em.query('SELECT id, amount FROM payment WHERE id = $1', [id])) as Payment[];
          return { id: String(row!.id), amount: row!.amount };
        },
      },
    ),
  );
}
const payments = async () => Number((await db.query('SELECT count(*) AS n FROM payment'))[0].n);
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof HubError ? (e.extensions.code as string) : String(e)),
  );

beforeAll(async () => {
  database = await createTestDatabase();
  db = new DataSource({ type: 'postgres', url: database.url, poolSize: 4 });
  await db.initialize();
  const q = db.createQueryRunner();
  await new IdempotencyKeys1763900009000().up(q);
  await q.query('CREATE TABLE payment (id serial PRIMARY KEY, amount int NOT NULL)');
  await q.release();
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

beforeEach(async () => {
  await db.query('TRUNCATE payment, idempotency_key');
});

describe('idempotency keys', () => {
  it('a retry with the same key returns the first result, records nothing and is marked replayed', async () => {
    const first = await pay(officer, { amount: 100, idempotencyKey: 'key-0001' });
    const audit = new AuditTrail();
    const again = await pay(officer, { idempotencyKey: 'key-0001', amount: 100 }, audit);
    expect(again).toEqual(first);
    expect(await payments()).toBe(1);
    expect(audit.wasReplayed('pay')).toBe(true);
  });

  it('the same key with a different request is a CONFLICT and writes nothing', async () => {
    await pay(officer, { amount: 100, idempotencyKey: 'key-0002' });
    await expect(pay(officer, { amount: 101, idempotencyKey: 'key-0002' })).rejects.toThrow(
      /idempotencyKey key-0002 was used for a different request/,
    );
    expect(await payments()).toBe(1);
  });

  it('keys belong to the caller: another officer with the same key records its own', async () => {
    await pay(officer, { amount: 100, idempotencyKey: 'key-0003' });
    await pay(other, { amount: 100, idempotencyKey: 'key-0003' });
    expect(await payments()).toBe(2);
  });

  it('two concurrent requests with one key: the second waits for the first and returns its result', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const a = pay(officer, { amount: 100, idempotencyKey: 'key-0004' }, new AuditTrail(), hold);
    await new Promise((r) => setTimeout(r, 100));
    const b = pay(officer, { amount: 100, idempotencyKey: 'key-0004' });
    await new Promise((r) => setTimeout(r, 100));
    release();
    const [x, y] = await Promise.all([a, b]);
    expect(y).toEqual(x);
    expect(await payments()).toBe(1);
  });

  it('when the first request rolls back, a retry with its key runs', async () => {
    await expect(
      db.transaction(async (em) =>
        once(
          em,
          { caller: officer },
          { key: 'key-0005', operation: 'pay', request: {} },
          () => Promise.reject(new Error('refused')),
          { keep: () => null, load: async () => null },
        ),
      ),
    ).rejects.toThrow('refused');
    await pay(officer, { amount: 100, idempotencyKey: 'key-0005' });
    expect(await payments()).toBe(1);
  });

  it('a bad key is BAD_USER_INPUT; no key records every time', async () => {
    expect(await codeOf(pay(officer, { amount: 1, idempotencyKey: 'short' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(pay(officer, { amount: 1, idempotencyKey: 'has space in it' }))).toBe(
      'BAD_USER_INPUT',
    );
    await pay(officer, { amount: 1 });
    await pay(officer, { amount: 1 });
    expect(await payments()).toBe(2);
  });

  it('hashes inputs whatever the order of their fields', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});
