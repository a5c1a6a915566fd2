import { pathOnlyEnv } from '@chung-tay/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityDataDir, readIdentityData } from '@chung-tay/identity';
import { superviseIdentity } from '../identity-service';
import { DEFAULT_RESTART_POLICY } from '../restart-policy';
import { signInNotice } from '../sign-in-notice';
import type { Supervised } from '../supervisor';

const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-identity-service-'));
const lines: string[] = [];
let identity: Supervised;
afterAll(async () => {
  await identity?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the provider sends a browser that starts the dashboard's sign-in with this redirect URI. */
async function authorize(issuer: string, redirectUri: string) {
  const url = new URL(`${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: 'chung-tay-dashboard',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  }).toString();
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') ?? '' };
}

test("the hub runs the provider over <dataDir>/identity for the gateway's origins, restarts it on the same issuer, and prints its accounts", async () => {
  identity = superviseIdentity({
    dataDir,
    gatewayPort: 45987,
    randomPorts: true,
    // The hub's environment is not passed on wholesale: a NODE_OPTIONS the provider could not start with stands for
    // any other service's setting or secret (JWT_SECRET, database URLs).
    env: {
      ...pathOnlyEnv(),
      JWT_SECRET: 'x'.repeat(32),
      NODE_OPTIONS: '--require=/nonexistent-module.js',
    },
    stdio: 'pipe',
    policy: { ...DEFAULT_RESTART_POLICY, firstDelayMs: 100 },
    events: { log: (line) => lines.push(line), onStateChange: () => undefined, onGiveUp: () => undefined },
  });
  const issuer = (await identity.start()).url;
  expect(issuer).toMatch(/^http:\/\/localhost:\d+$/);
  const { accounts, toolClients } = readIdentityData(identityDataDir(dataDir));
  expect(accounts).toHaveLength(15);
  expect(toolClients).toHaveLength(5);

  // The dashboard served by the gateway, under either loopback name, may sign in; another address may not.
  for (const origin of ['http://localhost:45987', 'http://127.0.0.1:45987'])
    expect((await authorize(issuer, `${origin}/dashboard/`)).location).toMatch(/^\/interaction\//);
  const elsewhere = await authorize(issuer, 'http://localhost:1/dashboard/');
  expect(elsewhere.status).toBe(400);

  // A crash: the supervisor starts it again on the port it had, so the issuer in tokens and in the gateway holds.
  const pid = identity.pid!;
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 200 && !(identity.state === 'running' && identity.pid !== pid); i++) await sleep(100);
  expect(identity.pid).not.toBe(pid);
  for (let i = 0; i < 100 && !lines.some((l) => l.includes('identity is back')); i++) await sleep(100);
  expect(lines.join('\n')).toContain(`identity is back (${issuer},`);
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
  };
  expect(discovery.issuer).toBe(issuer);

  const notice = signInNotice({
    dataDir,
    identityUrl: issuer,
    dashboardUrl: 'http://localhost:45987/dashboard/',
    own: true,
  });
  for (const a of accounts) expect(notice).toMatch(new RegExp(`${a.username} +${a.password} `));
  for (const c of toolClients) expect(notice).toMatch(new RegExp(`${c.clientId} +${c.secret} `));
  expect(notice).toContain(`${issuer}/token`);
  expect(notice).toContain('DEVELOPMENT ONLY');
});
