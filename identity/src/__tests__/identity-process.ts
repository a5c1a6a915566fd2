import { pathOnlyEnv } from '@chung-tay/common';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built provider (identity/dist/index.js) in its own process, as the hub runs it. */
export interface IdentityProcess {
  issuer: string;
  dataDir: string;
  output: string[];
  stop(): Promise<void>;
}

export const DASHBOARD_REDIRECT = 'http://localhost:4000/dashboard/';

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'chung-tay-identity-'));
export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

export async function startIdentityProcess(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<IdentityProcess> {
  const child: ChildProcess = fork(join(__dirname, '..', '..', 'dist', 'index.js'), [], {
    env: {
      ...pathOnlyEnv(),
      IDENTITY_PORT: '0',
      IDENTITY_HOST: '127.0.0.1',
      IDENTITY_DATA_DIR: dataDir,
      IDENTITY_DASHBOARD_ORIGINS: 'http://localhost:4000,http://127.0.0.1:4000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.on('message', (m: { type?: string; name?: string; url?: string }) => {
      if (m?.type === 'ready' && m.name === 'identity' && m.url) resolve(m.url);
    });
    child.on('exit', (code) => reject(new Error(`identity exited with ${code}:\n${output.join('')}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { issuer, dataDir, output, stop };
}
