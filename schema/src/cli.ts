import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeSupergraph, CompositionError, REPO_ROOT, subgraphSdlPath, SUPERGRAPH_PATH } from './compose';

// `npm run compose`: writes schema/subgraphs/<name>.graphql and schema/supergraph.graphql.
// `-- --out DIR` writes them under DIR instead (e.g. with CHUNG_TAY_SUBGRAPHS set to part of the hub).
try {
  const { out } = parseArgs({ options: { out: { type: 'string' } } }).values;
  const sdlPath = (name: string) =>
    out ? join(resolve(out), 'subgraphs', `${name}.graphql`) : subgraphSdlPath(name);
  const supergraphPath = out ? join(resolve(out), 'supergraph.graphql') : SUPERGRAPH_PATH;
  const { subgraphs, supergraph } = composeSupergraph();
  for (const { name, sdl } of subgraphs) {
    mkdirSync(dirname(sdlPath(name)), { recursive: true });
    writeFileSync(sdlPath(name), sdl);
    console.log(`wrote ${relative(REPO_ROOT, sdlPath(name))}`);
  }
  writeFileSync(supergraphPath, supergraph);
  console.log(`wrote ${relative(REPO_ROOT, supergraphPath)}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
