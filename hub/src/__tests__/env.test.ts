import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths';

describe('the restart settings', () => {
  it('refuses bad values by name before anything starts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-env-'));
    try {
      const run = spawnSync(process.execPath, [join(REPO_ROOT, 'hub', 'dist', 'start.js')], {
        env: {
          ...process.env,
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
