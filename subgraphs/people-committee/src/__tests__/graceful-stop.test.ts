import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { postGraphQL, serveTestGatewayKeys, testToken } from '@chung-tay/common/testing';
import { createTestDatabase, pathOnlyEnv } from '@chung-tay/common';

// The subgraph process as `npm start` runs it, stopped with SIGTERM while a request is in flight: the request is
// held by a lock on the table it reads, taken from another connection and released only after the stop began.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let locker: Client;
let gatewayKeys: Awaited<ReturnType<typeof serveTestGatewayKeys>>;
const children: ChildProcess[] = [];
const PC = { subgraph: 'people-committee' };

async function startSubgraphProcess(env: Record<string, string> = {}) {
  const child = fork(join(__dirname, '../../dist/index.js'), [], {
    env: {
      ...pathOnlyEnv(),
      PEOPLE_COMMITTEE_DATABASE_URL: database.url,
      PEOPLE_COMMITTEE_PORT: '0',
      GATEWAY_JWKS_URL: gatewayKeys.url,
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (m: { type?: string; url?: string }) => m.type === 'ready' && resolve(m.url!));
    child.once('exit', (code) => reject(new Error(`the subgraph exited (${code}) before it was ready`)));
  });
  return { child, url, exited };
}

beforeAll(async () => {
  database = await createTestDatabase();
  gatewayKeys = await serveTestGatewayKeys();
  locker = new Client({ connectionString: database.url });
  await locker.connect();
});

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await locker?.end().catch(() => undefined);
  await database?.drop();
  await gatewayKeys?.close();
});

const STANDARDS = `{ povertyStandards { code legalBasis validFrom validTo urbanPovertyLine indicators } }`;
const token = () => testToken({ org: 'people-committee', units: ['75'], roles: ['viewer'] });

/** Holds every statement reading poverty_standard until release(); resolves once a request waits on it. */
async function holdStandards() {
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE poverty_standard IN ACCESS EXCLUSIVE MODE');
  return {
    waiting: async () => {
      for (const until = Date.now() + 5_000; Date.now() < until;) {
        const { rows } = await locker.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE application_name = 'chung-tay' AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the request never reached the locked table');
    },
    release: () => locker.query('COMMIT'),
  };
}

// Each test starts a subgraph process on a new database (migrations first): on a loaded two-core machine that alone
// has taken over 20 s, so the limit leaves room for it; the stop itself is timed inside the test.
it('lets a request in flight finish, refuses new connections, and exits 0', async () => {
  const { child, url, exited } = await startSubgraphProcess();
  const expected = await postGraphQL(url, STANDARDS, {}, await token(), PC);
  expect(expected.errors).toBeUndefined();
  expect(expected.data!.povertyStandards.length).toBeGreaterThan(1);

  const lock = await holdStandards();
  const inFlight = postGraphQL(url, STANDARDS, {}, await token(), PC);
  await lock.waiting();

  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The listening socket is closed at once: a new connection is refused, while the request waits on the lock.
  await expect(fetch(url.replace('/graphql', '/healthz'))).rejects.toThrow();
  expect(child.exitCode).toBeNull();

  await lock.release();
  expect(await inFlight).toEqual(expected); // status 200 and the full data
  expect(await exited).toBe(0);
}, 60_000);

it('cuts a request still running after GRACEFUL_STOP_MS and exits anyway', async () => {
  const { child, url, exited } = await startSubgraphProcess({ GRACEFUL_STOP_MS: '500' });
  const lock = await holdStandards();
  try {
    const inFlight = postGraphQL(url, STANDARDS, {}, await token(), PC);
    await lock.waiting();
    const stopped = Date.now();
    child.kill('SIGTERM');
    await expect(inFlight).rejects.toThrow(); // its connection is cut: the caller sees the failure
    expect(await exited).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(4_000);
  } finally {
    await lock.release();
  }
}, 60_000);
