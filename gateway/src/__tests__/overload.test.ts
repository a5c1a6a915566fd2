import { TEST_GATEWAY } from '@chung-tay/common/testing';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Caller } from '@chung-tay/common';
import { startGateway } from '../server';
import type { OverloadLimits } from '../overload';

/** A People's Committee that answers `household` after `delayMs` (to keep requests in flight). */
async function slowSubgraph(delayMs: number) {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { household: { __typename: 'Household', id: 'h1', code: 'HH-1' } } }));
      }, delayMs),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

async function gatewayWith(overload: OverloadLimits, subgraphUrl: string) {
  return startGateway({
    supergraphPath: resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'),
    subgraphUrls: { 'people-committee': subgraphUrl },
    port: 0,
    verifyToken: async (): Promise<Caller> => ({
      subject: 'test',
      org: 'people-committee',
      units: ['75'],
      roles: ['viewer'],
    }),
    publicKeys: { keys: [TEST_GATEWAY.jwk] },
    transport: {
      signer: TEST_GATEWAY.signer,
      keepAlive: true,
      connectionsPerSubgraph: 4,
      deduplicate: false,
      timeoutMs: 5_000,
    },
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
    overload,
    dashboard: { dir: '/nonexistent' },
  });
}

const household = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify({ query: '{ household(id: "h1") { id code } }' }),
  });

let subgraph: Awaited<ReturnType<typeof slowSubgraph>>;
beforeAll(async () => {
  subgraph = await slowSubgraph(500);
});
afterAll(async () => {
  subgraph.server.closeAllConnections();
  await new Promise((r) => subgraph.server.close(r));
});

describe('a gateway short of memory', () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  beforeAll(async () => {
    // Any heap in use is over a threshold this small.
    gateway = await gatewayWith(
      { maxHeapFraction: 0.0001, maxInFlight: 100, retryAfterSeconds: 7 },
      subgraph.url,
    );
  });
  afterAll(() => gateway.stop());

  it('answers a new request 503 SERVICE_OVERLOADED with Retry-After, as GraphQL', async () => {
    const response = await household(gateway.url);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_OVERLOADED');
    expect(body.errors[0]!.message).toMatch(
      /The gateway is overloaded: its memory is \d+% full \(the limit is 0%\)/,
    );
  });

  it('still answers health and metrics, so it is not taken for dead', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/chung_tay_heap_used_ratio \d/);
  });
});

describe('a gateway with as many requests in flight as it takes', () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  beforeAll(async () => {
    gateway = await gatewayWith({ maxHeapFraction: 1, maxInFlight: 2, retryAfterSeconds: 5 }, subgraph.url);
  });
  afterAll(() => gateway.stop());

  it('refuses the third at once with 503 and serves the two, then takes new ones again', async () => {
    const answers = await Promise.all([
      household(gateway.url),
      household(gateway.url),
      household(gateway.url),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 503]);
    expect((await household(gateway.url)).status).toBe(200);
  });
});

describe('callers who trickle their requests', () => {
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    gateway = await gatewayWith({ maxHeapFraction: 1, maxInFlight: 2, retryAfterSeconds: 5 }, subgraph.url);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await gateway.stop();
  });

  it('hold no place: with more half-sent requests open than the limit, a whole one is still answered', async () => {
    const { port } = new URL(gateway.url);
    for (let i = 0; i < 5; i++) {
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      // Headers and a first byte of a body that never comes, with and without a token.
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
          `${i % 2 ? 'Authorization: Bearer t\r\n' : ''}Content-Length: 90000\r\n\r\n{`,
      );
      sockets.push(socket);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect((await household(gateway.url)).status).toBe(200);
  });
});
