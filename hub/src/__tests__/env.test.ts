import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inheritedEnv } from '@chung-tay/common';
import { hubSettings, productionProblems } from '../env';
import { REPO_ROOT } from '../paths';

describe('the restart settings', () => {
  it('refuses bad values by name before anything starts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-env-'));
    try {
      const run = spawnSync(process.execPath, [join(REPO_ROOT, 'hub', 'dist', 'start.js')], {
        env: {
          ...inheritedEnv(),
          CHUNG_TAY_DATA_DIR: dataDir,
          HUB_RESTART_LIMIT: 'five',
          HUB_RESTART_WINDOW_MS: '10',
          HUB_RESTART_DELAY_MS: '0.5',
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('HUB_RESTART_LIMIT: must be a number');
      expect(run.stderr).toContain('HUB_RESTART_WINDOW_MS: must be between 1000 and 3600000');
      expect(run.stderr).toContain('HUB_RESTART_DELAY_MS: must be a whole number');
      // No database was created.
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('npm start in production', () => {
  it('refuses the development identity provider and the demo data, naming both, before anything starts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-env-'));
    try {
      const run = spawnSync(process.execPath, [join(REPO_ROOT, 'hub', 'dist', 'start.js')], {
        env: { ...inheritedEnv(), CHUNG_TAY_DATA_DIR: dataDir, NODE_ENV: 'production', OIDC_ISSUER: '' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('OIDC_ISSUER: in production people sign in at your identity provider');
      expect(run.stderr).toContain('DEMO_DATA: demo data is loaded with development tokens');
      // No database, no keys, no accounts were made.
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lets a production hub start with an issuer and no demo data, and any hub outside production', () => {
    const issuer = { OIDC_ISSUER: 'https://id.example.gov.vn/realms/chung-tay' };
    expect(productionProblems({ NODE_ENV: 'production', ...issuer }, { demoData: false })).toEqual([]);
    expect(productionProblems({ NODE_ENV: 'production', ...issuer }, { demoData: true })).toEqual([
      expect.stringMatching(/^DEMO_DATA:/),
    ]);
    expect(productionProblems({ NODE_ENV: 'development' }, { demoData: true })).toEqual([]);
    expect(productionProblems({}, { demoData: true })).toEqual([]);
  });
});

describe("the hub's settings", () => {
  it('are one typed object, with the defaults npm start has always had', () => {
    expect(hubSettings({})).toMatchObject({
      dataDir: undefined,
      gatewayPort: 4000,
      randomSubgraphPorts: false,
      demoData: true,
      ownIdentityProvider: true,
      plainProgress: false,
    });
    expect(
      hubSettings({
        GATEWAY_PORT: '0',
        DEMO_DATA: 'false',
        OIDC_ISSUER: 'https://id.example.vn',
        CI: 'true',
      }),
    ).toMatchObject({ gatewayPort: 0, demoData: false, ownIdentityProvider: false, plainProgress: true });
  });

  it('refuses a bad port or yes/no by name instead of reading it as the default', () => {
    expect(() => hubSettings({ GATEWAY_PORT: 'four', DEMO_DATA: 'no' })).toThrow(
      /GATEWAY_PORT: must be a port number[\s\S]*DEMO_DATA: must be true or false/,
    );
  });
});
