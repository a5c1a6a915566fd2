import { z } from 'zod';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { createRemoteJWKSet } from 'jose';
import { ConfigurationError, inheritedEnv, keyUrlsRule, nodeEnv, parseEnv, port, postgresUrl } from '../env';
import { DEFAULT_ASSERTION_ISSUER } from '../auth/gateway-assertion';
import type { Caller } from '../auth/caller';
import { connectAndMigrate, createDatabase, type DataSourceOptions } from '../database/data-source';
import type { SubgraphInfo } from '../organisations';
import { DEFAULT_DEMO_PROVINCE, type OrganisationGenerators } from '../generate/types';
import { configureDisclosure, DEFAULT_MIN_RECORDS } from '../disclosure';
import { startSubgraphServer, type RunningSubgraph } from './start-subgraph';

/** Everything the kit needs to run one organisation's subgraph. Each subgraph exports one of these. */
export interface SubgraphDefinition<Loaders> {
  info: SubgraphInfo;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  createLoaders(dataSource: DataSource): (caller: Caller) => Loaders;
  /**
   * Fills an empty database with the organisation's reference data and, for the People's Committee, its demo
   * register (npm start and npm run seed, in the subgraph's own process); must do nothing when data exists.
   */
  seedDemoData?(dataSource: DataSource, options?: DemoDataOptions): Promise<void>;
  /** The organisation's demo records through the gateway and its generated rows; the hub runs them in waves. */
  generators?: OrganisationGenerators;
}

export interface DemoDataOptions {
  /** The demo province's code (DEMO_PROVINCE, default 75). */
  province: string;
}

/**
 * A subgraph's settings. It holds no secret another service holds: no JWT secret (it verifies no user token) and
 * no gateway secret (it verifies the gateway's assertions with the gateway's public keys).
 */
export function subgraphEnv(info: SubgraphInfo) {
  const variables = z.object({
    ...prefixed(info.envPrefix, ownShape(info)),
    DATABASE_POOL_SIZE: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 100')
      .max(100, 'must be between 1 and 100')
      .default(10),
    GRACEFUL_STOP_MS: z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 600000')
      .max(600_000, 'must be between 0 and 600000')
      .default(10_000),
    DISCLOSURE_MIN_RECORDS: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(2, 'must be between 2 and 1000')
      .max(1000, 'must be between 2 and 1000')
      .default(DEFAULT_MIN_RECORDS)
      .describe('N: figures shown to other organisations come from at least N records'),
    DISCLOSURE_KEY: z
      .string()
      .min(32, 'must be at least 32 characters')
      .optional()
      .describe(
        "this organisation's secret for shifting amounts shown to others (random per start if unset)",
      ),
    DEMO_DATA: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
    DEMO_PROVINCE: z
      .string()
      .regex(/^\d{2}$/, 'must be a province code of 2 digits, e.g. 75')
      .default(DEFAULT_DEMO_PROVINCE)
      .describe('the province the demo data is made for'),
    NODE_ENV: nodeEnv(),
    GATEWAY_JWKS_URL: z.url({
      error: "is required: the http(s) URL of the gateway's public keys (…/.well-known/jwks.json)",
    }),
    GATEWAY_ASSERTION_ISSUER: z.string().default(DEFAULT_ASSERTION_ISSUER),
  });
  // In production the keys every assertion is checked against come over https or loopback (auth/key-url.ts).
  return variables.check(keyUrlsRule('GATEWAY_JWKS_URL'));
}

/** The variables each organisation's subgraph has under its own prefix (PEOPLE_COMMITTEE_PORT, …). */
const ownShape = (info: SubgraphInfo) => ({
  DATABASE_URL: postgresUrl().describe("this subgraph's PostgreSQL (npm start sets it)"),
  PORT: port(info.defaultPort),
  HOST: z.string().default('127.0.0.1'),
});

const prefixed = <S extends z.ZodRawShape>(prefix: string, shape: S) =>
  Object.fromEntries(Object.entries(shape).map(([name, type]) => [`${prefix}_${name}`, type]));

/** A subgraph's settings, read once, with the prefixed variables under their own names. */
export interface SubgraphSettings {
  databaseUrl: string;
  port: number;
  host: string;
  poolSize: number;
  gracefulStopMs: number;
  disclosure: { minRecords: number; key: string | undefined };
  demoData: boolean;
  demoProvince: string;
  nodeEnv: z.infer<ReturnType<typeof nodeEnv>>;
  gatewayJwksUrl: string;
  assertionIssuer: string;
}

/**
 * Parses a subgraph's environment (every problem named by its variable) into typed settings. The prefixed
 * variables are checked with the others, then read again by their own names through the same rules, so no value
 * is taken on trust.
 */
export function subgraphSettings(
  info: SubgraphInfo,
  env: NodeJS.ProcessEnv = inheritedEnv(),
): SubgraphSettings {
  const shared = parseEnv(subgraphEnv(info), env);
  const p = info.envPrefix;
  const own = parseEnv(z.object(ownShape(info)), {
    DATABASE_URL: env[`${p}_DATABASE_URL`],
    PORT: env[`${p}_PORT`],
    HOST: env[`${p}_HOST`],
  });
  return {
    databaseUrl: own.DATABASE_URL,
    port: own.PORT,
    host: own.HOST,
    poolSize: shared.DATABASE_POOL_SIZE,
    gracefulStopMs: shared.GRACEFUL_STOP_MS,
    disclosure: { minRecords: shared.DISCLOSURE_MIN_RECORDS, key: shared.DISCLOSURE_KEY },
    demoData: shared.DEMO_DATA === 'true',
    demoProvince: shared.DEMO_PROVINCE,
    nodeEnv: shared.NODE_ENV,
    gatewayJwksUrl: shared.GATEWAY_JWKS_URL,
    assertionIssuer: shared.GATEWAY_ASSERTION_ISSUER,
  };
}

/** For the process's entry point: what is wrong with the environment, then exit 1, instead of a stack trace. */
function settingsOrExit(info: SubgraphInfo): SubgraphSettings {
  try {
    return subgraphSettings(info);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The entry point of a subgraph process: env → database → migrations → (demo data) → listen. */
export async function runSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
): Promise<RunningSubgraph> {
  const settings = settingsOrExit(definition.info);
  configureDisclosure({
    minRecords: settings.disclosure.minRecords,
    ...(settings.disclosure.key ? { secret: settings.disclosure.key } : {}),
  });
  const database = createDatabase({
    url: settings.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: settings.poolSize,
  });
  const applied = await connectAndMigrate(database);
  if (applied.length) console.log(`[${definition.info.name}] applied migrations: ${applied.join(', ')}`);
  if (settings.demoData && definition.seedDemoData) {
    await definition.seedDemoData(database.dataSource, { province: settings.demoProvince });
  }
  const { schema } = await definition.buildSchema();
  const server = await startSubgraphServer({
    name: definition.info.name,
    schema,
    dataSource: database.dataSource,
    // jose fetches the keys on the first request, so the gateway may start after this subgraph; an unknown kid
    // (the gateway's next key) fetches them again.
    gatewayKeys: createRemoteJWKSet(new URL(settings.gatewayJwksUrl)),
    assertionIssuer: settings.assertionIssuer,
    createLoaders: definition.createLoaders(database.dataSource),
    port: settings.port,
    host: settings.host,
    introspection: settings.nodeEnv !== 'production',
    queries: database.queries,
    stopGracePeriodMs: settings.gracefulStopMs,
  });
  console.log(`[${definition.info.name}] listening on ${server.url}`);
  process.send?.({ type: 'ready', name: definition.info.name, url: server.url });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    // Requests in flight finish (up to GRACEFUL_STOP_MS, then their connections are cut); new ones are refused.
    await server.stop();
    await database.dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  return server;
}
