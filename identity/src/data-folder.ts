import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The provider's files under IDENTITY_DATA_DIR. Readable by the owner only: they hold private keys, passwords and
 * client secrets.
 */
export const IDENTITY_FILES = {
  signingKeys: 'signing-keys.json',
  cookieKeys: 'cookie-keys.json',
  accounts: 'accounts.json',
  toolClients: 'tool-clients.json',
} as const;

/**
 * Where the hub keeps this provider's files inside its own data folder (`.data/identity/`): the hub's launcher
 * points IDENTITY_DATA_DIR there, and its console notice and the benchmarks read the demo accounts from there.
 */
export const identityDataDir = (hubDataDir: string) => join(hubDataDir, 'identity');

export function readJsonFile<T>(dir: string, file: string): T | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); fix or delete it`);
  }
}

/** Written whole or not at all (a temporary file renamed over the old one), mode 600 in a mode 700 folder. */
export function writeJsonFile(dir: string, file: string, value: unknown): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, file);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
