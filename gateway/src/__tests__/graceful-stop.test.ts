import { pathOnlyEnv } from '@chung-tay/common';
import { fork } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { TEST_AUTH, testGatewayKeysFile, testToken } from '@chung-tay/common/testing';

// The gateway process as `npm start` runs it, stopped with SIGTERM while a request waits on the People's
// Committee (a stand-in that answers only when told): the request finishes, new connections are refused, exit 0.
let release: () => void = () => undefined;
let received: () => void = () => undefined;
let pc: Server;

beforeAll(async () => {
  pc = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received();
      release = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { household: { __typename: 'Household', id: 'h1', code: 'HH-1' } } }));
      };
    });
  });
  await new Promise<void>((r) => pc.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  pc.closeAllConnections();
  await new Promise((r) => pc.close(r));
});

it('lets a request in flight finish, refuses new connections, and exits 0', async () => {
  const pcUrl = `http://127.0.0.1:${(pc.address() as AddressInfo).port}/graphql`;
  const child = fork(join(__dirname, '../../dist/index.js'), [], {
    env: {
      ...pathOnlyEnv(),
      ...TEST_AUTH,
      GATEWAY_SIGNING_KEYS_FILE: testGatewayKeysFile(),
      GATEWAY_PORT: '0',
      GATEWAY_HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SUPERGRAPH_PATH: resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'),
      DASHBOARD_DIR: '/nonexistent',
      PEOPLE_COMMITTEE_URL: pcUrl,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    const url = await new Promise<string>((r, reject) => {
      child.on('message', (m: { type?: string; url?: string }) => m.type === 'ready' && r(m.url!));
      child.once('exit', (code) => reject(new Error(`the gateway exited (${code}) before it was ready`)));
    });
    const token = await testToken({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
    const atSubgraph = new Promise<void>((r) => (received = r));
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ household(id: "h1") { id code } }' }),
    });
    await atSubgraph;

    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(url.replace('/graphql', '/healthz'))).rejects.toThrow(); // refused
    expect(child.exitCode).toBeNull();

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { household: { id: 'h1', code: 'HH-1' } } });
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}, 60_000);
