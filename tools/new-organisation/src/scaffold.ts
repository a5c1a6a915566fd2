import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { organisationNames, ScaffoldError, type OrganisationNames } from './names';
import { registered, REGISTRY_PATH, withEntry } from './registry-source';

export { ScaffoldError } from './names';

export const TEMPLATE_DIR = resolve(__dirname, '..', 'template');

export interface ScaffoldOptions {
  name: string;
  vi?: string;
  en?: string;
  port?: string;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
/** What the scaffold reads and changes of a package.json; the rest is kept as it is. */
interface PackageJson {
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

const readJson = (root: string, path: string) => JSON.parse(read(root, path)) as PackageJson;

function templateFiles(dir = TEMPLATE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templateFiles(join(dir, e.name)) : e.name.endsWith('.tpl') ? [join(dir, e.name)] : [],
  );
}

const stringText = (text: string) => text.replace(/['"\\]/g, '\\$&');

/** The package's files from the template, `{{key}}` replaced; the migration is named by the time of scaffolding. */
function packageFiles(n: OrganisationNames, timestamp: number): Map<string, string> {
  const values: Record<string, string> = {
    ...n,
    // Inside a quoted string of the template's code: the names may hold quotes (Farmers' Union).
    enText: stringText(n.en),
    viText: stringText(n.vi),
    port: String(n.port),
    timestamp: String(timestamp),
  };
  const files = new Map<string, string>();
  for (const file of templateFiles()) {
    const path = relative(TEMPLATE_DIR, file)
      .replace(/\.tpl$/, '')
      .replace(/(^|\/)Initial\.ts$/, `$1${timestamp}-Initial.ts`);
    const text = readFileSync(file, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
      if (!(key in values)) throw new Error(`${file}: unknown placeholder ${whole}`);
      return values[key]!;
    });
    files.set(join('subgraphs', n.id, path), text);
  }
  return files;
}

/** Root workspaces with the new package after the last subgraph. */
function withWorkspace(pkg: PackageJson, workspaces: string[], n: OrganisationNames): PackageJson {
  const last = workspaces.map((w) => w.startsWith('subgraphs/')).lastIndexOf(true);
  return { ...pkg, workspaces: workspaces.toSpliced(last + 1, 0, `subgraphs/${n.id}`) };
}

/**
 * The packages that depend on every organisation (the hub, the schema, the end-to-end tests) get the new one in
 * the same section, so turbo builds it before them and the launcher and composition find it.
 */
function dependentEdits(root: string, workspaces: string[], ids: string[], n: OrganisationNames) {
  const edits = new Map<string, string>();
  for (const workspace of workspaces.filter((w) => !w.startsWith('subgraphs/'))) {
    const path = join(workspace, 'package.json');
    if (!existsSync(join(root, path))) continue;
    const pkg = readJson(root, path);
    let changed = false;
    for (const section of ['dependencies', 'devDependencies'] as const) {
      const deps = pkg[section];
      if (!deps || !ids.every((id) => `@chung-tay/${id}` in deps)) continue;
      const names = Object.keys(deps);
      const sorted = names.every((d, i) => i === 0 || names[i - 1]! <= d);
      const entries = [...Object.entries(deps), [`@chung-tay/${n.id}`, '*']];
      if (sorted) entries.sort(([a], [b]) => (a! < b! ? -1 : 1));
      pkg[section] = Object.fromEntries(entries);
      changed = true;
    }
    if (changed) edits.set(path, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return edits;
}

/**
 * Scaffolds an organisation into the repository at `root`: its package under subgraphs/, its registry entry, its
 * workspace line and the dependent packages' dependencies. Every check runs before anything is written, so a
 * refused name leaves the repository as it was. Returns the files written, relative to root.
 */
export async function scaffold(root: string, options: ScaffoldOptions, timestamp = Date.now()) {
  const registry = read(root, REGISTRY_PATH);
  const known = registered(registry);
  const n = organisationNames(options, known);
  const folder = join('subgraphs', n.id);
  if (existsSync(join(root, folder))) {
    throw new ScaffoldError(`--name "${n.id}": ${folder} already exists; nothing was written`);
  }
  const rootPkg = readJson(root, 'package.json');
  const workspaces = rootPkg.workspaces ?? [];
  const files = new Map<string, string>([
    [REGISTRY_PATH, withEntry(registry, n)],
    ['package.json', `${JSON.stringify(withWorkspace(rootPkg, workspaces, n), null, 2)}\n`],
    ...dependentEdits(root, workspaces, known.ids, n),
    ...packageFiles(n, timestamp),
  ]);
  const formatted = await Promise.all(
    [...files].map(async ([path, text]) => {
      const filepath = join(root, path);
      const config = (await resolveConfig(filepath)) ?? {};
      return [path, await format(text, { ...config, filepath })] as const;
    }),
  );
  for (const [path, text] of formatted) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { names: n, files: formatted.map(([path]) => path) };
}
