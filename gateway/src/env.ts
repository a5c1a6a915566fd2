import { resolve } from 'node:path';
import { z } from 'zod';
import { nodeEnv, port, SUBGRAPHS } from '@chung-tay/common';

const subgraphUrls = Object.fromEntries(
  SUBGRAPHS.map((s) => [
    `${s.envPrefix}_URL`,
    z.url("must be the http(s) URL of the subgraph's /graphql").optional(),
  ]),
);

export const gatewayEnv = z.object({
  GATEWAY_PORT: port(4000),
  GATEWAY_HOST: z.string().default('0.0.0.0'),
  SUPERGRAPH_PATH: z.string().default(resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
  NODE_ENV: nodeEnv(),
  ...subgraphUrls,
});

export type GatewayEnv = z.infer<typeof gatewayEnv>;

/** Subgraph name → URL override from `<PREFIX>_URL` (e.g. PEOPLE_COMMITTEE_URL). */
export function subgraphUrlOverrides(env: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.filter((s) => env[`${s.envPrefix}_URL`]).map((s) => [
      s.name,
      String(env[`${s.envPrefix}_URL`]),
    ]),
  );
}
