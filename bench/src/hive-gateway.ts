import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import type { AssertionSigner, TokenVerifier } from '@chung-tay/common';
import { useChungTayAssertion } from './hive-assertion-plugin';

export interface HiveGatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphPath: string;
  /** Subgraph URL by `@join__graph(name:)`, e.g. { 'people-committee': 'http://localhost:41234/graphql' }. */
  subgraphUrls: Record<string, string>;
  /** Verifies the caller's token, as the project's gateway does. */
  verifyToken: TokenVerifier;
  /** The gateway's assertion key (the first of GATEWAY_SIGNING_KEYS_FILE), which the subgraphs trust. */
  signer: AssertionSigner;
  /** 0 or unset: a free port. */
  port?: number;
}

export interface RunningHiveGateway {
  url: string;
  stop(): Promise<void>;
}

/** Points every `@join__graph(name: "x", url: "...")` at subgraphUrls[x]; refuses a name it has no URL for. */
export function overrideSubgraphUrls(sdl: string, subgraphUrls: Record<string, string>): string {
  const seen = new Set<string>();
  const rewritten = sdl.replace(
    /@join__graph\(\s*name:\s*"([^"]+)"\s*,\s*url:\s*"[^"]*"\s*\)/g,
    (_match, name: string) => {
      const url = subgraphUrls[name];
      if (!url) throw new Error(`No URL given for subgraph "${name}"`);
      seen.add(name);
      return `@join__graph(name: ${JSON.stringify(name)}, url: ${JSON.stringify(url)})`;
    },
  );
  const unknown = Object.keys(subgraphUrls).filter((name) => !seen.has(name));
  if (unknown.length) throw new Error(`Not subgraphs of the supergraph: ${unknown.join(', ')}`);
  return rewritten;
}

interface MergeCandidate {
  type: { name: string; getFields?: () => Record<string, { type: unknown }> };
  transformedSubschema: { name?: string; schema?: unknown; merge?: Record<string, { canonical?: boolean }> };
}
interface StitchModule {
  stitchSchemas(options: { typeMergingOptions?: Record<string, unknown> }): unknown;
  __chungTayPatched?: boolean;
}

/**
 * Works around a graphql-tools limitation that otherwise stops Hive Gateway from loading our supergraph
 * ("Multiple canonical definitions for \"AreaReporting\""): the value type AreaReporting is returned by
 * `@requires` fields in four subgraphs; stitching isolates each such field into its own subschema and marks
 * the returned type canonical there, then refuses several canonical definitions. When the canonical
 * definitions are identical we take the first (what Apollo's composition already guaranteed); otherwise we
 * fail as before. This patches the stitch package that @graphql-tools/federation loads, in this process only.
 */
function tolerateIdenticalCanonicalTypes(): void {
  const chain = [
    '@graphql-hive/gateway-runtime',
    '@graphql-mesh/fusion-runtime',
    '@graphql-tools/federation',
  ];
  let from = require.resolve('@graphql-hive/gateway');
  for (const name of chain) from = createRequire(from).resolve(name);
  const stitch = createRequire(from)('@graphql-tools/stitch') as StitchModule;
  if (stitch.__chungTayPatched) return;
  const original = stitch.stitchSchemas;
  const shape = (c: MergeCandidate) =>
    Object.entries(c.type.getFields?.() ?? {})
      .map(([field, def]) => `${field}:${String(def.type)}`)
      .sort()
      .join(',');
  const typeCandidateMerger = (candidates: MergeCandidate[]): MergeCandidate => {
    const canonical = candidates.filter(
      ({ type, transformedSubschema: s }) => Boolean(s.schema) && s.merge?.[type.name]?.canonical,
    );
    if (canonical.length > 1 && new Set(canonical.map(shape)).size > 1) {
      throw new Error(`Multiple canonical definitions for "${canonical[0]!.type.name}"`);
    }
    return canonical[0] ?? candidates[candidates.length - 1]!;
  };
  stitch.stitchSchemas = (options) =>
    original({
      ...options,
      typeMergingOptions: { typeCandidateMerger, ...options.typeMergingOptions },
    });
  stitch.__chungTayPatched = true;
}

/** Hive Gateway in front of the hub's subgraphs, with no landing page, GraphiQL, usage reporting or telemetry. */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway> {
  tolerateIdenticalCanonicalTypes();
  const supergraph = overrideSubgraphUrls(
    await readFile(options.supergraphPath, 'utf8'),
    options.subgraphUrls,
  );
  const gateway = createGatewayRuntime({
    supergraph,
    logging: 'warn',
    landingPage: false,
    graphiql: false,
    plugins: () => [
      useChungTayAssertion({
        verifyToken: options.verifyToken,
        signer: options.signer,
        subgraphUrls: options.subgraphUrls,
      }),
    ],
  });
  const server = createServer(gateway);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await gateway.dispose();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await gateway.dispose();
    },
  };
}
