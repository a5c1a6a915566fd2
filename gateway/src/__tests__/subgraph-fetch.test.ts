import { checkRequestSignature, hmacSigningKey, REQUEST_ID_HEADER } from '@chung-tay/common';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMutation, subgraphFetch, type SubgraphTransport } from '../subgraph-fetch';

const KEY = hmacSigningKey('x'.repeat(40));

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
      signingKey: KEY,
      keepAlive: true,
      connectionsPerSubgraph: 4,
      deduplicate: true,
      ...over,
    })(subgraph) as unknown as Fetch;
  const post = (fetch: Fetch, body: string, authorization = 'Bearer a') =>
    fetch(subgraph.url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body,
    }).then((r) => r.json() as Promise<{ data: { n: number } }>);

  it('are signed for their subgraph over method, path, exact body and token, so that subgraph accepts them', async () => {
    const body = '{"query":"{ a }"}';
    await post(transport(), body);
    const [request] = subgraph.seen;
    expect(request!.body).toBe(body);
    const parts = { method: 'POST', path: '/graphql', body, authorization: 'Bearer a' };
    expect(checkRequestSignature(KEY, 'fatherland-front', request!.headers, parts)).toMatchObject({
      ok: true,
    });
    // A different body under the same signature, or another subgraph, would refuse it.
    expect(
      checkRequestSignature(KEY, 'fatherland-front', request!.headers, { ...parts, body: '{}' }),
    ).toMatchObject({ ok: false });
    expect(checkRequestSignature(KEY, 'labour-union', request!.headers, parts)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('signed for the fatherland-front subgraph'),
    });
  });

  it('carry a new request id each, even for the same mutation sent twice', async () => {
    const fetch = transport();
    const mutation = '{"query":"mutation M__ff__0 { recordFrontDonation }"}';
    await Promise.all([post(fetch, mutation), post(fetch, mutation)]);
    await post(fetch, mutation);
    const ids = subgraph.seen.map((s) => s.headers[REQUEST_ID_HEADER]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('send identical queries in flight together once, and each caller gets the answer', async () => {
    const fetch = transport();
    const body = '{"query":"query Q__pc__0 { a }","variables":{}}';
    const answers = await Promise.all([post(fetch, body), post(fetch, body), post(fetch, body)]);
    // One request, so one request id: the subgraph answers it once and every caller shares that answer.
    expect(subgraph.seen).toHaveLength(1);
    expect(answers.map((a) => a.data.n)).toEqual([1, 1, 1]);
    // Once answered, the next identical query is sent again (nothing is cached).
    await post(fetch, body);
    expect(subgraph.seen).toHaveLength(2);
  });

  it('never share across callers, different bodies, mutations, or with deduplication off', async () => {
    const fetch = transport();
    const query = '{"query":"{ a }"}';
    await Promise.all([post(fetch, query, 'Bearer a'), post(fetch, query, 'Bearer b')]);
    expect(subgraph.seen).toHaveLength(2);
    const mutation = '{"query":"mutation M__pc__0 { record }"}';
    await Promise.all([post(fetch, mutation), post(fetch, mutation)]);
    expect(subgraph.seen).toHaveLength(4);
    const off = transport({ deduplicate: false });
    await Promise.all([post(off, query), post(off, query)]);
    expect(subgraph.seen).toHaveLength(6);
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
