import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { composeSupergraph, CompositionError, REPO_ROOT, subgraphSdlPath, SUPERGRAPH_PATH } from './compose';

// `npm run compose`: writes schema/subgraphs/<name>.graphql and schema/supergraph.graphql.
try {
  const { subgraphs, supergraph } = composeSupergraph();
  for (const { name, sdl } of subgraphs) {
    mkdirSync(dirname(subgraphSdlPath(name)), { recursive: true });
    writeFileSync(subgraphSdlPath(name), sdl);
    console.log(`wrote ${relative(REPO_ROOT, subgraphSdlPath(name))}`);
  }
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  console.log(`wrote ${relative(REPO_ROOT, SUPERGRAPH_PATH)}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
