import type { Caller } from '@chung-tay/common';
import { TEST_GATEWAY } from '@chung-tay/common/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startGateway } from '../server';

type Behaviour =
  | 'answer'
  | 'refuse'
  | 'bad-gateway'
  | 'html'
  | 'hang'
  | 'unauthenticated'
  | 'unauthenticated-in-200'
  | 'bad-request-text'
  | 'too-large-json'
  | 'server-error-json';

/** What a hostile subgraph would like every official to read, with the status that would sign them out. */
const HOSTILE = {
  message: 'Phiên đăng nhập hết hạn — đăng nhập lại tại http://evil.example/login',
  extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
};

/**
 * Stand-ins for the People's Committee (answers `household`), the Microfinance lender (answers `loans` for
 * any household) and the Labour Union, which behaves as each case asks.
 */
async function fakeSubgraph(answer: (body: { query: string; variables?: any }) => unknown) {
  let behaviour: Behaviour = 'answer';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (behaviour === 'hang') return; // never answers
      if (behaviour === 'refuse') req.socket.destroy();
      else if (behaviour === 'bad-gateway') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<h1>502 Bad Gateway</h1>');
      } else if (behaviour === 'unauthenticated') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [HOSTILE] }));
      } else if (behaviour === 'unauthenticated-in-200') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const { data } = answer(JSON.parse(raw)) as { data: { _entities: unknown[] } };
        res.end(
          JSON.stringify({
            data: { _entities: data._entities.map(() => null) },
            errors: [{ ...HOSTILE, path: ['_entities', 0] }],
          }),
        );
      } else if (behaviour === 'bad-request-text') {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('Bad Request: internal parser at /srv/labour-union/src/x.ts:12\n\u001b[31mstack');
      } else if (behaviour === 'too-large-json' || behaviour === 'server-error-json') {
        res.writeHead(behaviour === 'too-large-json' ? 413 : 500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'body over 1mb at /srv/labour-union' }] }));
      } else if (behaviour === 'html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<h1>Maintenance</h1>');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        // GET is the gateway's /readyz asking.
        res.end(JSON.stringify(req.method === 'GET' ? { status: 'ready' } : answer(JSON.parse(raw))));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    set: (b: Behaviour) => (behaviour = b),
  };
}

const entities = (field: string, value: unknown) => (body: { variables?: any }) => ({
  data: {
    _entities: (body.variables?.representations ?? []).map(() => ({
      __typename: 'Household',
      [field]: value,
    })),
  },
});

describe('one subgraph down', () => {
  let pc: Awaited<ReturnType<typeof fakeSubgraph>>;
  let mf: Awaited<ReturnType<typeof fakeSubgraph>>;
  let lu: Awaited<ReturnType<typeof fakeSubgraph>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const closed = 'http://127.0.0.1:9/graphql'; // discard port: nothing listens

  beforeAll(async () => {
    pc = await fakeSubgraph(() => ({
      data: { household: { __typename: 'Household', id: 'h1', code: 'HH-1' } },
    }));
    mf = await fakeSubgraph(entities('loans', []));
    lu = await fakeSubgraph(entities('unionMembers', []));
    gateway = await startGateway({
      supergraphPath: resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'),
      subgraphUrls: {
        'people-committee': pc.url,
        microfinance: mf.url,
        'labour-union': lu.url,
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
        timeoutMs: 500,
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
    for (const s of [pc, mf, lu]) s?.server.closeAllConnections();
    await Promise.all([pc, mf, lu].map((s) => new Promise((r) => s?.server.close(r))));
  });

  let status = 0;
  const ask = async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ query: '{ household(id: "h1") { code unionMembers { id } loans { id } } }' }),
    });
    status = response.status;
    return (await response.json()) as {
      data?: { household: Record<string, unknown> | null };
      errors?: { message: string; path?: unknown[]; extensions: Record<string, unknown> }[];
    };
  };

  it.each<[string, Behaviour]>([
    ['refuses connections', 'refuse'],
    ['answers 502', 'bad-gateway'],
    ['answers a page, not JSON', 'html'],
    ['does not answer in time', 'hang'],
  ])('answers the other organisations and names the Labour Union when it %s', async (_, behaviour) => {
    lu.set(behaviour);
    const answer = await ask();
    expect(answer.data).toEqual({ household: { code: 'HH-1', unionMembers: null, loans: [] } });
    expect(answer.errors).toEqual([
      {
        message:
          "The Labour Union's service (labour-union) is unavailable; its fields are missing from this answer",
        path: ['household'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'labour-union', organisation: 'labour-union' },
      },
    ]);
  });

  // The gateway verified the caller; a subgraph refusing the gateway's assertion is that organisation's failure,
  // never the session's: no 401, no wording of its own, the other organisations' fields still there.
  it.each<[string, Behaviour]>([
    ['answers 401 UNAUTHENTICATED', 'unauthenticated'],
    ['answers 200 with an UNAUTHENTICATED error asking for status 401', 'unauthenticated-in-200'],
  ])('answers 200 and names the Labour Union unavailable when it %s', async (_, behaviour) => {
    lu.set(behaviour);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const answer = await ask();
      expect(status).toBe(200);
      expect(answer.data).toEqual({ household: { code: 'HH-1', unionMembers: null, loans: [] } });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]).toMatchObject({
        message:
          "The Labour Union's service (labour-union) is unavailable; its fields are missing from this answer",
        path: ['household'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', organisation: 'labour-union' },
      });
      expect(JSON.stringify(answer)).not.toMatch(/evil\.example|UNAUTHENTICATED/);
      // The subgraph's reason is for the gateway's operators.
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/labour-union refused .*evil\.example/));
    } finally {
      warn.mockRestore();
    }
  });

  // Apollo's default error for a non-OK answer carries `extensions.response`: the subgraph's internal URL, status
  // and body. The caller learns which organisation failed; the details go to the gateway's console.
  it.each<[string, Behaviour, string, string]>([
    ['400 text/plain', 'bad-request-text', 'SUBGRAPH_REFUSED', 'refused this request'],
    ['413 JSON without a code', 'too-large-json', 'SUBGRAPH_REFUSED', 'refused this request'],
    ['500 JSON without a code', 'server-error-json', 'SUBGRAPH_UNAVAILABLE', 'is unavailable'],
  ])(
    'names the Labour Union without its internal details when it answers %s',
    async (_, behaviour, code, wording) => {
      lu.set(behaviour);
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        const answer = await ask();
        expect(status).toBe(200);
        expect(answer.data).toEqual({ household: { code: 'HH-1', unionMembers: null, loans: [] } });
        expect(answer.errors).toEqual([
          {
            message: `The Labour Union's service (labour-union) ${wording}; its fields are missing from this answer`,
            path: ['household'],
            extensions: { code, subgraph: 'labour-union', organisation: 'labour-union' },
          },
        ]);
        const text = JSON.stringify(answer);
        expect(text).not.toMatch(/"response"|127\.0\.0\.1|\/srv\/|\/graphql/);
        // The operators read the status and a short, one-line reason.
        expect(warn).toHaveBeenCalledTimes(1);
        const logged = String(warn.mock.calls[0]![0]);
        expect(logged).toMatch(
          /^\[gateway\] labour-union answered HTTP (400|413|500) without an error code: \S/,
        );
        expect(logged).not.toMatch(/[\u0000-\u001f]/);
      } finally {
        warn.mockRestore();
      }
    },
  );

  it('answers fully again as soon as the subgraph is back', async () => {
    lu.set('answer');
    expect(await ask()).toEqual({ data: { household: { code: 'HH-1', unionMembers: [], loans: [] } } });
  });

  it('GET /readyz names each subgraph and is 503 while one is unreachable', async () => {
    const readyz = gateway.url.replace(/\/graphql$/, '/readyz');
    const response = await fetch(readyz);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; subgraphs: Record<string, any> };
    expect(body.status).toBe('degraded');
    expect(body.subgraphs['womens-union']).toEqual({
      organisation: "Women's Union",
      status: 'unreachable',
      url: 'http://127.0.0.1:9/readyz',
    });
    expect(body.subgraphs['labour-union']).toEqual({
      organisation: 'Labour Union',
      status: 'ready',
      url: lu.url.replace(/graphql$/, 'readyz'),
    });
    expect(Object.keys(body.subgraphs).sort()).toEqual([
      'fatherland-front',
      'labour-union',
      'microfinance',
      'people-committee',
      'womens-union',
    ]);
  });
});
