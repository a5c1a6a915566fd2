/** What the registry already holds, read from vocabulary/src/organisations.ts. */
export interface Registered {
  ids: string[];
  envPrefixes: string[];
  ports: number[];
}

/** Every spelling of a new organisation's name the template needs. */
export interface OrganisationNames {
  id: string;
  camel: string;
  Pascal: string;
  PREFIX: string;
  vi: string;
  en: string;
  port: number;
}

export class ScaffoldError extends Error {}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** The People's Committee keeps an organisation's code (its env prefix) in a varchar(20) column. */
const MAX_PREFIX = 20;
/**
 * Folder names under subgraphs/ that are not organisations, and names every JavaScript object already has (a
 * lookup keyed by organisation id must never find an inherited member).
 */
const RESERVED = new Set(['common', 'constructor', 'prototype']);
/**
 * What an organisation's name may hold: letters (with Vietnamese marks), digits, spaces and a few marks. The names
 * go into comments, strings and package.json of the generated package, so nothing that could end a comment, a
 * string or a line there (`*`, `/`, `"`, a backslash, a line break) may pass.
 */
const DISPLAY_NAME = /^[\p{L}\p{M}\p{N} '’.,()&-]{2,80}$/u;

const camelOf = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Checks the options and derives the names; every problem is reported at once, saying which option is wrong. */
export function organisationNames(
  options: { name: string; vi?: string; en?: string; port?: string },
  registered: Registered,
): OrganisationNames {
  const problems: string[] = [];
  const id = options.name.trim();
  const PREFIX = id.toUpperCase().replace(/-/g, '_');
  if (!KEBAB.test(id)) {
    problems.push(
      `--name "${id}": must be kebab-case (lower-case letters and digits joined by "-"), e.g. farmers-union`,
    );
  } else if (RESERVED.has(id)) {
    problems.push(`--name "${id}": a reserved name; choose the organisation's own name, e.g. farmers-union`);
  } else if (registered.ids.includes(id)) {
    problems.push(`--name "${id}": the organisation already exists (known: ${registered.ids.join(', ')})`);
  } else if (registered.envPrefixes.includes(PREFIX)) {
    problems.push(`--name "${id}": its environment prefix ${PREFIX} is already taken`);
  } else if (PREFIX.length > MAX_PREFIX) {
    problems.push(`--name "${id}": at most ${MAX_PREFIX} characters (it becomes the code ${PREFIX})`);
  }
  const vi = options.vi?.trim() ?? '';
  const en = options.en?.trim() ?? '';
  if (!vi) problems.push('--vi: the organisation\'s Vietnamese name is required, e.g. --vi "Hội Nông dân"');
  if (!en) problems.push('--en: the organisation\'s English name is required, e.g. --en "Farmers\' Union"');
  for (const [option, text] of [
    ['--vi', vi],
    ['--en', en],
  ] as const) {
    if (text && !DISPLAY_NAME.test(text)) {
      problems.push(
        `${option}: 2 to 80 letters, digits, spaces and ' ’ . , ( ) & - only (got ${JSON.stringify(text)})`,
      );
    }
  }
  const port = options.port === undefined ? Math.max(4000, ...registered.ports) + 1 : Number(options.port);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    problems.push(`--port "${options.port}": must be a whole number between 1024 and 65535`);
  } else if (registered.ports.includes(port)) {
    problems.push(`--port ${port}: already the port of another organisation`);
  }
  if (problems.length) throw new ScaffoldError(problems.join('\n'));
  const camel = camelOf(id);
  return { id, camel, Pascal: camel[0]!.toUpperCase() + camel.slice(1), PREFIX, vi, en, port };
}
