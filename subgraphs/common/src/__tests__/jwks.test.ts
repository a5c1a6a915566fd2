import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '../auth/token';

let server: Server;
let url: string;
let privateKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey as KeyLike;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'hub-1', alg: 'RS256', use: 'sig' };
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const sign = (key: KeyLike, kid = 'hub-1') =>
  new SignJWT({ org: 'microfinance', units: ['75'], roles: ['officer'] })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer('chung-tay')
    .setAudience('chung-tay-hub')
    .setSubject('loan-officer-7')
    .setExpirationTime('5m')
    .sign(key);

describe('tokens verified with keys from a JWKS URL', () => {
  it('accepts a token signed by a key the URL publishes, and refuses one signed by another key', async () => {
    const verify = createTokenVerifier({
      JWT_JWKS_URL: url,
      JWT_ISSUER: 'chung-tay',
      JWT_AUDIENCE: 'chung-tay-hub',
    });
    await expect(verify(`Bearer ${await sign(privateKey)}`)).resolves.toMatchObject({ org: 'microfinance' });
    const other = (await generateKeyPair('RS256')).privateKey as KeyLike;
    await expect(verify(`Bearer ${await sign(other)}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
