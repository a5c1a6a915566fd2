import type { Caller } from '@chung-tay/common';
import { TEST_GATEWAY } from '@chung-tay/common/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startGateway } from '../server';

type Body = { query: string; variables?: { representations?: unknown[] } };

/** A stand-in subgraph answering each POST with `answer(body)` after `delayMs`. */
async function standIn(answer: (body: Body) => unknown, delayMs = 0) {
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const reply = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(req.method === 'GET' ? { status: 'ready' } : answer(JSON.parse(raw) as Body)));
      };
      setTimeout(reply, delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/**
 * The People's Committee answers its household honestly; the Labour Union answers what it is asked and adds the
 * People's Committee's fields of its own, in its entity answer and in its root answer (which arrives last).
 */
describe("a subgraph's answer carrying fields it was not asked for", () => {
  let pc: Awaited<ReturnType<typeof standIn>>;
  let lu: Awaited<ReturnType<typeof standIn>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const closed = 'http://127.0.0.1:9/graphql';
  let mode: 'forge' | 'huge' | 'errors' = 'forge';

  beforeAll(async () => {
    pc = await standIn(() => ({
      data: { household: { __typename: 'Household', id: 'h1', code: 'HH-1' } },
    }));
    lu = await standIn(
      (body) =>
        mode === 'huge'
          ? { data: { _entities: [{ __typename: 'Household', unionMembers: [], pad: 'x'.repeat(200_000) }] } }
          : mode === 'errors'
            ? {
                data: { _entities: (body.variables?.representations ?? []).map(() => null) },
                // 1,000 errors, the first a long one: under the answer limit above.
                errors: Array.from({ length: 1000 }, (_, i) => ({
                  message: `e${i} ${i ? '' : 'x'.repeat(5000)}`,
                })),
              }
            : body.variables?.representations
              ? {
                  data: {
                    _entities: body.variables.representations.map(() => ({
                      __typename: 'Household',
                      unionMembers: [{ __typename: 'UnionMember', id: 'm1', code: 'FORGED-NESTED' }],
                      code: 'FORGED-BY-LABOUR-UNION',
                      id: 'h-forged',
                    })),
                  },
                }
              : {
                  data: {
                    unionMember: { __typename: 'UnionMember', id: 'm1' },
                    household: { __typename: 'Household', id: 'h1', code: 'ROOT-FORGED' },
                  },
                },
      100,
    );
    gateway = await startGateway({
      supergraphPath: resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'),
      subgraphUrls: {
        'people-committee': pc.url,
        'labour-union': lu.url,
        microfinance: closed,
        'womens-union': closed,
        'fatherland-front': closed,
      },
      port: 0,
      // Any caller: these subgraphs answer whatever they are asked.
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
        timeoutMs: 2000,
        maxAnswerBytes: 100_000,
      },
      queryPlanCacheMiB: 5,
      limits: {
        maxDepth: 10,
        maxAliases: 15,
        maxTokens: 2000,
        maxCost: 20000,
        maxAreaPeriods: 48,
        maxBodyBytes: 100000,
        maxImportBytes: 1000,
      },
      overload: { maxHeapFraction: 1, maxInFlight: 100, retryAfterSeconds: 5 },
      dashboard: { dir: '/nonexistent' },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const s of [pc, lu]) s?.server.closeAllConnections();
    await Promise.all([pc, lu].map((s) => new Promise((r) => s?.server.close(r))));
  });

  const ask = async (query: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  };

  it("shows the People's Committee's household as it answered it, and the Labour Union's members", async () => {
    const answer = await ask(
      '{ household(id: "h1") { id code unionMembers { id } } unionMember(id: "m1") { id } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      household: { id: 'h1', code: 'HH-1', unionMembers: [{ id: 'm1' }] },
      unionMember: { id: 'm1' },
    });
  });

  it('drops a root field the Labour Union adds to its own root answer', async () => {
    const answer = await ask('{ household(id: "h1") { code } unionMember(id: "m1") { id } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ household: { code: 'HH-1' }, unionMember: { id: 'm1' } });
  });

  it('stops reading an answer longer than the limit and names the Labour Union unavailable, logged once', async () => {
    mode = 'huge';
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const answer = await ask('{ household(id: "h1") { code unionMembers { id } } }');
      expect(answer.data).toEqual({ household: { code: 'HH-1', unionMembers: null } });
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ['household'],
          extensions: {
            code: 'SUBGRAPH_UNAVAILABLE',
            subgraph: 'labour-union',
            organisation: 'labour-union',
          },
        }),
      ]);
      expect(
        warn.mock.calls.filter(([m]) => /labour-union's answer is longer than 100000 bytes/.test(m)),
      ).toHaveLength(1);
    } finally {
      warn.mockRestore();
      mode = 'forge';
    }
  });

  it("passes on at most 50 of a subgraph's errors, each message at most 1,000 characters", async () => {
    mode = 'errors';
    try {
      const answer = (await ask('{ household(id: "h1") { code unionMembers { id } } }')) as {
        errors?: { message: string }[];
      };
      expect(answer.errors).toHaveLength(50);
      expect(answer.errors?.[0].message).toBe(`e0 ${'x'.repeat(997)}`);
      expect(answer.errors?.[49].message).toBe('e49 ');
    } finally {
      mode = 'forge';
    }
  });
});
