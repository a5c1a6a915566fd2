import { pathOnlyEnv } from '@chung-tay/common';
import { fork } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import {
  startLocalIssuer,
  testGatewayKeysFile,
  testToken,
  type LocalIssuer,
} from '@chung-tay/common/testing';

// The gateway process as it runs in production, pointed at a local OpenID Connect issuer: a token signed with the
// issuer's ES256 key gets through /graphql's sign-in check to the People's Committee (a stand-in); an HS256 token,
// as `npm run token` makes, is refused before any subgraph is asked.
let issuer: LocalIssuer;
let pc: Server;
let pcRequests = 0;

beforeAll(async () => {
  issuer = await startLocalIssuer(['ES256']);
  pc = createServer((req, res) => {
    pcRequests += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { household: { __typename: 'Household', id: 'h1', code: 'HH-1' } } }));
    });
  });
  await new Promise<void>((r) => pc.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  pc.closeAllConnections();
  await new Promise((r) => pc.close(r));
  await issuer.stop();
});

function startGatewayProcess(env: Record<string, string>) {
  const child = fork(join(__dirname, '../../dist/index.js'), [], {
    env: {
      ...pathOnlyEnv(),
      GATEWAY_SIGNING_KEYS_FILE: testGatewayKeysFile(),
      GATEWAY_PORT: '0',
      GATEWAY_HOST: '127.0.0.1',
      SUPERGRAPH_PATH: resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'),
      DASHBOARD_DIR: '/nonexistent',
      PEOPLE_COMMITTEE_URL: `http://127.0.0.1:${(pc.address() as AddressInfo).port}/graphql`,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  const ready = new Promise<string>((r, reject) => {
    child.on('message', (m: { type?: string; url?: string }) => m.type === 'ready' && r(m.url!));
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}): ${stderr}`)));
  });
  return { child, ready, exited, stderr: () => stderr };
}

const household = (url: string, token: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ household(id: "h1") { id code } }' }),
  });

it('in production accepts the identity provider’s ES256 tokens and refuses HS256 ones', async () => {
  const gateway = startGatewayProcess({ NODE_ENV: 'production', OIDC_ISSUER: issuer.issuer });
  try {
    const url = await gateway.ready;
    const es256 = await issuer.sign({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
    const accepted = await household(url, es256);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ data: { household: { id: 'h1', code: 'HH-1' } } });

    const before = pcRequests;
    const hs256 = await testToken({ org: 'people-committee', units: ['75'], roles: ['admin'] });
    const refused = await household(url, hs256);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message:
            'Token rejected: HS256 tokens are for development; in production tokens come from the identity provider',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(pcRequests).toBe(before);

    // An ID token the provider signed with the hub's audience is no access token.
    const idToken = await issuer.sign(
      { org: 'people-committee', units: ['75'], roles: ['viewer'], typ: 'ID', nonce: 'n-0S6' },
      undefined,
      { typ: 'JWT' },
    );
    const notAccess = await household(url, idToken);
    expect(notAccess.status).toBe(401);
    expect(await notAccess.json()).toEqual({
      errors: [
        {
          message: 'Token rejected: this is an ID token, not an access token; send the access token',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(pcRequests).toBe(before);
  } finally {
    gateway.child.kill('SIGTERM');
    await gateway.exited;
  }
}, 60_000);

it('refuses to start in production with JWT_SECRET, naming it', async () => {
  const gateway = startGatewayProcess({
    NODE_ENV: 'production',
    OIDC_ISSUER: issuer.issuer,
    JWT_SECRET: 's'.repeat(40),
  });
  // A gateway that starts after all is stopped again, so the failing test leaves nothing running.
  const outcome = await Promise.race([
    gateway.exited,
    gateway.ready.then(
      () => 'started',
      () => 'exited',
    ),
  ]);
  if (outcome === 'started') gateway.child.kill('SIGTERM');
  expect(await gateway.exited).toBe(1);
  expect(gateway.stderr()).toContain(
    'JWT_SECRET: HS256 tokens are for development; in production set OIDC_ISSUER (or JWT_JWKS_URL and JWT_ISSUER) and unset JWT_SECRET',
  );
}, 60_000);

it('refuses to start in production with an issuer over plain http off this machine, naming it', async () => {
  const gateway = startGatewayProcess({
    NODE_ENV: 'production',
    OIDC_ISSUER: 'http://id.example.vn/realms/hub',
  });
  const outcome = await Promise.race([
    gateway.exited,
    gateway.ready.then(
      () => 'started',
      () => 'exited',
    ),
  ]);
  if (outcome === 'started') gateway.child.kill('SIGTERM');
  expect(await gateway.exited).toBe(1);
  expect(gateway.stderr()).toContain(
    'OIDC_ISSUER: must be an https URL in production (or a loopback address): the keys every request is checked against must not be replaceable on the network',
  );
}, 60_000);
