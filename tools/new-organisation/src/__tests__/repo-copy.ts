import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

/** Packages the test rebuilds in the copy (the scaffold changes their code); the others' builds are reused. */
export const REBUILT = ['vocabulary', 'subgraphs/common'];

/** The built subgraphs and composer the copy reuses as they are, from the root's workspaces. */
const reusedDist = (workspaces: string[]) =>
  workspaces.filter((w) => (w.startsWith('subgraphs/') || w === 'schema') && !REBUILT.includes(w));

/**
 * A copy of the repository's tracked files in a temporary folder, as a fresh checkout with `npm install` would
 * have it: node_modules links every installed package to this repository's, except @chung-tay, whose links point
 * into the copy (so the copy's vocabulary and kit, rebuilt, are the ones its packages load).
 */
export function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chung-tay-new-organisation-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('bench/results/') && !f.startsWith('samples/'));
  for (const file of tracked) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(dir, file));
  }
  const { workspaces } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  for (const pkg of reusedDist(workspaces))
    cpSync(join(REPO_ROOT, pkg, 'dist'), join(dir, pkg, 'dist'), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@chung-tay'), { recursive: true });
  for (const entry of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    if (entry !== '@chung-tay') symlinkSync(join(REPO_ROOT, 'node_modules', entry), join(modules, entry));
  }
  for (const entry of readdirSync(join(REPO_ROOT, 'node_modules', '@chung-tay'))) {
    const target = readlinkSync(join(REPO_ROOT, 'node_modules', '@chung-tay', entry));
    symlinkSync(target, join(modules, '@chung-tay', entry));
  }
  for (const pkg of ['gateway', 'identity']) {
    symlinkSync(join(REPO_ROOT, pkg, 'node_modules'), join(dir, pkg, 'node_modules'));
  }
  return dir;
}

/** Links the scaffolded package into the copy's node_modules, as npm install would. */
export const linkWorkspace = (dir: string, id: string) =>
  symlinkSync(join('..', '..', 'subgraphs', id), join(dir, 'node_modules', '@chung-tay', id));
