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

  it('asks a subgraph for a way to verify tokens', () => {
    const env = subgraphEnv({ name: 'people-committee', envPrefix: 'PEOPLE_COMMITTEE', defaultPort: 4001 });
    expect(() => parseEnv(env, { PEOPLE_COMMITTEE_DATABASE_URL: 'postgres://a@b/c' })).toThrow(
      /GATEWAY_SIGNING_SECRET: is required[\s\S]*JWT_SECRET: set JWT_SECRET/,
    );
  });
});
