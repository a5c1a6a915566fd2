import type { DataSource } from 'typeorm';
import { signToken, createTokenVerifier, type TokenRequest } from '../auth/token';
import { hmacSigningKey, signRequest } from '../auth/request-signature';
import { connectAndMigrate, createDatabase } from '../database/data-source';
import { createTestDatabase } from '../database/embedded-postgres';
import type { QueryCounter } from '../database/query-counter';
import type { SubgraphDefinition } from '../server/run-subgraph';
import { startSubgraphServer } from '../server/start-subgraph';

export const TEST_AUTH = {
  JWT_SECRET: 'test-secret-for-chung-tay-tests-only-0123456789',
  JWT_ISSUER: 'chung-tay',
  JWT_AUDIENCE: 'chung-tay-hub',
};

/** Tests that call a subgraph directly stand in for the gateway and sign like it. */
export const TEST_SIGNING_SECRET = 'test-signing-secret-for-chung-tay-tests-0123456789';
export const TEST_SIGNING_KEY = hmacSigningKey(TEST_SIGNING_SECRET);

export const testToken = (request: TokenRequest) => signToken(request, TEST_AUTH);

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  /** The subgraph to sign for, as the gateway does; or `sign: false` to send it unsigned. */
  options: { subgraph: string } | { sign: false },
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const authorization = token ? `Bearer ${token}` : undefined;
  const signature =
    'subgraph' in options
      ? signRequest(TEST_SIGNING_KEY, options.subgraph, {
          method: 'POST',
          path: new URL(url).pathname,
          body,
          authorization,
        })
      : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
      ...signature,
    },
    body,
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export interface SubgraphHarness {
  url: string;
  dataSource: DataSource;
  queries: QueryCounter;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Runs one subgraph over real HTTP against its own throwaway database, as its service tests need. */
export async function startSubgraphHarness<L>(
  definition: SubgraphDefinition<L>,
  options: { /** Another PostgreSQL than the test run's shared one. */ adminUrl?: string } = {},
): Promise<SubgraphHarness> {
  const db = await createTestDatabase(options.adminUrl);
  const database = createDatabase({
    url: db.url,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: 4,
    keepStatements: true,
  });
  await connectAndMigrate(database);
  const { schema } = await definition.buildSchema();
  const server = await startSubgraphServer({
    name: definition.info.name,
    schema,
    dataSource: database.dataSource,
    verifyToken: createTokenVerifier(TEST_AUTH),
    signingKey: TEST_SIGNING_KEY,
    createLoaders: definition.createLoaders(database.dataSource),
    port: 0,
    queries: database.queries,
  });
  return {
    url: server.url,
    dataSource: database.dataSource,
    queries: database.queries,
    query: (q, variables, token) =>
      postGraphQL(server.url, q, variables ?? {}, token, { subgraph: definition.info.name }),
    close: async () => {
      await server.stop();
      await database.dataSource.destroy();
      await db.drop();
    },
  };
}
