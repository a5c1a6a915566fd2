import { parseEnv } from '@chung-tay/common';
import { gatewayEnv, subgraphUrlOverrides } from '../env';

describe('gateway configuration', () => {
  it('points a subgraph elsewhere with <PREFIX>_URL', () => {
    const env = parseEnv(gatewayEnv, {
      PEOPLE_COMMITTEE_URL: 'http://10.0.0.5:4001/graphql',
      JWT_SECRET: 's'.repeat(32),
      GATEWAY_SIGNING_SECRET: 'g'.repeat(32),
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
});

describe('gateway configuration: who may sign tokens', () => {
  const base = { GATEWAY_SIGNING_SECRET: 'g'.repeat(32) };
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
