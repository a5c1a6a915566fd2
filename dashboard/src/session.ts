import type { GraphQLErrorLike, GraphQLResult } from './graph';

/** The token lives in sessionStorage under this exact key: the GraphiQL explorer at /graphql reads it too. */
export const TOKEN_KEY = 'chung-tay.token';

type Listener = (reason: string | null) => void;
const listeners = new Set<Listener>();

export const getToken = () => sessionStorage.getItem(TOKEN_KEY);

export function signIn(token: string) {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
  listeners.forEach((l) => l(null));
}

/** Forget the token; `reason` is shown on the sign-in page (e.g. the gateway's 401 message). */
export function signOut(reason: string | null = null) {
  sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach((l) => l(reason));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class SessionEnded extends Error {}

/**
 * One GraphQL request to the gateway with the caller's token. A partial answer (data with errors) is returned as
 * it is; a 401 ends the session and sends the user back to sign-in.
 */
export async function gql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<GraphQLResult<T>> {
  const token = getToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T | null; errors?: GraphQLErrorLike[] } | null = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const unauthenticated = body?.errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (response.status === 401 || unauthenticated) {
    const message = unauthenticated?.message ?? body?.errors?.[0]?.message ?? `HTTP ${response.status}`;
    // Only the first refusal of the current token ends the session (the others were sent with it in parallel).
    if (token && getToken() === token) signOut(message);
    throw new SessionEnded(message);
  }
  if (!body || (body.data === undefined && !body.errors)) {
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

export interface DemoToken {
  org: string;
  role: string;
  name: { vi: string; en: string };
  token: string;
}

/** The development list of demo tokens, or [] when the gateway does not offer one (404 in production). */
export async function fetchDemoTokens(): Promise<DemoToken[]> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}demo-tokens.json`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return [];
    const body = (await response.json()) as { tokens?: DemoToken[] };
    return Array.isArray(body.tokens) ? body.tokens : [];
  } catch {
    return [];
  }
}
