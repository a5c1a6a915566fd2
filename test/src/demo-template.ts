import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkHub, stopService } from '@chung-tay/hub';

/** Where the global setup leaves the demo hub's stopped data folder for the test files to copy. */
export const TEMPLATE_VARIABLE = 'CHUNG_TAY_E2E_DEMO_TEMPLATE';

/**
 * Starts the hub once with demo data (the first start seeds every organisation through the gateway, which is
 * the slow part), stops it and keeps its data folder. Each test file that wants the demo data starts its own hub
 * on a copy, as a second `npm start` on the same folder would: the restart test shows that finds the data and
 * seeds nothing again.
 */
export async function buildDemoTemplate(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-e2e-template-'));
  const { service, ready } = forkHub(dataDir, { demoData: true });
  try {
    await ready;
  } finally {
    await stopService(service);
  }
  return dataDir;
}

/** A private copy of the template; `cp -a` keeps the database files owned by the postgres system user. */
export function copyDemoTemplate(template: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-e2e-'));
  execFileSync('cp', ['-a', `${template}/.`, dataDir]);
  return dataDir;
}

export function removeDemoTemplate(template: string | undefined) {
  if (template) rmSync(template, { recursive: true, force: true });
}
