import { inheritedEnv } from '@chung-tay/common';
import { REPO_ROOT } from '@chung-tay/hub';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Fills dataDir with a generated register of province 75 (`npm run seed`, progress as plain lines) and says how
 * many seconds it took.
 */
export function generateRegister(households: number, seed: number, dataDir: string): number {
  const started = Date.now();
  console.log(`Generating ${households} households (seed ${seed}) into ${dataDir} …`);
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'hub', 'dist', 'seed.js'),
      '--province',
      '75',
      '--households',
      String(households),
    ].concat(['--seed', String(seed), '--data-dir', dataDir]),
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...inheritedEnv(), CI: 'true' } },
  );
  return (Date.now() - started) / 1000;
}
