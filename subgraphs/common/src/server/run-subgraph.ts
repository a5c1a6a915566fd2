import { z } from 'zod';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { authEnvShape, nodeEnv, port, postgresUrl, readEnvOrExit } from '../env';
import { createTokenVerifier } from '../auth/token';
import { hmacSigningKey } from '../auth/request-signature';
import type { Caller } from '../auth/caller';
import { connectAndMigrate, createDatabase, type DataSourceOptions } from '../database/data-source';
import type { SubgraphInfo } from '../organisations';
import { configureDisclosure, DEFAULT_MIN_RECORDS } from '../disclosure';
import { startSubgraphServer, type RunningSubgraph } from './start-subgraph';

/** Everything the kit needs to run one organisation's subgraph. Each subgraph exports one of these. */
export interface SubgraphDefinition<Loaders> {
  info: SubgraphInfo;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  createLoaders(dataSource: DataSource): (caller: Caller) => Loaders;
  /** Fills an empty database with demo data (npm start); must do nothing when data exists. */
  seedDemoData?(dataSource: DataSource): Promise<void>;
}

export function subgraphEnv(info: SubgraphInfo) {
  const p = info.envPrefix;
  return z
    .object({
      [`${p}_DATABASE_URL`]: postgresUrl().describe("this subgraph's PostgreSQL (npm start sets it)"),
      [`${p}_PORT`]: port(info.defaultPort),
      [`${p}_HOST`]: z.string().default('127.0.0.1'),
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
      NODE_ENV: nodeEnv(),
      GATEWAY_SIGNING_SECRET: z
        .string({ error: 'is required: the secret the gateway signs requests with' })
        .min(32, 'must be at least 32 characters'),
      ...authEnvShape,
    })
    .refine((e) => e.JWT_SECRET || e.JWT_JWKS_URL, {
      message: 'set JWT_SECRET (HS256) or JWT_JWKS_URL (JWKS) so callers can be verified',
      path: ['JWT_SECRET'],
      when: () => true, // report it alongside other bad variables, not only when the rest is valid
    });
}

/** The entry point of a subgraph process: env → database → migrations → (demo data) → listen. */
export async function runSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
): Promise<RunningSubgraph> {
  const p = definition.info.envPrefix;
  const env = readEnvOrExit(subgraphEnv(definition.info)) as Record<string, string | number | undefined>;
  configureDisclosure({
    minRecords: env.DISCLOSURE_MIN_RECORDS as number,
    ...(env.DISCLOSURE_KEY ? { secret: env.DISCLOSURE_KEY as string } : {}),
  });
  const database = createDatabase({
    url: env[`${p}_DATABASE_URL`] as string,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: env.DATABASE_POOL_SIZE as number,
  });
  const applied = await connectAndMigrate(database);
  if (applied.length) console.log(`[${definition.info.name}] applied migrations: ${applied.join(', ')}`);
  if (env.DEMO_DATA === 'true' && definition.seedDemoData) await definition.seedDemoData(database.dataSource);
  const { schema } = await definition.buildSchema();
  const server = await startSubgraphServer({
    name: definition.info.name,
    schema,
    dataSource: database.dataSource,
    verifyToken: createTokenVerifier(env as never),
    signingKey: hmacSigningKey(env.GATEWAY_SIGNING_SECRET as string),
    createLoaders: definition.createLoaders(database.dataSource),
    port: env[`${p}_PORT`] as number,
    host: env[`${p}_HOST`] as string,
    introspection: env.NODE_ENV !== 'production',
    queries: database.queries,
    stopGracePeriodMs: env.GRACEFUL_STOP_MS as number,
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
