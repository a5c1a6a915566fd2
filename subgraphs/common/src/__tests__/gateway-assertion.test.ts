import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, createRemoteJWKSet, SignJWT, type JWK } from 'jose';
import {
  assertionVerifier,
  bodyHash,
  issueAssertion,
  issueAssertionSync,
  type AssertedCaller,
  type AssertionSigner,
} from '../auth/gateway-assertion';
import { testGatewayKey, TEST_AUTH } from '../testing/subgraph-harness';

const gateway = testGatewayKey('gateway-key-1');
const FF = 'fatherland-front';
const caller: AssertedCaller = {
  subject: 'user-8f2c',
  org: 'fatherland-front',
  units: ['75'],
  roles: ['officer'],
  name: 'Lê Thị Hoa',
};
const request = { method: 'POST', path: '/graphql', body: '{"query":"{ __typename }"}' };
const now = Date.parse('2026-11-23T10:00:00Z');
const verify = assertionVerifier({ subgraph: FF, keys: gateway.keys });

const problem = async (assertion: string | undefined, over: Partial<typeof request> = {}, at = now) => {
  const check = await verify(assertion, { ...request, ...over }, at);
  return check.ok ? null : check.problem;
};

/** An assertion with every claim the gateway sets, changed as `edit` says, signed as `sign` says. */
async function handMade(
  edit: (claims: Record<string, unknown>) => void = () => {},
  header: Record<string, unknown> = { alg: 'ES256', kid: gateway.signer.kid, typ: 'chung-tay-assertion+jwt' },
  key: AssertionSigner['key'] | Uint8Array = gateway.signer.key,
) {
  const iat = now / 1000;
  const claims: Record<string, unknown> = {
    iss: 'chung-tay-gateway',
    aud: FF,
    sub: caller.subject,
    org: caller.org,
    units: caller.units,
    roles: caller.roles,
    jti: '0b6f3c1e-9a7d-4c52-8e1f-2d3b4a5c6d7e',
    iat,
    exp: iat + 30,
    htm: 'POST',
    htu: '/graphql',
    bsh: bodyHash(request.body),
  };
  edit(claims);
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(key);
}

describe('gateway assertions', () => {
  it('speak for the caller the gateway verified, once (jti), until exp', async () => {
    const assertion = await issueAssertion(gateway.signer, FF, caller, request, now);
    const check = await verify(assertion, request, now + 5_000);
    expect(check).toEqual({
      ok: true,
      assertion: { caller, jti: expect.stringMatching(/^[0-9a-f-]{36}$/), expires: now / 1000 + 30 },
    });
  });

  it('made without waiting (for the load generator) are the same assertions', async () => {
    const sync = issueAssertionSync(gateway.signer, FF, caller, request, now);
    const check = await verify(sync, request, now);
    expect(check).toMatchObject({ ok: true, assertion: { caller, expires: now / 1000 + 30 } });
    const [header, claims] = sync
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    const [asyncHeader, asyncClaims] = (await issueAssertion(gateway.signer, FF, caller, request, now))
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual(asyncHeader);
    expect({ ...claims, jti: 'x' }).toEqual({ ...asyncClaims, jti: 'x' });
    expect(await problem(sync, { path: '/other' })).toMatch(/another request/);
  });

  it('give every request a new jti', async () => {
    const jtis = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const check = await verify(
          await issueAssertion(gateway.signer, FF, caller, request, now),
          request,
          now,
        );
        return check.ok ? check.assertion.jti : null;
      }),
    );
    expect(new Set(jtis).size).toBe(20);
  });

  it('made for subgraph A are refused by B', async () => {
    const forLabour = await issueAssertion(gateway.signer, 'labour-union', caller, request, now);
    expect(await problem(forLabour)).toBe(
      "The gateway's assertion is refused: it was issued for another subgraph",
    );
    expect(
      (await assertionVerifier({ subgraph: 'labour-union', keys: gateway.keys })(forLabour, request, now)).ok,
    ).toBe(true);
  });

  it('are refused when "aud" is a list, even one naming this subgraph: an assertion speaks to one subgraph', async () => {
    const alone =
      'The gateway\'s assertion is refused: its "aud" must be this subgraph\'s name alone, not a list';
    expect(await problem(await handMade((c) => (c.aud = [FF, 'labour-union'])))).toBe(alone);
    expect(await problem(await handMade((c) => (c.aud = [FF])))).toBe(alone);
    expect(await problem(await handMade((c) => (c.aud = FF)))).toBeNull();
  });

  it('bind the exact body, method and path', async () => {
    const assertion = await issueAssertion(gateway.signer, FF, caller, request, now);
    const otherRequest = "The gateway's assertion is refused: it was issued for another request";
    expect(await problem(assertion, { body: request.body.replace('__typename', '__typename ') })).toBe(
      otherRequest,
    );
    expect(await problem(assertion, { method: 'GET' })).toBe(otherRequest);
    expect(await problem(assertion, { path: '/graphql?x=1' })).toBe(otherRequest);
  });

  it('are refused once expired, when valid for over 60 s, or issued in the future', async () => {
    const assertion = await issueAssertion(gateway.signer, FF, caller, request, now);
    expect(await problem(assertion, {}, now + 41_000)).toMatch(/it has expired/);
    expect(await problem(assertion, {}, now + 39_000)).toBeNull(); // 30 s lifetime + 10 s skew
    const long = await handMade((c) => (c.exp = (c.iat as number) + 61));
    expect(await problem(long)).toMatch(/valid for at most 60 s/);
    expect(await problem(await handMade((c) => (c.exp = (c.iat as number) + 60)))).toBeNull();
    const future = await handMade(
      (c) => ((c.iat = (c.iat as number) + 30), (c.exp = (c.iat as number) + 30)),
    );
    expect(await problem(future)).toMatch(/issued in the future/);
  });

  it('are refused without the claims that bind them, or with another typ or issuer', async () => {
    for (const claim of ['jti', 'sub', 'exp', 'iat'])
      expect(await problem(await handMade((c) => delete c[claim]))).toMatch(
        new RegExp(`no "${claim}" claim`),
      );
    expect(await problem(await handMade((c) => (c.jti = 'not-a-uuid')))).toMatch(
      /jti must be a lower-case UUID/,
    );
    expect(await problem(await handMade((c) => (c.iss = 'chung-tay')))).toMatch(/"iss" is not accepted/);
    for (const typ of ['JWT', 'at+jwt', undefined])
      expect(
        await problem(await handMade(undefined, { alg: 'ES256', kid: gateway.signer.kid, typ })),
      ).toMatch(/"typ" is not accepted/);
  });

  it('are refused when they name no organisation, roles or units in force', async () => {
    expect(await problem(await handMade((c) => (c.org = 'nobody')))).toMatch(/names no known organisation/);
    expect(await problem(await handMade((c) => (c.roles = ['root'])))).toMatch(/"roles" claim/);
    expect(await problem(await handMade((c) => (c.units = ['70'])))).toMatch(/unit 70 was retired/);
  });

  it('signed by a key the gateway does not publish, or with a secret, are refused', async () => {
    const stranger = testGatewayKey(gateway.signer.kid); // same kid, another key
    expect(await problem(await issueAssertion(stranger.signer, FF, caller, request, now))).toMatch(
      /signature does not verify/,
    );
    const unlisted = testGatewayKey('someone-elses-key');
    expect(await problem(await issueAssertion(unlisted.signer, FF, caller, request, now))).toMatch(
      /a key the gateway's JWKS does not list/,
    );
    // Whatever secret a subgraph holds (its DISCLOSURE_KEY, an old JWT secret), HS256 is never accepted.
    for (const secret of ['d'.repeat(40), TEST_AUTH.JWT_SECRET]) {
      const hs = await handMade(
        undefined,
        { alg: 'HS256', kid: gateway.signer.kid, typ: 'chung-tay-assertion+jwt' },
        new TextEncoder().encode(secret),
      );
      expect(await problem(hs)).toMatch(/must be signed ES256/);
    }
    const [, claims] = (await handMade()).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'chung-tay-assertion+jwt' })).toString(
      'base64url',
    );
    expect(await problem(`${none}.${claims}.`)).toMatch(/must be signed ES256/);
  });

  it('are required: a request without one, or with a user token instead, is refused', async () => {
    expect(await problem(undefined)).toMatch(/answers only requests the gateway sends/);
    expect(await problem('')).toMatch(/answers only requests the gateway sends/);
    const userToken = await new SignJWT({ org: 'fatherland-front', units: ['75'], roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: gateway.signer.kid })
      .setSubject('x')
      .setIssuedAt(now / 1000)
      .setExpirationTime(now / 1000 + 30)
      .sign(gateway.signer.key);
    expect(await problem(userToken)).toMatch(/"typ" is not accepted/);
  });
});

describe('rotating the gateway key', () => {
  let server: Server;
  let published: JWK[] = [];
  beforeAll(async () => {
    server = createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: published })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => server.close());

  it('accepts both keys while both are published, and refuses the old one once dropped and refetched', async () => {
    const [oldKey, newKey] = [testGatewayKey('2026-01'), testGatewayKey('2026-11')];
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`);
    // A short cache so the test need not wait ten minutes for the refetch production would make.
    const keys = createRemoteJWKSet(url, { cacheMaxAge: 200, cooldownDuration: 0 });
    const check = (signer: AssertionSigner) =>
      issueAssertion(signer, FF, caller, request).then((a) =>
        assertionVerifier({ subgraph: FF, keys })(a, request),
      );

    published = [oldKey.jwk];
    expect((await check(oldKey.signer)).ok).toBe(true);
    // 1. Publish the new key beside the old: a subgraph that meets the new kid fetches the set again.
    published = [oldKey.jwk, newKey.jwk];
    expect((await check(newKey.signer)).ok).toBe(true);
    expect((await check(oldKey.signer)).ok).toBe(true);
    // 2. The gateway signs with the new key; 3. the old key is dropped and, once the set is fetched again, refused.
    published = [newKey.jwk];
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await check(oldKey.signer)).toEqual({
      ok: false,
      problem: "The gateway's assertion is refused: it is signed by a key the gateway's JWKS does not list",
    });
    expect((await check(newKey.signer)).ok).toBe(true);
  });

  it("says so when the gateway's keys cannot be fetched", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const keys = createRemoteJWKSet(new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`));
    const a = await issueAssertion(gateway.signer, FF, caller, request);
    expect(await assertionVerifier({ subgraph: FF, keys })(a, request)).toEqual({
      ok: false,
      problem:
        "The gateway's assertion is refused: the gateway's public keys could not be read (GATEWAY_JWKS_URL)",
    });
  });

  it('a local key set never accepts a key it does not list', async () => {
    const only = createLocalJWKSet({ keys: [gateway.jwk] });
    const other = testGatewayKey('other');
    const a = await issueAssertion(other.signer, FF, caller, request, now);
    expect((await assertionVerifier({ subgraph: FF, keys: only })(a, request, now)).ok).toBe(false);
  });
});
