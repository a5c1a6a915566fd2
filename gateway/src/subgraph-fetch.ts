import { assertionHeaders, type AssertedCaller, type AssertionSigner } from '@chung-tay/common';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { AsyncLocalStorage } from 'node:async_hooks';
import { STATUS_CODES } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import { logAnswerTooLarge, SubgraphAnswerTooLarge } from './subgraph-errors';

export interface SubgraphTransport {
  /**
   * The gateway's private key (GATEWAY_SIGNING_KEYS_FILE): every subgraph request carries a new assertion signed
   * with it, for its subgraph, speaking for the verified caller; the subgraph answers each once (see
   * common/auth/gateway-assertion).
   */
  signer: AssertionSigner;
  /** Reuse connections to the subgraphs (HTTP keep-alive). Off opens a connection per request. */
  keepAlive: boolean;
  /** The most connections open to one subgraph at once; further requests queue. */
  connectionsPerSubgraph: number;
  /**
   * Identical query requests to a subgraph (same body, same caller and claims) that are in flight at the same moment are
   * sent once and share the answer. Mutations are always sent.
   */
  deduplicate: boolean;
  /**
   * How long (ms) the gateway waits for a subgraph's answer to start, and then between parts of it; past that the
   * request fails and the answer names the organisation as unavailable (subgraph-errors.ts).
   */
  timeoutMs?: number;
  /**
   * The most bytes the gateway reads of one subgraph answer (GATEWAY_MAX_SUBGRAPH_ANSWER_BYTES); past it the
   * request is aborted and the organisation is unavailable for it (subgraph-errors.ts SubgraphAnswerTooLarge).
   */
  maxAnswerBytes?: number;
}

/** The body of an answer, read no further than `maxBytes`: past it the request is aborted and the error logged. */
async function readBounded(
  subgraph: string,
  body: Dispatcher.ResponseData['body'],
  declared: unknown,
  maxBytes: number | undefined,
): Promise<Buffer> {
  const tooLarge = () => {
    body.destroy();
    const error = new SubgraphAnswerTooLarge(subgraph, maxBytes ?? 0);
    logAnswerTooLarge(error);
    return error;
  };
  if (maxBytes !== undefined && Number(declared) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (maxBytes !== undefined && length > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/** What Apollo's data source calls to send a subgraph request. */
type SubgraphFetcher = NonNullable<RemoteGraphQLDataSource['fetcher']>;
type FetchInit = { method?: string; headers?: unknown; body?: unknown; signal?: AbortSignal };

interface Answer {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * The part of a fetch Response the gateway's data sources read (status, headers, text/json, clone), over a body
 * already read: cheaper than undici's fetch and its web streams, and one answer can serve several callers.
 */
function response(answer: Answer) {
  const text = () => answer.body.toString('utf8');
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, v);
  const self = {
    url: answer.url,
    bodyUsed: false,
    redirected: false,
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    statusText: STATUS_CODES[answer.status] ?? '',
    headers,
    text: async () => text(),
    json: async () => JSON.parse(text()) as unknown,
    arrayBuffer: async () => Uint8Array.from(answer.body).buffer,
    clone: () => self,
  };
  return self;
}

/**
 * The caller a subgraph request speaks for. Apollo's data sources hand the fetcher only a URL and headers, so the
 * gateway runs each plan step inside `speakingFor(caller, …)` and the fetcher reads the caller from here.
 */
const callers = new AsyncLocalStorage<AssertedCaller>();
export const speakingFor = <T>(caller: AssertedCaller, step: () => T): T => callers.run(caller, step);

/** A caller's identity and every claim an assertion carries: requests deduplicated together speak for one. */
const callerKey = (c: AssertedCaller) =>
  JSON.stringify([c.subject, c.org, c.units, c.roles, c.name, c.clientId]);

/** What the gateway's subgraph requests did since it started; shown on GET /metrics. */
export const subgraphFetchCounts = { sent: 0, deduplicated: 0 };

/**
 * The gateway's fetch for one subgraph's requests (`subgraphFetch(transport)(name)`): a pooled keep-alive agent
 * (undici) shared by all subgraphs, a new assertion of the gateway's for the subgraph, the caller, the method, path
 * and exact body (never the caller's Authorization), and in-flight deduplication of identical queries for the
 * same caller (sent once: one assertion).
 */
export function subgraphFetch(options: SubgraphTransport) {
  const dispatcher: Dispatcher = new Agent({
    connections: options.connectionsPerSubgraph,
    // undici: pipelining 0 closes each connection after its request.
    pipelining: options.keepAlive ? 1 : 0,
    keepAliveTimeout: 15_000,
  });
  const inFlight = new Map<string, Promise<Answer>>();

  const send = async (
    subgraph: string,
    caller: AssertedCaller,
    url: string,
    init: FetchInit,
    headers: Record<string, string>,
    body: string,
  ) => {
    subgraphFetchCounts.sent += 1;
    const { pathname, search } = new URL(url);
    const assertion = await assertionHeaders(options.signer, subgraph, caller, {
      method: init.method ?? 'POST',
      path: pathname + search,
      body,
    });
    // Whatever a data source added, the caller's own credentials never leave the gateway.
    const { authorization: _, cookie: __, ...forwarded } = headers;
    const answer = await request(url, {
      method: (init.method ?? 'POST') as Dispatcher.HttpMethod,
      headers: { ...forwarded, ...assertion },
      body,
      signal: init.signal,
      dispatcher,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    return {
      url,
      status: answer.statusCode,
      headers: answer.headers,
      body: await readBounded(
        subgraph,
        answer.body,
        answer.headers['content-length'],
        options.maxAnswerBytes,
      ),
    };
  };

  return (subgraph: string): SubgraphFetcher =>
    async (url: string, init: FetchInit = {}) => {
      const caller = callers.getStore();
      // Never sent unasserted: a subgraph would refuse it anyway, and the gateway speaks for no one by default.
      if (!caller) throw new Error(`No verified caller to speak for in a request to ${subgraph}`);
      const headers = headerRecord(init.headers);
      const body = typeof init.body === 'string' ? init.body : '';
      if (!options.deduplicate || isMutation(body))
        return response(await send(subgraph, caller, url, init, headers, body));
      const key = `${subgraph}\n${url}\n${callerKey(caller)}\n${body}`;
      let shared = inFlight.get(key);
      if (shared) subgraphFetchCounts.deduplicated += 1;
      else {
        shared = send(subgraph, caller, url, init, headers, body).finally(() => inFlight.delete(key));
        inFlight.set(key, shared);
      }
      return response(await shared);
    };
}

function headerRecord(headers: unknown): Record<string, string> {
  if (!headers) return {};
  const entries =
    typeof (headers as Headers).entries === 'function'
      ? [...(headers as Headers).entries()]
      : Object.entries(headers as Record<string, string>);
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), String(v)]));
}

/**
 * Whether a subgraph request body carries a mutation. A `"query":"mutation` key anywhere counts (inside a string
 * value the quotes would be escaped), so a doubt only ever turns deduplication off.
 */
export function isMutation(body: string): boolean {
  return /"query"\s*:\s*"\s*mutation\b/.test(body);
}
