import { z } from 'zod';
import { ConfigurationError, parseEnv, port, postgresUrl } from '../env';
import { subgraphEnv } from '../server/run-subgraph';

describe('parseEnv', () => {
  const schema = z.object({ APP_PORT: port(4000), APP_DATABASE_URL: postgresUrl() });

  it('fills defaults and coerces numbers', () => {
    expect(parseEnv(schema, { APP_DATABASE_URL: 'postgres://x@h/db' })).toEqual({
      APP_PORT: 4000,
      APP_DATABASE_URL: 'postgres://x@h/db',
    });
  });

  it('names every bad variable at once', () => {
    let error: ConfigurationError | undefined;
    try {
      parseEnv(schema, { APP_PORT: '70000', APP_DATABASE_URL: 'mysql://nope' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.problems).toEqual([
      'APP_PORT: must be between 0 and 65535',
      'APP_DATABASE_URL: must be a postgres:// or postgresql:// URL',
    ]);
  });

  it("asks a subgraph for the gateway's public keys and for no secret of anyone else's", () => {
    const env = subgraphEnv({ name: 'people-committee', envPrefix: 'PEOPLE_COMMITTEE', defaultPort: 4001 });
    const base = { PEOPLE_COMMITTEE_DATABASE_URL: 'postgres://a@b/c' };
    expect(() => parseEnv(env, base)).toThrow(
      /GATEWAY_JWKS_URL: is required: the http\(s\) URL of the gateway's public keys/,
    );
    const parsed = parseEnv(env, {
      ...base,
      GATEWAY_JWKS_URL: 'http://127.0.0.1:4000/.well-known/jwks.json',
      JWT_SECRET: 'j'.repeat(40),
      GATEWAY_SIGNING_SECRET: 's'.repeat(40),
    });
    expect(parsed).toMatchObject({
      PEOPLE_COMMITTEE_PORT: 4001,
      GATEWAY_ASSERTION_ISSUER: 'chung-tay-gateway',
    });
    // Given or not, a subgraph takes no token secret and no gateway secret: it has no use for them.
    expect(Object.keys(parsed).filter((k) => /SECRET|JWT_/.test(k))).toEqual([]);
  });
});
