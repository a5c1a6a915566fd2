import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeJwt, type JWK } from 'jose';
import type { DataSource } from 'typeorm';
import { signToken, type TokenRequest } from '../auth/token';
import { assertionHeaders, type AssertedCaller, type AssertionSigner } from '../auth/gateway-assertion';
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

/** A key pair standing in for the gateway's: tests that call a subgraph directly make its assertions. */
export function testGatewayKey(kid = 'test-gateway-key') {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk: JWK = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'ES256', use: 'sig' };
  const signer: AssertionSigner & { key: KeyObject } = { key: privateKey, kid };
  const privateJwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid };
  return { signer, jwk, privateJwk, keys: createLocalJWKSet({ keys: [jwk] }) };
}

/** The stand-in gateway every harness trusts. */
export const TEST_GATEWAY = testGatewayKey();

/** A GATEWAY_SIGNING_KEYS_FILE holding TEST_GATEWAY's private key, for a gateway started in a test. */
export function testGatewayKeysFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chung-tay-gateway-keys-')), 'gateway-signing-keys.json');
  writeFileSync(path, JSON.stringify({ keys: [TEST_GATEWAY.privateJwk] }), { mode: 0o600 });
  return path;
}

/** Publishes TEST_GATEWAY's public key over HTTP, for a subgraph process given GATEWAY_JWKS_URL. */
export async function serveTestGatewayKeys() {
  const body = JSON.stringify({ keys: [TEST_GATEWAY.jwk] });
  const server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A caller's token as the gateway receives it; the harness turns it into the gateway's assertion. */
export const testToken = (request: TokenRequest) => signToken(request, TEST_AUTH);

/** Who a test request speaks for: a token from testToken (its claims, as the gateway maps them) or the claims. */
export type TestCaller = string | TokenRequest;

function assertedCaller(caller: TestCaller): AssertedCaller {
  if (typeof caller === 'string') {
    // The claims as they are, unchecked, so tests see the subgraph refuse what the gateway would also refuse.
    const { sub, org, units, roles } = decodeJwt(caller);
    return { subject: sub, org, units, roles } as AssertedCaller;
  }
  const { org, units, roles } = caller;
  return { subject: caller.subject ?? `${org}-${roles[0]}`, org, units, roles };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * Sends one request as the gateway would: with an assertion for `options.subgraph` speaking for `caller` (never
 * the caller's token), or with none (`assert: false`, or no caller).
 */
export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  caller: TestCaller | undefined,
  options: { subgraph: string; signer?: AssertionSigner } | { assert: false },
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const assertion =
    'subgraph' in options && caller !== undefined
      ? await assertionHeaders(
          options.signer ?? TEST_GATEWAY.signer,
          options.subgraph,
          assertedCaller(caller),
          {
            method: 'POST',
            path: new URL(url).pathname,
            body,
          },
        )
      : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...assertion },
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
    caller?: TestCaller,
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
    gatewayKeys: TEST_GATEWAY.keys,
    createLoaders: definition.createLoaders(database.dataSource),
    port: 0,
    queries: database.queries,
  });
  return {
    url: server.url,
    dataSource: database.dataSource,
    queries: database.queries,
    query: (q, variables, caller) =>
      postGraphQL(server.url, q, variables ?? {}, caller, { subgraph: definition.info.name }),
    close: async () => {
      await server.stop();
      await database.dataSource.destroy();
      await db.drop();
    },
  };
}
