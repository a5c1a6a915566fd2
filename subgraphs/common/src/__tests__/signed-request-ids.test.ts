import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  RETENTION_MARGIN_SECONDS,
  signedRequestIds,
  SignedRequestIds1763900010700,
} from '../auth/signed-request-ids';
import { createDatabase, type Database } from '../database/data-source';
import { createTestDatabase } from '../database/embedded-postgres';

// The store each subgraph keeps of the request ids it answered, over a real PostgreSQL.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let ids: ReturnType<typeof signedRequestIds>;
const now = Math.floor(Date.now() / 1000);

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ url: database.url, entities: [], migrations: [SignedRequestIds1763900010700] });
  await db.dataSource.initialize();
  const q = db.dataSource.createQueryRunner();
  await new SignedRequestIds1763900010700().up(q);
  await q.release();
  ids = signedRequestIds(db.dataSource);
}, 120_000);

afterAll(async () => {
  ids?.stop();
  await db?.dataSource.destroy();
  await database?.drop();
});

const remembered = async () =>
  Number((await db.dataSource.query('SELECT count(*) AS n FROM signed_request_id'))[0].n);

describe('signed request ids', () => {
  it('answer an id once and refuse it every time after', async () => {
    const id = randomUUID();
    expect(await ids.firstUse(id, now + 300)).toBe(true);
    expect(await ids.firstUse(id, now + 300)).toBe(false);
    expect(await ids.firstUse(id, now + 300)).toBe(false);
    expect(await ids.firstUse(randomUUID(), now + 300)).toBe(true);
  });

  it('let exactly one of many simultaneous uses of an id through', async () => {
    const id = randomUUID();
    const uses = await Promise.all(Array.from({ length: 12 }, () => ids.firstUse(id, now + 300)));
    expect(uses.filter(Boolean)).toHaveLength(1);
  });

  it('forget ids only once their signatures have expired, with a margin for other replicas’ clocks', async () => {
    await db.dataSource.query('TRUNCATE signed_request_id');
    const expired = randomUUID();
    const live = randomUUID();
    await ids.firstUse(expired, now - 10);
    await ids.firstUse(live, now + 300);
    // Within the margin both are kept; past it the expired one goes and the live one stays refused.
    expect(await ids.purge(now * 1000)).toBe(0);
    expect(await ids.purge((now - 10 + RETENTION_MARGIN_SECONDS + 1) * 1000)).toBe(1);
    expect(await remembered()).toBe(1);
    expect(await ids.firstUse(live, now + 300)).toBe(false);
  });

  it('are counted apart from the statements operations send', async () => {
    db.queries.reset();
    await ids.firstUse(randomUUID(), now + 300);
    await ids.purge();
    expect([db.queries.count, db.queries.requestIds]).toEqual([0, 2]);
  });
});
