import { resolve } from 'node:path';
import { z } from 'zod';
import {
  authEnvShape,
  authKeyUrlsRule,
  DEFAULT_ASSERTION_ISSUER,
  nodeEnv,
  port,
  readGatewayKeySet,
  SUBGRAPHS,
} from '@chung-tay/common';

const subgraphUrls = Object.fromEntries(
  SUBGRAPHS.map((s) => [
    `${s.envPrefix}_URL`,
    z.url("must be the http(s) URL of the subgraph's /graphql").optional(),
  ]),
);

const limit = (fallback: number) =>
  z.coerce.number({ error: 'must be a number' }).int().positive().default(fallback);

const yesNo = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

export const gatewayEnv = z
  .object({
    GATEWAY_PORT: port(4000),
    GATEWAY_HOST: z.string().default('0.0.0.0'),
    SUPERGRAPH_PATH: z.string().default(resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
    DASHBOARD_DIR: z.string().default(resolve(__dirname, '..', '..', 'dashboard', 'dist')),
    // The dashboard's client at the identity provider people sign in at (OIDC_ISSUER, in authEnvShape).
    DASHBOARD_CLIENT_ID: z
      .string()
      .min(1, "must name the dashboard's client at the issuer")
      .default('chung-tay-dashboard'),
    NODE_ENV: nodeEnv(),
    GATEWAY_INTROSPECTION: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
    // Read here so a missing or wrong file stops the gateway before it listens, naming the variable.
    GATEWAY_SIGNING_KEYS_FILE: z
      .string({
        error:
          "is required: the path of the gateway's JSON Web Key Set of private ES256 keys (npm start makes one)",
      })
      .transform((path, ctx) => {
        try {
          return readGatewayKeySet(path);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    GATEWAY_ASSERTION_ISSUER: z.string().default(DEFAULT_ASSERTION_ISSUER),
    GATEWAY_MAX_DEPTH: limit(10),
    GATEWAY_MAX_ALIASES: limit(15),
    GATEWAY_MAX_TOKENS: limit(2000),
    // query-cost.ts multiplies by list sizes: a commune page of 100 households with all five organisations'
    // fields costs 25,300, a province's quarter with every organisation's reporting 8,100.
    GATEWAY_MAX_COST: limit(40_000),
    GATEWAY_MAX_AREA_PERIODS: limit(48),
    GATEWAY_MAX_HEAP_FRACTION: z.coerce
      .number({ error: 'must be a number' })
      .gt(0, 'must be a share of the heap limit, above 0 and at most 1')
      .max(1, 'must be a share of the heap limit, above 0 and at most 1')
      .default(0.85),
    GATEWAY_MAX_IN_FLIGHT: limit(200),
    GATEWAY_RETRY_AFTER_SECONDS: limit(5),
    GATEWAY_MAX_BODY_BYTES: limit(100_000),
    GATEWAY_MAX_IMPORT_BYTES: limit(20_000_000),
    GATEWAY_QUERY_PLAN_CACHE_MIB: limit(30),
    GATEWAY_SUBGRAPH_KEEP_ALIVE: yesNo(true),
    GATEWAY_SUBGRAPH_CONNECTIONS: limit(32),
    GATEWAY_DEDUPLICATE: yesNo(true),
    GATEWAY_SUBGRAPH_TIMEOUT_MS: limit(10_000),
    // A page of 100 households with every organisation's fields is well under 1 MB.
    GATEWAY_MAX_SUBGRAPH_ANSWER_BYTES: limit(32 * 1024 * 1024),
    ...authEnvShape,
    ...subgraphUrls,
  })
  // In production OIDC_ISSUER and JWT_JWKS_URL must be https or loopback.
  .check(authKeyUrlsRule)
  // Reported alongside other bad variables (`when`), not only once the rest is valid.
  .refine((e) => !(e.NODE_ENV === 'production' && e.JWT_SECRET), {
    message:
      'HS256 tokens are for development; in production set OIDC_ISSUER (or JWT_JWKS_URL and JWT_ISSUER) and unset JWT_SECRET',
    path: ['JWT_SECRET'],
    when: () => true,
  })
  .refine((e) => e.NODE_ENV !== 'production' || e.OIDC_ISSUER || e.JWT_JWKS_URL, {
    message:
      'is required in production: the URL of the OpenID Connect issuer whose tokens the hub accepts (or set JWT_JWKS_URL and JWT_ISSUER)',
    path: ['OIDC_ISSUER'],
    when: () => true,
  })
  .refine((e) => e.NODE_ENV === 'production' || e.OIDC_ISSUER || e.JWT_JWKS_URL || e.JWT_SECRET, {
    message: 'set OIDC_ISSUER (or JWT_JWKS_URL), or in development JWT_SECRET, so callers can be verified',
    path: ['OIDC_ISSUER'],
    when: () => true,
  })
  .refine((e) => !(e.OIDC_ISSUER && e.JWT_JWKS_URL), {
    message: 'set OIDC_ISSUER or JWT_JWKS_URL, not both: tokens come from one identity provider',
    path: ['JWT_JWKS_URL'],
    when: () => true,
  })
  .refine((e) => !e.JWT_JWKS_URL || e.JWT_ISSUER, {
    message: 'is required with JWT_JWKS_URL: the issuer ("iss") its tokens carry',
    path: ['JWT_ISSUER'],
    when: () => true,
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
