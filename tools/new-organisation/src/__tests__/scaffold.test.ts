import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { copyRepository, linkWorkspace, REBUILT, REPO_ROOT } from './repo-copy';

// Runs the scaffold as `npm run new-organisation` does into a temporary copy of the repository, builds what it
// changed, composes the supergraph and runs the new organisation's own tests (a real PostgreSQL). About a minute.

const CLI = join(REPO_ROOT, 'tools', 'new-organisation', 'dist', 'cli.js');
const TEMPLATE_DIR = join(REPO_ROOT, 'tools', 'new-organisation', 'template');
const NAMES = ['--vi', 'Hội Nông dân', '--en', "Farmers' Union"];
let dir: string;

/** The describe block each of the kit's contracts opens, named after the organisation. */
const CONTRACTS = [
  'farmers-union: units retired in the 2025 reform',
  "farmers-union: areas inside and outside the caller's units",
  'farmers-union: SQL statements for many areas',
  'farmers-union: report versions',
  ...[...ORGANISATIONS, 'farmers-union'].flatMap((org) =>
    ROLES.map((role) => `farmers-union: access of ${org} ${role}`),
  ),
];
type JestReport = {
  testResults: { assertionResults: { ancestorTitles: string[]; status: string }[] }[];
};
/** Per outermost describe block: how many tests ran, and `passed` only if every one did. */
function contractResults(report: JestReport) {
  const ran = new Map<string, { count: number; status: string }>();
  for (const t of report.testResults.flatMap((r) => r.assertionResults)) {
    const title = t.ancestorTitles[0] ?? '';
    const seen = ran.get(title) ?? { count: 0, status: 'passed' };
    ran.set(title, { count: seen.count + 1, status: t.status === 'passed' ? seen.status : t.status });
  }
  return ran;
}

/** Runs a command, failing with what it printed (a compiler's errors are on its stdout). */
function run(cwd: string, command: string, args: string[]) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
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

    const report = join(dir, 'jest-report.json');
    const tests = spawnSync('npx', ['jest', '--ci', '--json', '--outputFile', report], {
      cwd: join(dir, 'subgraphs/farmers-union'),
      encoding: 'utf8',
    });
    const suites = readdirSync(join(TEMPLATE_DIR, 'src', '__tests__')).filter((f) =>
      f.endsWith('.test.ts.tpl'),
    );
    expect(tests.stderr).toContain(`Test Suites: ${suites.length} passed, ${suites.length} total`);
    expect(tests.stderr).toMatch(/Tests:\s+(\d+) passed, \1 total/);
    expect(tests.status).toBe(0);
    // The kit's contracts ran on the new organisation, not only its own tests: every one by its name.
    const ran = contractResults(JSON.parse(readFileSync(report, 'utf8')) as JestReport);
    for (const contract of CONTRACTS) {
      expect([contract, ran.get(contract)?.status]).toEqual([contract, 'passed']);
      expect(ran.get(contract)!.count).toBeGreaterThan(0);
    }

    const again = newOrganisation(['--name', 'farmers-union', ...NAMES]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--name "farmers-union": the organisation already exists');
  });
});
