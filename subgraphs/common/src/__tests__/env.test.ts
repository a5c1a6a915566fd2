import { z } from 'zod';
import {
  authEnvShape,
  authKeyUrlsRule,
  ConfigurationError,
  nodeEnv,
  parseEnv,
  port,
  postgresUrl,
} from '../env';
import { subgraphEnv, subgraphSettings } from '../server/run-subgraph';

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

describe("a subgraph's settings", () => {
  const info = { name: 'labour-union', envPrefix: 'LABOUR_UNION', defaultPort: 4002 } as const;
  const base = {
    LABOUR_UNION_DATABASE_URL: 'postgres://u@h/labour_union',
    GATEWAY_JWKS_URL: 'http://127.0.0.1:4000/.well-known/jwks.json',
  };

  it('reads its own prefixed variables under plain names, with the defaults of the registry', () => {
    expect(
      subgraphSettings(info, { ...base, LABOUR_UNION_HOST: '0.0.0.0', DEMO_DATA: 'true' }),
    ).toMatchObject({
      databaseUrl: 'postgres://u@h/labour_union',
      port: 4002,
      host: '0.0.0.0',
      demoData: true,
      demoProvince: '75',
      poolSize: 10,
    });
  });

  it("names a bad variable by its prefixed name and ignores another organisation's", () => {
    expect(() =>
      subgraphSettings(info, { ...base, LABOUR_UNION_PORT: '70000', WOMENS_UNION_PORT: 'x' }),
    ).toThrow('LABOUR_UNION_PORT: must be between 0 and 65535');
    expect(subgraphSettings(info, { ...base, WOMENS_UNION_PORT: '4100' }).port).toBe(4002);
  });
});

const HTTPS_RULE =
  'must be an https URL in production (or a loopback address): the keys every request is checked against must not be replaceable on the network';
const LOOPBACK = [
  'http://localhost:4000',
  'http://127.0.0.1:4000',
  'http://127.8.9.10:4000',
  'http://[::1]:4000',
];
const PLAIN = [
  'http://gateway.hub.example.vn',
  'http://10.0.0.5:4000',
  'http://localhost.example.vn',
  'http://[::2]',
  'http://127.0.0.1.nip.io',
];

describe("in production, the keys a service trusts come over https (or from this machine's loopback)", () => {
  const sg = subgraphEnv({ name: 'people-committee', envPrefix: 'PEOPLE_COMMITTEE', defaultPort: 4001 });
  const subgraph = (NODE_ENV: string, url: string) => () =>
    parseEnv(sg, {
      PEOPLE_COMMITTEE_DATABASE_URL: 'postgres://a@b/c',
      NODE_ENV,
      GATEWAY_JWKS_URL: `${url}/.well-known/jwks.json`,
    });
  const auth = z.object({ NODE_ENV: nodeEnv(), ...authEnvShape }).check(authKeyUrlsRule);

  it.each(PLAIN)("refuses a subgraph's GATEWAY_JWKS_URL over plain http at %s, naming it", (url) => {
    expect(subgraph('production', url)).toThrow(`GATEWAY_JWKS_URL: ${HTTPS_RULE}`);
  });

  it.each(['https://gateway.hub.example.vn', ...LOOPBACK])(
    'accepts GATEWAY_JWKS_URL %s in production',
    (url) => {
      expect(subgraph('production', url)()).toMatchObject({ NODE_ENV: 'production' });
    },
  );

  it.each(PLAIN)('keeps accepting http in development and tests (%s)', (url) => {
    expect(subgraph('development', url)()).toMatchObject({ NODE_ENV: 'development' });
    expect(subgraph('test', url)()).toMatchObject({ NODE_ENV: 'test' });
  });

  it.each(['OIDC_ISSUER', 'JWT_JWKS_URL'])("applies the rule to the gateway's %s (authEnvShape)", (name) => {
    const problems = (NODE_ENV: string, url: string) => {
      try {
        parseEnv(auth, { NODE_ENV, [name]: url });
        return [];
      } catch (error) {
        return (error as ConfigurationError).problems;
      }
    };
    for (const url of PLAIN) expect(problems('production', url)).toEqual([`${name}: ${HTTPS_RULE}`]);
    for (const url of ['https://id.example.vn/realms/hub', ...LOOPBACK])
      expect(problems('production', url)).toEqual([]);
    for (const url of PLAIN) expect(problems('development', url)).toEqual([]);
  });

  it('reports the rule alongside other bad variables', () => {
    expect(() =>
      parseEnv(sg, { NODE_ENV: 'production', GATEWAY_JWKS_URL: 'http://gateway.hub.example.vn/jwks' }),
    ).toThrow(/PEOPLE_COMMITTEE_DATABASE_URL[\s\S]*GATEWAY_JWKS_URL: must be an https URL in production/);
  });
});
