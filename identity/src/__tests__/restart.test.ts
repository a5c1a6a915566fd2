import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as oauth from 'oauth4webapi';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { IDENTITY_FILES } from '../data-folder';
import { readIdentityData } from '../identity-data';
import { removeDataDir, startIdentityProcess, tempDataDir } from './identity-process';

const insecure = { [oauth.allowInsecureRequests]: true };
const dataDir = tempDataDir();
afterAll(() => removeDataDir(dataDir));

async function toolToken(issuer: string) {
  const as = await oauth.processDiscoveryResponse(
    new URL(issuer),
    await oauth.discoveryRequest(new URL(issuer), insecure),
  );
  const tool = readIdentityData(dataDir).toolClients[0]!;
  const client = { client_id: tool.clientId };
  const response = await oauth.clientCredentialsGrantRequest(
    as,
    client,
    oauth.ClientSecretBasic(tool.secret),
    new URLSearchParams(),
    insecure,
  );
  return { as, token: (await oauth.processClientCredentialsResponse(as, client, response)).access_token };
}

test('keys, passwords and secrets are made once, readable only by their owner, and the same after a restart', async () => {
  const first = await startIdentityProcess(dataDir);
  const before = readIdentityData(dataDir);
  const { token, as } = await toolToken(first.issuer);
  const jwksBefore = await (await fetch(as.jwks_uri!)).json();
  await first.stop();

  for (const file of Object.values(IDENTITY_FILES))
    expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600);
  expect(statSync(dataDir).mode & 0o777).toBe(0o700);

  const second = await startIdentityProcess(dataDir);
  try {
    expect(readIdentityData(dataDir)).toEqual(before);
    const after = await toolToken(second.issuer);
    expect(await (await fetch(after.as.jwks_uri!)).json()).toEqual(jwksBefore);
    // A token signed before the restart still verifies against the provider's keys after it.
    await expect(
      jwtVerify(token, createRemoteJWKSet(new URL(after.as.jwks_uri!)), { algorithms: ['ES256'] }),
    ).resolves.toBeDefined();
    // And the new one the same key signed.
    const kid = (t: string) => JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString()).kid;
    expect(kid(after.token)).toBe(kid(token));
  } finally {
    await second.stop();
  }
});
