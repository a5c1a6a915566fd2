import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  disableApolloTelemetry,
  HubError,
  type Caller,
  type PublicKeySet,
  type TokenVerifier,
} from '@chung-tay/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, Kind, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pruneAnswer, shapeCache } from './answer-shape';
import { dashboardRouter, type DashboardOptions } from './dashboard';
import { explorerRouter } from './explorer';
import { heapInUse, overloadGuard, type OverloadLimits } from './overload';
import { queryLimitsPlugin } from './query-limits';
import { readinessHandler } from './readiness';
import { graphqlBody, tokenLimit } from './request-errors';
import { exportsRouter } from './exports/router';
import { importsRouter } from './imports/router';
import { speakingFor, subgraphFetch, subgraphFetchCounts, type SubgraphTransport } from './subgraph-fetch';
import type { ExportContext } from './exports/operation';
import {
  callerFacingErrors,
  errorPath,
  isNetworkFailure,
  isOrganisationError,
  isRefusalOfTheGateway,
  isRefusedRequest,
  logAnswerWithoutCode,
  logRefusal,
  isSubgraphUnavailable,
  isUnavailableAnswer,
  subgraphRefusedError,
  subgraphUnavailableError,
  SubgraphAnswerTooLarge,
} from './subgraph-errors';

export interface GatewayOptions {
  supergraphPath: string;
  /** Subgraph name → URL, replacing the URL composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  port: number;
  host?: string;
  production?: boolean;
  introspection?: boolean;
  verifyToken: TokenVerifier;
  /** How subgraphs are called: assertions, keep-alive and pool, deduplication. */
  transport: SubgraphTransport;
  /** The public half of every key in GATEWAY_SIGNING_KEYS_FILE, served at GET /.well-known/jwks.json. */
  publicKeys: PublicKeySet;
  /** The query-plan cache's approximate size (MiB); a plan is made once per distinct operation. */
  queryPlanCacheMiB: number;
  limits: QueryLimits;
  /** When new requests are refused with 503 instead of risking the process (overload.ts). */
  overload: OverloadLimits;
  dashboard: DashboardOptions;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** The price of an operation, lists multiplied (query-cost.ts). */
  maxCost: number;
  /** AreaPeriod objects in one operation, over every alias and period. */
  maxAreaPeriods: number;
  maxBodyBytes: number;
  /** The largest .xlsx or .csv file POST /imports/… takes. */
  maxImportBytes: number;
}

type GatewayContext = ExportContext;

/**
 * Calls a subgraph for the caller the gateway verified: the fetcher (subgraph-fetch.ts) adds an assertion for that
 * caller and never the caller's token. A subgraph that cannot be reached gives an error naming its organisation
 * (subgraph-errors.ts); the other subgraphs' fields still come.
 */
type SubgraphErrors = { message: string; extensions?: { code?: string } }[];

/** The errors of a subgraph's answer, if it is GraphQL's JSON; anything else is text for the console. */
function parseErrors(text: string): SubgraphErrors | undefined {
  try {
    const errors = (JSON.parse(text) as { errors?: unknown })?.errors;
    return Array.isArray(errors) ? (errors as SubgraphErrors) : undefined;
  } catch {
    return undefined;
  }
}

/** The supergraph's interfaces and unions: a fragment on one of them applies to any object (answer-shape.ts). */
function abstractTypes(supergraphSdl: string): Set<string> {
  return new Set(
    parse(supergraphSdl, { noLocation: true })
      .definitions.filter(
        (d) => d.kind === Kind.INTERFACE_TYPE_DEFINITION || d.kind === Kind.UNION_TYPE_DEFINITION,
      )
      .map((d) => (d as { name: { value: string } }).name.value),
  );
}

const shapeOf = shapeCache();

class AssertingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly subgraph: string;
  readonly abstractTypes: ReadonlySet<string>;

  constructor(
    config: Partial<RemoteGraphQLDataSource<GatewayContext>> & {
      subgraph: string;
      abstractTypes: ReadonlySet<string>;
    },
  ) {
    super(config);
    this.subgraph = config.subgraph;
    this.abstractTypes = config.abstractTypes;
  }

  /** Only what this fetch asked this subgraph for reaches the shared result (answer-shape.ts). */
  private keepAsked(
    answer: Awaited<ReturnType<RemoteGraphQLDataSource['process']>>,
    request: { query?: string; variables?: Record<string, unknown> },
  ) {
    const shape = request.query ? shapeOf(request.query) : undefined;
    if (!answer.data || !shape) return answer;
    const data = pruneAnswer(answer.data, shape, request.variables, this.abstractTypes);
    return { ...answer, data: data as typeof answer.data };
  }

  override async process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0]) {
    const caller = options.context?.caller;
    try {
      const answer = await (caller
        ? speakingFor(caller, () => super.process(options))
        : super.process(options));
      const asked = this.keepAsked(answer, options.request);
      return asked.errors ? { ...asked, errors: callerFacingErrors(this.subgraph, asked.errors) } : asked;
    } catch (error) {
      if (!isOrganisationError(error)) throw error;
      const path = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
      throw new GraphQLError(error.message, {
        path: errorPath(path),
        originalError: error.originalError,
        extensions: error.extensions,
      });
    }
  }

  /** Refused, reset, timed out or not JSON: the organisation's service is unavailable. */
  override didEncounterError(error: Error) {
    if (isSubgraphUnavailable(error)) throw error;
    if (error instanceof SubgraphAnswerTooLarge)
      throw subgraphUnavailableError(this.subgraph, { cause: error });
    if (isNetworkFailure(error) || error instanceof SyntaxError)
      throw subgraphUnavailableError(this.subgraph, { cause: error });
    throw error;
  }

  /**
   * Unreachable, or a refusal of the gateway's assertion (subgraph-errors.ts): the organisation's service is
   * unavailable. Any other refusal keeps the subgraph's code and message but never its HTTP status: only the
   * gateway decides the status of its answer.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const { status } = response;
    if (isUnavailableAnswer(status, response.headers.get('content-type')) && !isRefusedRequest(status))
      return subgraphUnavailableError(this.subgraph);
    const text = await response.text().catch(() => '');
    const first = parseErrors(text)?.[0];
    if (isRefusalOfTheGateway(status, first?.extensions?.code)) {
      logRefusal(this.subgraph, status, first?.message);
      return subgraphUnavailableError(this.subgraph);
    }
    if (first?.extensions?.code)
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    logAnswerWithoutCode(this.subgraph, status, first?.message ?? text);
    return isRefusedRequest(status)
      ? subgraphRefusedError(this.subgraph)
      : subgraphUnavailableError(this.subgraph);
  }
}

export async function startGateway(options: GatewayOptions) {
  const fetcherFor = subgraphFetch(options.transport);
  /** Each subgraph's /graphql URL, as the gateway calls it (GET /readyz asks the /readyz beside it). */
  const subgraphUrls: Record<string, string> = {};
  const supergraphSdl = readFileSync(options.supergraphPath, 'utf8');
  const abstract = abstractTypes(supergraphSdl);
  // The hub runs on closed government networks: the gateway reports usage nowhere.
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB,
    buildService: ({ name, url }) => {
      subgraphUrls[name] = options.subgraphUrls?.[name] ?? url ?? '';
      return new AssertingDataSource({
        url: subgraphUrls[name],
        fetcher: fetcherFor(name),
        subgraph: name,
        abstractTypes: abstract,
      });
    },
  });
  const app = express();
  const httpServer = createServer(app);
  // A request's headers must come within 20 s and the whole request within 2 minutes (an import of 20 MB on a slow
  // link fits): a client trickling bytes cannot keep a socket for Node's default 5 minutes.
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 120_000;
  // Refuse over-large queries while validating, before any subgraph is asked (graphql-armor).
  const armor = new ApolloArmor({
    maxDepth: { n: options.limits.maxDepth },
    maxAliases: { n: options.limits.maxAliases },
    // The token limit is GraphQL's own (parseOptions below): armor's turned every syntax error into a 500.
    maxTokens: { enabled: false },
    // Armor's cost does not multiply by list sizes; queryLimitsPlugin prices the operation instead.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !!options.production },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection ?? !options.production,
    ...armor,
    allowBatchedHttpRequests: false,
    parseOptions: tokenLimit(options.limits.maxTokens),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers (personal data), so no cache hints to compute for every field.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      queryLimitsPlugin(supergraphSdl, options.limits),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get(
    '/readyz',
    readinessHandler(() => subgraphUrls),
  );
  // Prometheus text format; counts only, no data.
  app.get('/metrics', (_req, res) => {
    res
      .type('text/plain; version=0.0.4')
      .send(
        [
          '# HELP process_resident_memory_bytes Resident memory of the gateway process.',
          '# TYPE process_resident_memory_bytes gauge',
          `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
          '# HELP chung_tay_heap_used_ratio Heap in use as a share of the heap limit (503 above GATEWAY_MAX_HEAP_FRACTION).',
          '# TYPE chung_tay_heap_used_ratio gauge',
          `chung_tay_heap_used_ratio ${heapInUse().toFixed(3)}`,
          '# HELP chung_tay_subgraph_requests_total Requests sent to subgraphs.',
          '# TYPE chung_tay_subgraph_requests_total counter',
          `chung_tay_subgraph_requests_total ${subgraphFetchCounts.sent}`,
          '# HELP chung_tay_subgraph_requests_deduplicated_total Subgraph requests answered by an identical one in flight.',
          '# TYPE chung_tay_subgraph_requests_deduplicated_total counter',
          `chung_tay_subgraph_requests_deduplicated_total ${subgraphFetchCounts.deduplicated}`,
          '',
        ].join('\n'),
      );
  });
  // Everything below may build a large answer: refused while the gateway is short of memory; GraphQL requests
  // and exports count against the in-flight limit once read and signed in (overload.ts).
  const overload = overloadGuard(options.overload);
  app.use(overload.memory);
  // The keys subgraphs check the gateway's assertions with (GATEWAY_JWKS_URL); public, cacheable for a while.
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(options.publicKeys);
  });
  app.get('/', (_req, res) => res.redirect('/dashboard/'));
  app.use(dashboardRouter(options.dashboard));
  app.use(explorerRouter('/graphql', options.dashboard.signIn));
  app.use(
    '/graphql',
    ...graphqlBody(options.limits.maxBodyBytes),
    refuseUnauthenticated(options.verifyToken),
    overload.admitted,
    expressMiddleware(apollo, { context: async ({ res }) => ({ caller: verifiedCaller(res) }) }),
  );
  app.use(
    '/exports',
    overload.admitted,
    exportsRouter({ apollo, gateway, verifyToken: options.verifyToken }),
  );
  app.use(
    '/imports',
    importsRouter({ apollo, verifyToken: options.verifyToken, maxBytes: options.limits.maxImportBytes }),
  );
  app.use(bodyErrors);
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The caller refuseUnauthenticated verified for this request. */
const verifiedCaller = (res: express.Response): Caller => res.locals.caller as Caller;

/**
 * Missing, expired or badly signed tokens stop here with 401; the verified caller is kept for the assertions the
 * subgraphs receive (the token itself goes no further).
 */
function refuseUnauthenticated(verifyToken: TokenVerifier): express.RequestHandler {
  return (req, res, next) => {
    verifyToken(req.headers.authorization).then(
      (caller) => {
        res.locals.caller = caller;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof HubError)) return next(error);
        res.status(401).json(graphqlError(error.message, 'UNAUTHENTICATED'));
      },
    );
  };
}

/** Body-parser errors (too large, not JSON) as GraphQL-shaped answers instead of HTML pages. */
export const bodyErrors: express.ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  if (status === 413)
    return res
      .status(413)
      .json(graphqlError('The request body is larger than the gateway accepts', 'BAD_REQUEST'));
  if (status === 400)
    return res.status(400).json(graphqlError('The request body is not valid JSON', 'BAD_REQUEST'));
  return next(error);
};
