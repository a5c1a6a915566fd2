import { parseEnv } from '@chung-tay/common';
import { TEST_GATEWAY, testGatewayKeysFile } from '@chung-tay/common/testing';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayEnv, subgraphUrlOverrides } from '../env';

const keysFile = testGatewayKeysFile();

describe('gateway configuration', () => {
  it('points a subgraph elsewhere with <PREFIX>_URL', () => {
    const env = parseEnv(gatewayEnv, {
      PEOPLE_COMMITTEE_URL: 'http://10.0.0.5:4001/graphql',
      JWT_SECRET: 's'.repeat(32),
      GATEWAY_SIGNING_KEYS_FILE: keysFile,
    });
    expect(subgraphUrlOverrides(env)).toEqual({ 'people-committee': 'http://10.0.0.5:4001/graphql' });
    expect(env.GATEWAY_PORT).toBe(4000);
    expect(env.SUPERGRAPH_PATH).toMatch(/schema[/\\]supergraph\.graphql$/);
  });

  it('names a malformed subgraph URL', () => {
    expect(() => parseEnv(gatewayEnv, { PEOPLE_COMMITTEE_URL: 'not a url', GATEWAY_PORT: 'x' })).toThrow(
      /GATEWAY_PORT: must be a port number[\s\S]*PEOPLE_COMMITTEE_URL/,
    );
  });

  describe('refuses to start without its own assertion keys, saying what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-env-'));
    const file = (name: string, content: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    };
    const problem = (path?: string) => {
      try {
        parseEnv(gatewayEnv, {
          JWT_SECRET: 's'.repeat(32),
          ...(path ? { GATEWAY_SIGNING_KEYS_FILE: path } : {}),
        });
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const { d: _, ...publicOnly } = TEST_GATEWAY.privateJwk;
    it.each([
      [
        'not set',
        undefined,
        /GATEWAY_SIGNING_KEYS_FILE: is required: the path of the gateway's JSON Web Key Set/,
      ],
      ['missing', join(dir, 'nowhere.json'), /GATEWAY_SIGNING_KEYS_FILE: .*nowhere\.json: no such file/],
      ['not JSON', file('garbled.json', '{"keys": ['), /garbled\.json: not JSON/],
      ['not a key set', file('empty.json', { keys: [] }), /must be a JSON Web Key Set/],
      [
        'public keys only',
        file('public.json', { keys: [publicOnly] }),
        /key 1 is not a private key \(no "d"\)/,
      ],
      [
        'another kind of key',
        file('rsa.json', { keys: [{ kty: 'RSA', n: 'x', e: 'AQAB', d: 'y', kid: 'r' }] }),
        /key 1 must be an EC P-256 key/,
      ],
      [
        'without kid',
        file('nokid.json', { keys: [{ ...TEST_GATEWAY.privateJwk, kid: undefined }] }),
        /key 1 has no "kid"/,
      ],
    ])('%s', (_name, path, message) => expect(problem(path)).toMatch(message));

    it('unreadable', () => {
      const path = file('secret.json', { keys: [TEST_GATEWAY.privateJwk] });
      chmodSync(path, 0o000);
      // root reads any file; everyone else is refused.
      if (process.getuid?.() !== 0) expect(problem(path)).toMatch(/secret\.json: cannot read it \(EACCES\)/);
      chmodSync(path, 0o600);
      expect(problem(path)).toBeNull();
    });

    it('takes a set of several keys: the first signs, every one is published', () => {
      const second = { ...TEST_GATEWAY.privateJwk, kid: 'next' };
      const env = parseEnv(gatewayEnv, {
        JWT_SECRET: 's'.repeat(32),
        GATEWAY_SIGNING_KEYS_FILE: file('two.json', { keys: [TEST_GATEWAY.privateJwk, second] }),
      });
      expect(env.GATEWAY_SIGNING_KEYS_FILE.keys.map((k) => k.kid)).toEqual(['test-gateway-key', 'next']);
    });
  });
});

describe('gateway configuration: who may sign tokens', () => {
  const base = { GATEWAY_SIGNING_KEYS_FILE: testGatewayKeysFile() };
  const issuer = 'https://id.example.vn/realms/chung-tay';

  it('refuses JWT_SECRET in production, naming it and what to set instead', () => {
    expect(() =>
      parseEnv(gatewayEnv, {
        ...base,
        NODE_ENV: 'production',
        OIDC_ISSUER: issuer,
        JWT_SECRET: 's'.repeat(32),
      }),
    ).toThrow(
      'JWT_SECRET: HS256 tokens are for development; in production set OIDC_ISSUER (or JWT_JWKS_URL and JWT_ISSUER) and unset JWT_SECRET',
    );
  });

  it('requires OIDC_ISSUER or JWT_JWKS_URL in production', () => {
    expect(() => parseEnv(gatewayEnv, { ...base, NODE_ENV: 'production' })).toThrow(
      /OIDC_ISSUER: is required in production: the URL of the OpenID Connect issuer/,
    );
    expect(parseEnv(gatewayEnv, { ...base, NODE_ENV: 'production', OIDC_ISSUER: issuer }).OIDC_ISSUER).toBe(
      issuer,
    );
    expect(
      parseEnv(gatewayEnv, {
        ...base,
        NODE_ENV: 'production',
        JWT_JWKS_URL: `${issuer}/protocol/openid-connect/certs`,
        JWT_ISSUER: issuer,
      }).JWT_ISSUER,
    ).toBe(issuer);
  });

  it("refuses an issuer or key set over plain http in production, except on this machine's loopback", () => {
    const rule =
      'must be an https URL in production (or a loopback address): the keys every request is checked against must not be replaceable on the network';
    expect(() =>
      parseEnv(gatewayEnv, {
        ...base,
        NODE_ENV: 'production',
        OIDC_ISSUER: 'http://id.example.vn/realms/hub',
      }),
    ).toThrow(`OIDC_ISSUER: ${rule}`);
    expect(() =>
      parseEnv(gatewayEnv, {
        ...base,
        NODE_ENV: 'production',
        JWT_JWKS_URL: 'http://id.example.vn/certs',
        JWT_ISSUER: issuer,
      }),
    ).toThrow(`JWT_JWKS_URL: ${rule}`);
    for (const local of ['http://localhost:4010', 'http://127.0.0.1:4010'])
      expect(parseEnv(gatewayEnv, { ...base, NODE_ENV: 'production', OIDC_ISSUER: local }).OIDC_ISSUER).toBe(
        local,
      );
    expect(
      parseEnv(gatewayEnv, { ...base, OIDC_ISSUER: 'http://id.example.vn/realms/hub' }).OIDC_ISSUER,
    ).toBe('http://id.example.vn/realms/hub');
  });

  it('still takes JWT_SECRET alone in development, or with an issuer', () => {
    expect(parseEnv(gatewayEnv, { ...base, JWT_SECRET: 's'.repeat(32) }).NODE_ENV).toBe('development');
    expect(
      parseEnv(gatewayEnv, { ...base, JWT_SECRET: 's'.repeat(32), OIDC_ISSUER: issuer }).OIDC_ISSUER,
    ).toBe(issuer);
    expect(() => parseEnv(gatewayEnv, base)).toThrow(
      /OIDC_ISSUER: set OIDC_ISSUER \(or JWT_JWKS_URL\), or in development JWT_SECRET/,
    );
  });

  it('needs JWT_ISSUER with JWT_JWKS_URL, and one identity provider only', () => {
    const jwks = `${issuer}/protocol/openid-connect/certs`;
    expect(() => parseEnv(gatewayEnv, { ...base, NODE_ENV: 'production', JWT_JWKS_URL: jwks })).toThrow(
      /JWT_ISSUER: is required with JWT_JWKS_URL/,
    );
    expect(() =>
      parseEnv(gatewayEnv, {
        ...base,
        NODE_ENV: 'production',
        JWT_JWKS_URL: jwks,
        JWT_ISSUER: issuer,
        OIDC_ISSUER: issuer,
      }),
    ).toThrow(/JWT_JWKS_URL: set OIDC_ISSUER or JWT_JWKS_URL, not both/);
  });

  it('maps claims from dotted paths, defaulting to org, units and roles', () => {
    const env = parseEnv(gatewayEnv, {
      ...base,
      OIDC_ISSUER: issuer,
      JWT_CLAIM_ROLES: 'resource_access.chung-tay-hub.roles',
    });
    expect([env.JWT_CLAIM_ORG, env.JWT_CLAIM_UNITS, env.JWT_CLAIM_ROLES]).toEqual([
      'org',
      'units',
      'resource_access.chung-tay-hub.roles',
    ]);
    expect(() =>
      parseEnv(gatewayEnv, { ...base, OIDC_ISSUER: issuer, JWT_CLAIM_UNITS: 'attributes..units' }),
    ).toThrow(/JWT_CLAIM_UNITS: must be a claim name or a dotted path/);
  });
});
