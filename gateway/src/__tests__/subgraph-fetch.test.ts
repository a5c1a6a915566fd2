import { ASSERTION_HEADER, assertionVerifier, type AssertedCaller } from '@chung-tay/common';
import { TEST_GATEWAY } from '@chung-tay/common/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMutation, speakingFor, subgraphFetch, type SubgraphTransport } from '../subgraph-fetch';

const officer: AssertedCaller = {
  subject: 'u-1',
  org: 'fatherland-front',
  units: ['75'],
  roles: ['officer'],
};
const verifierFor = (subgraph: string) => assertionVerifier({ subgraph, keys: TEST_GATEWAY.keys });

/** A stand-in subgraph that records what reaches it and answers after a pause (so requests overlap). */
async function recordingSubgraph() {
  const seen: { headers: IncomingHttpHeaders; body: string; socket: number }[] = [];
  const sockets = new Map<unknown, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size + 1);
      seen.push({ headers: req.headers, body, socket: sockets.get(req.socket)! });
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { n: seen.length } }));
      }, 30);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen, server };
}

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<Response>;

describe("the gateway's subgraph requests", () => {
  let subgraph: Awaited<ReturnType<typeof recordingSubgraph>>;
  beforeEach(async () => {
    subgraph = await recordingSubgraph();
  });
  afterEach(() => new Promise((resolve) => subgraph.server.close(resolve)));

  const transport = (over: Partial<SubgraphTransport> = {}, subgraph = 'fatherland-front') =>
    subgraphFetch({
      signer: TEST_GATEWAY.signer,
      keepAlive: true,
      connectionsPerSubgraph: 4,
      deduplicate: true,
      ...over,
    })(subgraph) as unknown as Fetch;
  const post = (fetch: Fetch, body: string, caller: AssertedCaller = officer) =>
    speakingFor(caller, () =>
      fetch(subgraph.url, {
        method: 'POST',
        // A data source that added the caller's token would still not have it sent.
        headers: { authorization: 'Bearer users-own-token', 'content-type': 'application/json' },
        body,
      }),
    ).then((r) => r.json() as Promise<{ data: { n: number } }>);

  it("carry the gateway's assertion for their subgraph, the caller, method, path and exact body, and no token", async () => {
    const body = '{"query":"{ a }"}';
    await post(transport(), body);
    const [request] = subgraph.seen;
    expect(request!.body).toBe(body);
    expect(request!.headers.authorization).toBeUndefined();
    const assertion = request!.headers[ASSERTION_HEADER];
    const parts = { method: 'POST', path: '/graphql', body };
    expect(await verifierFor('fatherland-front')(assertion, parts)).toMatchObject({
      ok: true,
      assertion: { caller: officer },
    });
    // A different body under the same assertion, or another subgraph, would refuse it.
    expect(await verifierFor('fatherland-front')(assertion, { ...parts, body: '{}' })).toMatchObject({
      ok: false,
    });
    expect(await verifierFor('labour-union')(assertion, parts)).toEqual({
      ok: false,
      problem: expect.stringContaining('issued for another subgraph'),
    });
  });

  it('are never sent without a verified caller to speak for', async () => {
    const fetch = transport();
    await expect(
      fetch(subgraph.url, { method: 'POST', headers: {}, body: '{"query":"{ a }"}' }),
    ).rejects.toThrow(/No verified caller/);
    expect(subgraph.seen).toHaveLength(0);
  });

  it('carry a new assertion id each, even for the same mutation sent twice', async () => {
    const fetch = transport();
    const mutation = '{"query":"mutation M__ff__0 { recordFrontDonation }"}';
    await Promise.all([post(fetch, mutation), post(fetch, mutation)]);
    await post(fetch, mutation);
    const ids = await Promise.all(
      subgraph.seen.map(async (s) => {
        const check = await verifierFor('fatherland-front')(s.headers[ASSERTION_HEADER], {
          method: 'POST',
          path: '/graphql',
          body: mutation,
        });
        return check.ok ? check.assertion.jti : null;
      }),
    );
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('send identical queries in flight together once, and each caller gets the answer', async () => {
    const fetch = transport();
    const body = '{"query":"query Q__pc__0 { a }","variables":{}}';
    const answers = await Promise.all([post(fetch, body), post(fetch, body), post(fetch, body)]);
    // One request, so one assertion: the subgraph answers it once and every caller shares that answer.
    expect(subgraph.seen).toHaveLength(1);
    expect(answers.map((a) => a.data.n)).toEqual([1, 1, 1]);
    // Once answered, the next identical query is sent again (nothing is cached).
    await post(fetch, body);
    expect(subgraph.seen).toHaveLength(2);
  });

  it('never share across callers or their claims, different bodies, mutations, or with deduplication off', async () => {
    const fetch = transport();
    const query = '{"query":"{ a }"}';
    await Promise.all([post(fetch, query), post(fetch, query, { ...officer, subject: 'u-2' })]);
    expect(subgraph.seen).toHaveLength(2);
    // The same person with other roles or units is another caller: each answer depends on them.
    await Promise.all([
      post(fetch, query),
      post(fetch, query, { ...officer, roles: ['viewer'] }),
      post(fetch, query, { ...officer, units: ['79'] }),
    ]);
    expect(subgraph.seen).toHaveLength(5);
    const mutation = '{"query":"mutation M__pc__0 { record }"}';
    await Promise.all([post(fetch, mutation), post(fetch, mutation)]);
    expect(subgraph.seen).toHaveLength(7);
    const off = transport({ deduplicate: false });
    await Promise.all([post(off, query), post(off, query)]);
    expect(subgraph.seen).toHaveLength(9);
  });

  it('reuse connections with keep-alive and open one per request without', async () => {
    const body = (i: number) => `{"query":"{ a${i} }"}`;
    const pooled = transport();
    for (let i = 0; i < 6; i++) await post(pooled, body(i));
    // undici may open a second connection while the first is being released; never one per request.
    expect(new Set(subgraph.seen.map((s) => s.socket)).size).toBeLessThanOrEqual(2);
    const closing = transport({ keepAlive: false });
    for (let i = 6; i < 12; i++) await post(closing, body(i));
    expect(new Set(subgraph.seen.slice(6).map((s) => s.socket)).size).toBe(6);
  });
});

describe('isMutation', () => {
  it.each([
    ['{"query":"mutation M__pc__0($input: X!) { a }"}', true],
    ['{"variables":{},"query":"  mutation { a }"}', true],
    ['{"query":"query Q { a }"}', false],
    ['{"query":"{ mutationCount }"}', false],
    [
      '{"query":"query($r:[_Any!]!){_entities(representations:$r){a}}","variables":{"note":"mutation"}}',
      false,
    ],
  ])('%s → %s', (body, expected) => expect(isMutation(body)).toBe(expected));
});
