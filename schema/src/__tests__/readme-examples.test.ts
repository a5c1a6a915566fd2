import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '@chung-tay/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { REPO_ROOT, subgraphSdlPath } from '../compose';

// The committed SDL equals the code (drift test), so the examples the READMEs show are checked against the graph
// a user actually queries: a renamed field fails here, not in a reader's explorer.
const composed = composeServices(
  SUBGRAPHS.map((s) => ({
    name: s.name,
    typeDefs: parse(readFileSync(subgraphSdlPath(s.name), 'utf8')),
    url: `http://127.0.0.1:${s.defaultPort}/graphql`,
  })),
);
const api = composed.schema!.toAPISchema().toGraphQLJSSchema();

const readmes = ['README.md', ...SUBGRAPHS.map((s) => join('subgraphs', s.name, 'README.md'))];
const examples = readmes.flatMap((file) => {
  let text: string;
  try {
    text = readFileSync(join(REPO_ROOT, file), 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (m, i) => [`${file} #${i + 1}`, m[1]!] as const,
  );
});

describe('example operations in the READMEs', () => {
  it('exist in every organisation’s README', () => {
    expect(examples.length).toBeGreaterThanOrEqual(SUBGRAPHS.length);
  });

  it.each(examples)('%s is valid against the supergraph', (_, operation) => {
    expect(validate(api, parse(operation)).map((e) => e.message)).toEqual([]);
  });
});
