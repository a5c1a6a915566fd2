import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testPostgres } from '../env';
import { startEmbeddedCluster, type EmbeddedCluster } from '../database/embedded-postgres';

declare global {
  var __chungTayTestCluster: { cluster: EmbeddedCluster; dir: string } | undefined;
}

/**
 * jest globalSetup: one real PostgreSQL for the whole run (a fresh embedded cluster in a temp folder, or
 * TEST_POSTGRES_ADMIN_URL when set); each test file then makes its own throwaway database.
 */
export default async function globalSetup(): Promise<void> {
  if (testPostgres.adminUrl) return;
  const dir = mkdtempSync(join(tmpdir(), 'chung-tay-test-pg-'));
  const cluster = await startEmbeddedCluster({ dataDir: dir });
  testPostgres.adminUrl = cluster.adminUrl;
  globalThis.__chungTayTestCluster = { cluster, dir };
}

export async function globalTeardown(): Promise<void> {
  const running = globalThis.__chungTayTestCluster;
  if (!running) return;
  await running.cluster.stop();
  rmSync(running.dir, { recursive: true, force: true });
}
