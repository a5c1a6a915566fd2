import { ASSERTION_HEADER, assertionVerifier, createTokenVerifier } from '@chung-tay/common';
import { TEST_AUTH, testGatewayKey, testToken } from '@chung-tay/common/testing';
import { createRemoteJWKSet } from 'jose';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startGateway } from '../server';

// The gateway in front of a stand-in People's Committee that records what reaches it: the caller's token stops at
// the gateway, and the subgraph receives an assertion it can check with the keys the gateway publishes.
const current = testGatewayKey('2026-11');
const next = testGatewayKey('2027-05');

async function recordingSubgraph() {
  const seen: { headers: IncomingHttpHeaders; body: string; url: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body, url: req.url ?? '' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { household: { __typename: 'Household', id: 'h1', code: 'HH-1' } } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server, seen };
}

let subgraph: Awaited<ReturnType<typeof recordingSubgraph>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  subgraph = await recordingSubgraph();
  gateway = await startGateway({
    supergraphPath: resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'),
    subgraphUrls: { 'people-committee': subgraph.url },
    port: 0,
    verifyToken: createTokenVerifier(TEST_AUTH),
    // The first key signs; both are published (a rotation under way).
    publicKeys: { keys: [current.jwk, next.jwk] },
    transport: { signer: current.signer, keepAlive: true, connectionsPerSubgraph: 4, deduplicate: true },
    queryPlanCacheMiB: 5,
    limits: {
      maxDepth: 10,
      maxAliases: 15,
      maxTokens: 2000,
      maxCost: 40_000,
      maxAreaPeriods: 48,
      maxBodyBytes: 100_000,
      maxImportBytes: 1000,
    },
    overload: { maxHeapFraction: 1, maxInFlight: 100, retryAfterSeconds: 5 },
    dashboard: { dir: '/nonexistent' },
  });
});
afterAll(async () => {
  await gateway?.stop();
  subgraph.server.closeAllConnections();
  await new Promise((r) => subgraph.server.close(r));
});

const origin = () => new URL(gateway.url).origin;

describe("the gateway's assertions to subgraphs", () => {
  it('publish the public half of every key, and no private part', async () => {
    const res = await fetch(`${origin()}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    const set = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(set.keys.map((k) => k.kid)).toEqual(['2026-11', '2027-05']);
    for (const key of set.keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
    }
  });

  it('speak for the verified caller, and the caller’s token never reaches the subgraph', async () => {
    const token = await testToken({
      org: 'people-committee',
      units: ['75'],
      roles: ['viewer'],
      subject: 'nguyen.van.an',
    });
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie: 'session=1' },
      body: JSON.stringify({ query: '{ household(id: "h1") { id code } }' }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const [request] = subgraph.seen;
    expect(request!.headers.authorization).toBeUndefined();
    expect(request!.headers.cookie).toBeUndefined();
    expect(JSON.stringify(request!.headers)).not.toContain(token);
    // The subgraph's own check, against the keys the gateway publishes.
    const keys = createRemoteJWKSet(new URL(`${origin()}/.well-known/jwks.json`));
    const check = await assertionVerifier({ subgraph: 'people-committee', keys })(
      request!.headers[ASSERTION_HEADER],
      { method: 'POST', path: request!.url, body: request!.body },
    );
    expect(check).toMatchObject({
      ok: true,
      assertion: {
        caller: { subject: 'nguyen.van.an', org: 'people-committee', units: ['75'], roles: ['viewer'] },
      },
    });
    const other = await assertionVerifier({ subgraph: 'labour-union', keys })(
      request!.headers[ASSERTION_HEADER],
      {
        method: 'POST',
        path: request!.url,
        body: request!.body,
      },
    );
    expect(other.ok).toBe(false);
  });
});
