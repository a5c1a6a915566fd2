import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '@chung-tay/common';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parse } from 'graphql';

export const SCHEMA_DIR = resolve(__dirname, '..');
export const REPO_ROOT = resolve(SCHEMA_DIR, '..');
export const SUPERGRAPH_PATH = join(SCHEMA_DIR, 'supergraph.graphql');
export const subgraphSdlPath = (name: string) => join(SCHEMA_DIR, 'subgraphs', `${name}.graphql`);

export interface Composition {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

/** Each subgraph prints its own SDL in its own process: type-graphql keeps one global metadata store. */
export function printSubgraphSdl(name: string): string {
  return execFileSync(process.execPath, [join(REPO_ROOT, 'subgraphs', name, 'dist', 'print-sdl.js')], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
}

export class CompositionError extends Error {}

/** Composes the supergraph from the built subgraphs; every composition error is reported, in full. */
export function composeSupergraph(): Composition {
  const subgraphs = SUBGRAPHS.map((s) => ({
    name: s.name,
    sdl: `${printSubgraphSdl(s.name).trim()}\n`,
    port: s.defaultPort,
  }));
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      typeDefs: parse(s.sdl),
      url: `http://127.0.0.1:${s.port}/graphql`,
    })),
  );
  if (result.errors?.length) {
    throw new CompositionError(
      `Composition failed with ${result.errors.length} error(s):\n` +
        result.errors.map((e) => `  - [${e.extensions?.code ?? 'ERROR'}] ${e.message}`).join('\n'),
    );
  }
  return {
    subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })),
    supergraph: `${result.supergraphSdl!.trim()}\n`,
  };
}
