import {
  startRestartablePostgres,
  startSubgraphHarness,
  testToken,
  type RestartablePostgres,
  type SubgraphHarness,
} from '@chung-tay/common/testing';
import { createServer, type Socket } from 'node:net';
import { peopleCommittee } from '../subgraph';

// The database restarting under a running subgraph: it answers not-ready (promptly) and clear errors meanwhile,
// stays up, and serves again once PostgreSQL is back, without being restarted itself.
let pg: RestartablePostgres;
let h: SubgraphHarness;
let token: string;

const readyz = async () => {
  const started = Date.now();
  const res = await fetch(h.url.replace('/graphql', '/readyz'));
  return { status: res.status, body: await res.json(), ms: Date.now() - started };
};
const STANDARDS = `{ povertyStandards { code } }`;

beforeAll(async () => {
  pg = await startRestartablePostgres();
  h = await startSubgraphHarness(peopleCommittee, { adminUrl: pg.adminUrl });
  token = await testToken({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
}, 60_000);
afterAll(async () => {
  await h?.close().catch(() => undefined);
  await pg?.close();
});

it('reports not-ready while PostgreSQL is down and serves again when it is back, without a restart', async () => {
  expect((await readyz()).status).toBe(200);
  const before = await h.query(STANDARDS, {}, token);
  expect(before.errors).toBeUndefined();
  expect(before.data!.povertyStandards.length).toBeGreaterThan(0);

  await pg.stop(); // fast shutdown: the pool's open connections are cut

  const down = await readyz();
  expect(down).toMatchObject({ status: 503, body: { status: 'database unreachable' } });
  expect(down.ms).toBeLessThan(3_000);
  const failed = await h.query(STANDARDS, {}, token);
  expect(failed.data?.povertyStandards ?? null).toBeNull();
  expect(failed.errors?.[0]).toMatchObject({
    message: 'the database is unavailable (restarting or unreachable); try again shortly',
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
  expect((await fetch(h.url.replace('/graphql', '/healthz'))).status).toBe(200); // the process is still up

  // A database that takes connections and never answers (a hung host): still not-ready promptly, and a request
  // fails after the pool's connect timeout instead of hanging.
  const sockets: Socket[] = [];
  const hung = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => hung.listen(Number(new URL(pg.adminUrl).port), '127.0.0.1', resolve));
  const silent = await readyz();
  expect(silent.status).toBe(503);
  expect(silent.ms).toBeLessThan(3_000);
  const started = Date.now();
  const timedOut = await h.query(STANDARDS, {}, token);
  expect(timedOut.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  expect(Date.now() - started).toBeLessThan(8_000);
  sockets.forEach((socket) => socket.destroy());
  await new Promise((resolve) => hung.close(resolve));

  await pg.start();

  let ready = await readyz();
  for (const until = Date.now() + 10_000; ready.status !== 200 && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    ready = await readyz();
  }
  expect(ready.status).toBe(200);
  const after = await h.query(STANDARDS, {}, token);
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
});
