import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepository, linkWorkspace, REBUILT, REPO_ROOT } from './repo-copy';

// Runs the scaffold as `npm run new-organisation` does into a temporary copy of the repository, builds what it
// changed, composes the supergraph and runs the new organisation's own tests (a real PostgreSQL). About a minute.

const CLI = join(REPO_ROOT, 'tools', 'new-organisation', 'dist', 'cli.js');
const TEMPLATE_DIR = join(REPO_ROOT, 'tools', 'new-organisation', 'template');
const NAMES = ['--vi', 'Hội Nông dân', '--en', "Farmers' Union"];
let dir: string;

const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
const newOrganisation = (args: string[]) =>
  spawnSync(process.execPath, [CLI, '--root', dir, '--skip-install', ...args], { encoding: 'utf8' });
const build = (pkg: string) => run(join(dir, pkg), 'npx', ['tsc', '-p', 'tsconfig.build.json']);

beforeAll(() => {
  dir = copyRepository();
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('npm run new-organisation', () => {
  it('refuses a name that is not kebab-case or already taken, and writes nothing', () => {
    const registry = readFileSync(join(dir, 'vocabulary/src/organisations.ts'), 'utf8');
    const bad = newOrganisation(['--name', 'Farmers_Union', ...NAMES]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--name "Farmers_Union": must be kebab-case');
    const taken = newOrganisation(['--name', 'womens-union', ...NAMES]);
    expect(taken.stderr).toContain('--name "womens-union": the organisation already exists');
    const unnamed = newOrganisation(['--name', 'youth-union']);
    expect(unnamed.stderr).toContain("--vi: the organisation's Vietnamese name is required");
    expect(readFileSync(join(dir, 'vocabulary/src/organisations.ts'), 'utf8')).toBe(registry);
  });

  it('scaffolds a subgraph that composes into the supergraph and passes its own tests', () => {
    const made = newOrganisation(['--name', 'farmers-union', ...NAMES]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).workspaces).toContain(
      'subgraphs/farmers-union',
    );
    expect(JSON.parse(readFileSync(join(dir, 'hub/package.json'), 'utf8')).dependencies).toHaveProperty(
      '@chung-tay/farmers-union',
    );

    linkWorkspace(dir, 'farmers-union');
    for (const pkg of [...REBUILT, 'subgraphs/farmers-union']) build(pkg);
    run(dir, process.execPath, ['schema/dist/cli.js']);
    const supergraph = readFileSync(join(dir, 'schema/supergraph.graphql'), 'utf8');
    expect(supergraph).toMatch(
      /FARMERS_UNION @join__graph\(name: "farmers-union", url: "http:\/\/127\.0\.0\.1:4006\/graphql"\)/,
    );
    expect(supergraph).toMatch(/farmersUnion: FarmersUnionAreaFigures @join__field\(graph: FARMERS_UNION/);
    expect(supergraph).toContain('FARMERS_UNION_PROGRESS');
    expect(supergraph).toMatch(
      /farmersUnionMembers: \[FarmersUnionMember!\] @join__field\(graph: FARMERS_UNION\)/,
    );

    const tests = spawnSync('npx', ['jest', '--ci'], {
      cwd: join(dir, 'subgraphs/farmers-union'),
      encoding: 'utf8',
    });
    const suites = readdirSync(join(TEMPLATE_DIR, 'src', '__tests__')).filter((f) =>
      f.endsWith('.test.ts.tpl'),
    );
    expect(tests.stderr).toContain(`Test Suites: ${suites.length} passed, ${suites.length} total`);
    expect(tests.stderr).toMatch(/Tests:\s+(\d+) passed, \1 total/);
    expect(tests.status).toBe(0);

    const again = newOrganisation(['--name', 'farmers-union', ...NAMES]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--name "farmers-union": the organisation already exists');
  });
});
