import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTokenVerifier, inheritedEnv } from '@chung-tay/common';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'token.js');
const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-token-'));
const env = { ...inheritedEnv(), CHUNG_TAY_DATA_DIR: dataDir, JWT_SECRET: '' };

describe('npm run token', () => {
  it('prints one token, alone, that the hub accepts with the claims asked for', async () => {
    const { stdout } = await run(
      process.execPath,
      [CLI, '--org', 'labour-union', '--unit', '75', '25222', '--role', 'officer'],
      { env },
    );
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8');
    const verify = createTokenVerifier({
      JWT_SECRET: secret,
      JWT_ISSUER: 'chung-tay',
      JWT_AUDIENCE: 'chung-tay-hub',
    });
    await expect(verify(`Bearer ${stdout.trim()}`)).resolves.toMatchObject({
      org: 'labour-union',
      units: ['75', '25222'],
      roles: ['officer'],
    });
  });

  it('refuses an unknown organisation or unit code, saying which', async () => {
    await expect(
      run(process.execPath, [CLI, '--org', 'bank', '--unit', '75'], { env }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("'bank' is invalid"),
    });
    await expect(
      run(process.execPath, [CLI, '--org', 'microfinance', '--unit', '7'], { env }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('--unit 7'),
    });
  });

  it('refuses to issue a token valid for longer than the hub accepts', async () => {
    await expect(
      run(process.execPath, [CLI, '--org', 'microfinance', '--unit', '75', '--expires-in', '7d'], { env }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'expiresIn 7d: a token may be valid for at most 12 h (JWT_MAX_LIFETIME)',
      ),
    });
  });

  it('refuses a unit retired in the 2025 reform, naming what took it over', async () => {
    await expect(
      run(process.execPath, [CLI, '--org', 'microfinance', '--unit', '75', '70'], { env }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'unit 70 was retired on 2025-06-30 (merged into 75); ask for a token for the units in force',
      ),
    });
    await expect(
      run(process.execPath, [CLI, '--org', 'microfinance', '--unit', '731'], { env }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('unit 731 was retired on 2025-06-30') });
  });
});

describe('npm run token outside development', () => {
  it('says in --help that it is for development only', async () => {
    const { stdout } = await run(process.execPath, [CLI, '--help'], { env });
    expect(stdout).toContain('Development only');
    expect(stdout).toContain('Refused when NODE_ENV=production');
  });

  it('refuses when NODE_ENV=production, saying where tokens come from instead, and issues nothing', async () => {
    const production = { ...env, NODE_ENV: 'production' };
    await expect(
      run(process.execPath, [CLI, '--org', 'labour-union', '--unit', '75', '--role', 'admin'], {
        env: production,
      }),
    ).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining(
        "npm run token issues development tokens (HS256, signed with this hub's development secret) and is refused when NODE_ENV=production",
      ),
    });
    // Even without options, the refusal comes first.
    await expect(run(process.execPath, [CLI], { env: production })).rejects.toMatchObject({
      stderr: expect.stringContaining(
        'refused when NODE_ENV=production: there, people sign in through the identity provider',
      ),
    });
  });
});
