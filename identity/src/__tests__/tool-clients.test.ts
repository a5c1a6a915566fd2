import * as oauth from 'oauth4webapi';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { ORGANISATIONS } from '@chung-tay/common';
import { readIdentityData } from '../identity-data';
import { removeDataDir, startIdentityProcess, tempDataDir, type IdentityProcess } from './identity-process';

const insecure = { [oauth.allowInsecureRequests]: true };
let identity: IdentityProcess;
let as: oauth.AuthorizationServer;

beforeAll(async () => {
  identity = await startIdentityProcess(tempDataDir(), { IDENTITY_ACCESS_TOKEN_TTL: '120' });
  const issuer = new URL(identity.issuer);
  as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
});
afterAll(async () => {
  await identity?.stop();
  if (identity) removeDataDir(identity.dataDir);
});

const requestToken = (clientId: string, secret: string) =>
  oauth.clientCredentialsGrantRequest(
    as,
    { client_id: clientId },
    oauth.ClientSecretBasic(secret),
    new URLSearchParams(),
    insecure,
  );

test('each organisation has one tool client with its own secret', () => {
  const { toolClients } = readIdentityData(identity.dataDir);
  expect(toolClients.map((c) => c.clientId).sort()).toEqual(ORGANISATIONS.map((o) => `${o}-tool`).sort());
  expect(new Set(toolClients.map((c) => c.secret)).size).toBe(ORGANISATIONS.length);
});

test('a tool gets a token with client credentials: its organisation, the demo unit, officer, sub = its client id', async () => {
  const tool = readIdentityData(identity.dataDir).toolClients.find((c) => c.org === 'microfinance')!;
  const tokens = await oauth.processClientCredentialsResponse(
    as,
    { client_id: tool.clientId },
    await requestToken(tool.clientId, tool.secret),
  );
  expect(tokens.refresh_token).toBeUndefined();
  const { payload, protectedHeader } = await jwtVerify(
    tokens.access_token,
    createRemoteJWKSet(new URL(as.jwks_uri!)),
    { issuer: identity.issuer, audience: 'chung-tay-hub', typ: 'at+jwt', algorithms: ['ES256'] },
  );
  expect(protectedHeader.alg).toBe('ES256');
  expect(payload).toMatchObject({
    sub: 'microfinance-tool',
    client_id: 'microfinance-tool',
    org: 'microfinance',
    units: ['75'],
    roles: ['officer'],
  });
  expect(payload.name).toBeUndefined();
  expect(payload.exp! - payload.iat!).toBe(120);
});

test("a wrong secret, or another organisation's secret, is refused", async () => {
  const { toolClients } = readIdentityData(identity.dataDir);
  const [first, second] = toolClients;
  for (const [client, secret] of [
    [first!, `${first!.secret}x`],
    [first!, second!.secret],
    [second!, first!.secret],
  ] as const) {
    const response = await requestToken(client.clientId, secret);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  }
});

test('the dashboard client cannot use client credentials', async () => {
  const response = await oauth.clientCredentialsGrantRequest(
    as,
    { client_id: 'chung-tay-dashboard' },
    oauth.None(),
    new URLSearchParams(),
    insecure,
  );
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({
    error: 'invalid_request',
    error_description: 'requested grant type is not allowed for this client',
  });
});
