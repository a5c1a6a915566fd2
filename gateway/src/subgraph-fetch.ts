import { signRequest } from '@chung-tay/common';
import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';

export interface SubgraphTransport {
  /** GATEWAY_SIGNING_SECRET: every subgraph request is signed with it (see common/auth/request-signature). */
  signingSecret: string;
  /** Reuse connections to the subgraphs (HTTP keep-alive). Off opens a connection per request. */
  keepAlive: boolean;
  /** The most connections open to one subgraph at once; further requests queue. */
  connectionsPerSubgraph: number;
  /**
   * Identical query requests to a subgraph (same body, same caller) that are in flight at the same moment are
   * sent once and share the answer. Mutations are always sent.
   */
  deduplicate: boolean;
}

type FetchInit = { method?: string; headers?: unknown; body?: unknown; signal?: AbortSignal };

interface Shared {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** What the gateway's subgraph requests did since it started; shown on GET /metrics. */
export const subgraphFetchCounts = { sent: 0, deduplicated: 0 };

/**
 * The gateway's fetch for subgraph requests: a pooled keep-alive agent (undici), the gateway's signature over
 * method, path, exact body and token, and in-flight deduplication of identical queries.
 */
export function subgraphFetch(options: SubgraphTransport) {
  const dispatcher: Dispatcher = new Agent({
    connections: options.connectionsPerSubgraph,
    // undici: pipelining 0 closes each connection after its request.
    pipelining: options.keepAlive ? 1 : 0,
    keepAliveTimeout: 15_000,
  });
  const inFlight = new Map<string, Promise<Shared>>();

  const send = async (url: string, init: FetchInit, headers: Record<string, string>, body: string) => {
    subgraphFetchCounts.sent += 1;
    const signature = signRequest(options.signingSecret, {
      method: init.method ?? 'POST',
      path: new URL(url).pathname,
      body,
      authorization: headers.authorization,
    });
    return undiciFetch(url, {
      method: init.method ?? 'POST',
      headers: { ...headers, ...signature },
      body,
      signal: init.signal,
      dispatcher,
    });
  };

  return (async (url: string, init: FetchInit = {}) => {
    const headers = headerRecord(init.headers);
    const body = typeof init.body === 'string' ? init.body : '';
    if (!options.deduplicate || isMutation(body)) return send(url, init, headers, body);
    const key = `${url}\n${headers.authorization ?? ''}\n${body}`;
    let shared = inFlight.get(key);
    if (shared) subgraphFetchCounts.deduplicated += 1;
    else {
      shared = send(url, init, headers, body)
        .then(async (response) => ({
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers.entries()],
          body: await response.arrayBuffer(),
        }))
        .finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    const answer = await shared;
    return new Response(answer.body.slice(0), {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  }) as never;
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
