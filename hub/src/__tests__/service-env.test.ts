import { SUBGRAPHS } from '@chung-tay/common';
import { startProblems } from '../env';
import { disclosureKeyVariable, gatewayEnvFrom, subgraphEnvFrom } from '../service-env';

// An operator's environment for `npm start` naming every organisation's database and key: each service started
// from it must get its own settings only.
const operator: NodeJS.ProcessEnv = {
  PATH: '/usr/bin',
  NODE_ENV: 'development',
  JWT_SECRET: 'j'.repeat(40),
  GATEWAY_SIGNING_KEYS_FILE: '/etc/chung-tay/gateway-keys.json',
  GATEWAY_MAX_COST: '40000',
  OIDC_ISSUER: 'https://id.example.gov.vn/realms/chung-tay',
  DATABASE_POOL_SIZE: '20',
  NODE_OPTIONS: '--max-old-space-size=512',
  // What else an operator's shell may hold: none of it is any service's.
  PGPASSWORD: 'postgres-superuser-password',
  DATABASE_URL: 'postgres://admin:admin-password@db/postgres',
  IDENTITY_DATA_DIR: '/srv/chung-tay/identity',
  GITHUB_TOKEN: 'ghp_not-for-the-hub',
  ...Object.fromEntries(
    SUBGRAPHS.flatMap((s) => [
      [`${s.envPrefix}_DATABASE_URL`, `postgres://${s.name}:pw-${s.name}@db/${s.name}`],
      [disclosureKeyVariable(s), `disclosure-key-of-${s.name}-0123456789abcdef`],
    ]),
  ),
};

describe("each service's share of the hub's environment", () => {
  it("gives a subgraph its own settings and nothing of another organisation's, the gateway's keys or the token secret", () => {
    for (const s of SUBGRAPHS) {
      const env = subgraphEnvFrom(operator, s);
      expect(env[`${s.envPrefix}_DATABASE_URL`]).toBe(operator[`${s.envPrefix}_DATABASE_URL`]);
      expect(env).toMatchObject({
        PATH: '/usr/bin',
        DATABASE_POOL_SIZE: '20',
        NODE_OPTIONS: operator.NODE_OPTIONS,
      });
      for (const name of ['PGPASSWORD', 'DATABASE_URL', 'IDENTITY_DATA_DIR', 'GITHUB_TOKEN', 'OIDC_ISSUER'])
        expect(env).not.toHaveProperty(name);
      expect(env).not.toHaveProperty('JWT_SECRET');
      expect(env).not.toHaveProperty('GATEWAY_SIGNING_KEYS_FILE');
      for (const other of SUBGRAPHS.filter((o) => o !== s))
        expect(Object.keys(env).filter((name) => name.startsWith(`${other.envPrefix}_`))).toEqual([]);
    }
  });

  it("gives the gateway no subgraph's database URL or disclosure key", () => {
    const env = gatewayEnvFrom(operator);
    expect(env).toMatchObject({
      GATEWAY_MAX_COST: '40000',
      OIDC_ISSUER: operator.OIDC_ISSUER,
      PATH: '/usr/bin',
    });
    for (const name of [
      'PGPASSWORD',
      'DATABASE_URL',
      'IDENTITY_DATA_DIR',
      'GITHUB_TOKEN',
      'DATABASE_POOL_SIZE',
    ])
      expect(env).not.toHaveProperty(name);
    expect(Object.values(env).filter((v) => /postgres:|disclosure-key-of/.test(v ?? ''))).toEqual([]);
    // The hub adds the gateway's own key file and (in development) the token secret itself.
    expect(env).not.toHaveProperty('JWT_SECRET');
  });

  it('refuses one DISCLOSURE_KEY for every organisation, naming the variables to set instead', () => {
    expect(startProblems({ DISCLOSURE_KEY: 'k'.repeat(40) }, { demoData: true })).toEqual([
      expect.stringContaining('DISCLOSURE_KEY: one key for every organisation'),
    ]);
    expect(startProblems({ DISCLOSURE_KEY: 'k'.repeat(40) }, { demoData: true })[0]).toContain(
      'PEOPLE_COMMITTEE_DISCLOSURE_KEY',
    );
    expect(startProblems({ PEOPLE_COMMITTEE_DISCLOSURE_KEY: 'k'.repeat(40) }, { demoData: true })).toEqual(
      [],
    );
  });
});
