import type { GatewayPlugin } from '@graphql-hive/gateway';
import {
  assertionHeaders,
  type AssertedCaller,
  type AssertionSigner,
  type TokenVerifier,
} from '@chung-tay/common';

/**
 * Hive Gateway speaking for the caller as the project's gateway does (README "Only through the gateway"): the
 * caller's token is verified once per request, and every subgraph request carries a new assertion signed with
 * the gateway's key for the subgraph its URL belongs to, over the method, path and exact body. The caller's
 * Authorization is never propagated. Registered after the built-in plugins, so it sees the final body.
 */
export function useChungTayAssertion(options: {
  verifyToken: TokenVerifier;
  signer: AssertionSigner;
  subgraphUrls: Record<string, string>;
}): GatewayPlugin {
  const subgraphAt = new Map(
    Object.entries(options.subgraphUrls).map(([name, url]) => [new URL(url).href, name]),
  );
  const callers = new WeakMap<object, Promise<AssertedCaller>>();
  const callerOf = (request: Request) => {
    let caller = callers.get(request);
    if (!caller) {
      caller = options.verifyToken(request.headers.get('authorization') ?? undefined);
      callers.set(request, caller);
    }
    return caller;
  };
  return {
    async onFetch({ url, options: init, setOptions, context }) {
      const subgraph = subgraphAt.get(new URL(url).href);
      if (!subgraph) throw new Error(`Cannot assert a request to ${url}: no subgraph has that URL`);
      const request = (context as { request?: Request }).request;
      if (!request) throw new Error('No caller to speak for: the request that led here is unknown');
      const body = init.body;
      if (body != null && typeof body !== 'string' && !Buffer.isBuffer(body) && !(body instanceof Uint8Array))
        throw new Error('Cannot assert a subgraph request whose body is not a string');
      const { pathname, search } = new URL(url);
      const assertion = await assertionHeaders(options.signer, subgraph, await callerOf(request), {
        method: init.method ?? 'GET',
        path: pathname + search,
        body: body == null ? '' : typeof body === 'string' ? body : Buffer.from(body),
      });
      const headers = Object.fromEntries(
        Object.entries(headersAsObject(init.headers)).filter(
          ([name]) => name.toLowerCase() !== 'authorization',
        ),
      );
      setOptions({ ...init, headers: { ...headers, ...assertion } });
    },
  };
}

function headersAsObject(headers: unknown): Record<string, string> {
  if (!headers) return {};
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    const bag: Record<string, string> = {};
    (headers as Headers).forEach((value, key) => (bag[key] = value));
    return bag;
  }
  if (Array.isArray(headers)) return Object.fromEntries(headers as [string, string][]);
  return { ...(headers as Record<string, string>) };
}
