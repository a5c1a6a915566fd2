import type { QueryCounter } from '../database/query-counter';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { JWTVerifyGetKey } from 'jose';
import { assertionVerifier } from '../auth/gateway-assertion';
import { gatewayOnly, type AssertedRequest } from './gateway-only';
import { createRequestContext, type RequestContext } from '../context';
import { formatError, UnauthenticatedError } from '../errors';
import { auditPlugin } from '../audit/audit.plugin';
import { areaRollupCounts } from '../reporting/area-rollup';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** The gateway's public keys (GATEWAY_JWKS_URL): only requests carrying its assertion for this subgraph and
   *  request, each once, reach /graphql, as the caller the assertion names. */
  gatewayKeys: JWTVerifyGetKey;
  /** `iss` of the gateway's assertions (GATEWAY_ASSERTION_ISSUER); chung-tay-gateway unless set. */
  assertionIssuer?: string;
  createLoaders: (caller: Caller) => Loaders;
  port: number;
  host?: string;
  introspection?: boolean;
  /** Counts the SQL statements this subgraph sends; reported on GET /metrics. */
  queries?: QueryCounter;
  /** On stop, how long requests in flight may take to finish before their connections are cut (10 s). */
  stopGracePeriodMs?: number;
}

type RawBodyRequest = express.Request & { rawBody?: Buffer };

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The gateway closes idle sockets after 15 s; staying open longer avoids "socket hang up" on reuse. */
const KEEP_ALIVE_MS = 20_000;

/** /readyz answers 503 when the database has not answered SELECT 1 within this long. */
const READINESS_TIMEOUT_MS = 2_000;

/** Serves a subgraph over HTTP: POST /graphql, GET /healthz (alive) and /readyz (database reachable). */
export async function startSubgraphServer<Loaders>(
  options: SubgraphServerOptions<Loaders>,
): Promise<RunningSubgraph> {
  const app = express();
  const httpServer: Server = createServer(app);
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;

  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema: options.schema,
    formatError,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // No usage traces: the hub runs on closed networks and reports to nobody.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.stopGracePeriodMs }),
      ApolloServerPluginInlineTraceDisabled(),
      // Answers are never cached over HTTP (personal data): no cache hints to compute for every field.
      ApolloServerPluginCacheControlDisabled(),
      auditPlugin<Loaders>(options.dataSource),
    ],
  });
  await apollo.start();
  const assertedByGateway = await gatewayOnly({
    verify: assertionVerifier({
      subgraph: options.name,
      keys: options.gatewayKeys,
      issuer: options.assertionIssuer,
    }),
    dataSource: options.dataSource,
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', subgraph: options.name });
  });
  app.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      // Not-ready within READINESS_TIMEOUT_MS even when the database hangs rather than refuses.
      await Promise.race([
        options.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('readiness check timed out')), READINESS_TIMEOUT_MS);
        }),
      ]);
      res.json({ status: 'ready', subgraph: options.name });
    } catch {
      res.status(503).json({ status: 'database unreachable', subgraph: options.name });
    } finally {
      clearTimeout(timer);
    }
  });
  // Prometheus text format; counts only, no data. Lets operators (and the end-to-end tests) see how many SQL
  // statements a gateway operation cost each subgraph.
  app.get('/metrics', (_req, res) => {
    const label = `{subgraph="${options.name}"}`;
    res
      .type('text/plain; version=0.0.4')
      .send(
        [
          '# HELP chung_tay_sql_statements_total SQL statements the operations sent to the database.',
          '# TYPE chung_tay_sql_statements_total counter',
          `chung_tay_sql_statements_total${label} ${options.queries?.count ?? 0}`,
          '# HELP chung_tay_request_id_statements_total SQL statements that recorded the ids of the gateway assertions answered (one a request).',
          '# TYPE chung_tay_request_id_statements_total counter',
          `chung_tay_request_id_statements_total${label} ${options.queries?.requestIds ?? 0}`,
          '# HELP chung_tay_area_rollups_total Area figures of finished days read from rollups or computed and kept.',
          '# TYPE chung_tay_area_rollups_total counter',
          `chung_tay_area_rollups_total{subgraph="${options.name}",outcome="found"} ${areaRollupCounts.found}`,
          `chung_tay_area_rollups_total{subgraph="${options.name}",outcome="computed"} ${areaRollupCounts.computed}`,
          '# HELP process_resident_memory_bytes Resident memory of the subgraph process.',
          '# TYPE process_resident_memory_bytes gauge',
          `process_resident_memory_bytes${label} ${process.memoryUsage.rss()}`,
          '',
        ].join('\n'),
      );
  });
  app.use(
    '/graphql',
    express.json({
      // Imports send a whole list file's rows in one mutation (the gateway caps files at 20 MB); only requests
      // the gateway sent are then answered.
      limit: '32mb',
      verify: (req, _res, raw) => {
        (req as RawBodyRequest).rawBody = raw;
      },
    }),
    assertedByGateway,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { caller } = req as AssertedRequest;
        // gatewayOnly puts the caller on every request it lets through; none here means it did not run.
        if (!caller) throw new UnauthenticatedError('This subgraph answers only requests the gateway sends');
        return createRequestContext(caller, options.createLoaders, options.dataSource);
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    stop: async () => {
      assertedByGateway.stop();
      await apollo.stop();
    },
  };
}
