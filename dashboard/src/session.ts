import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { GraphQLErrorLike, GraphQLResult } from './graph';
import { providerReturn, returnRoute, routeToKeep } from './sign-in-return';
import { sessionRefusal } from './session-refusal';

/**
 * The person's session with the identity provider (OpenID Connect, authorization code + PKCE), kept by
 * oidc-client-ts in this tab's sessionStorage under `oidc.user:<issuer>:<client id>` — the explorer at /graphql
 * reads the same entry. The gateway says which provider and client (GET /dashboard/sign-in.json).
 */
export interface SignInSettings {
  issuer: string;
  clientId: string;
  scope: string;
  resource: string;
}

/** The gateway has no identity provider configured (or could not be reached): nobody can sign in. */
export class SignInUnavailable extends Error {}
/** The provider's answer to a sign-in could not be used (refused, expired, or not this tab's request). */
export class SignInFailed extends Error {}
/** The gateway refused the session and it could not be renewed: the person must sign in again. */
export class SessionEnded extends Error {}

/**
 * Renewal starts this long before access runs out: one request to the provider takes well under that. The
 * library's default (60 s) would renew at once, and again after every renewal, whenever the provider grants access
 * for a minute or less (as the end-to-end tests do). A renewal that comes too late (a sleeping laptop, a throttled
 * background tab) is caught by the gateway's refusal, which renews too.
 */
const RENEW_BEFORE_SECONDS = 10;

type Listener = (user: User | null, ended: boolean) => void;
const listeners = new Set<Listener>();
let manager: UserManager | null = null;
let user: User | null = null;
let renewing: Promise<User | null> | null = null;

const setUser = (next: User | null, ended = false) => {
  user = next;
  listeners.forEach((l) => l(next, ended));
};

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function fetchSettings(): Promise<SignInSettings> {
  const response = await fetch(`${import.meta.env.BASE_URL}sign-in.json`, {
    headers: { accept: 'application/json' },
  }).catch((error: unknown) => {
    throw new SignInUnavailable(String(error));
  });
  const body = (await response.json().catch(() => null)) as Partial<SignInSettings> & { error?: string };
  if (!response.ok || !body?.issuer || !body.clientId)
    throw new SignInUnavailable(body?.error ?? `HTTP ${response.status}`);
  return body as SignInSettings;
}

/**
 * Starts the session: finishes a sign-in or sign-out the provider has just sent the person back from (putting back
 * the page they were on), else picks up this tab's session, renewing it if access has run out meanwhile.
 */
export async function startSession(): Promise<User | null> {
  const settings = await fetchSettings();
  const page = `${location.origin}${import.meta.env.BASE_URL}`;
  const store = new WebStorageStateStore({ store: sessionStorage });
  manager = new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: page,
    post_logout_redirect_uri: page,
    response_type: 'code',
    scope: settings.scope,
    resource: settings.resource,
    userStore: store,
    stateStore: store,
    // Renewed below instead, one renewal at a time: the provider rotates refresh tokens, and a second request with
    // the same one (a timer and a refused request at once) would look like theft and end the session.
    automaticSilentRenew: false,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_SECONDS,
  });
  manager.events.addUserLoaded((u) => setUser(u));
  manager.events.addAccessTokenExpiring(() => void renew());
  manager.events.addAccessTokenExpired(async () => {
    if (!(await renew())) await endSession();
  });

  const returning = providerReturn(location.search);
  if (returning) {
    const clean = (hash: string) => history.replaceState(null, '', `${import.meta.env.BASE_URL}${hash}`);
    try {
      if (returning === 'sign-out') await manager.signoutCallback();
      else {
        const signedIn = await manager.signinCallback();
        clean(returnRoute(signedIn?.state));
        user = signedIn ?? null;
        return user;
      }
    } catch (error) {
      clean(location.hash);
      if (returning === 'sign-in')
        throw new SignInFailed(error instanceof Error ? error.message : String(error));
    }
    clean(location.hash);
  }
  let current = await manager.getUser();
  if (current?.expired) {
    current = await renew();
    if (!current) await manager.removeUser();
  }
  user = current;
  return user;
}

/** Sends the person to the provider's sign-in page; they come back to the page they are on now. */
export async function signIn(): Promise<void> {
  await manager?.signinRedirect({ state: routeToKeep(location.hash) });
}

/** Ends the session here and at the provider, which sends the person back to /dashboard/. */
export async function signOut(): Promise<void> {
  if (!manager) return;
  await manager.signoutRedirect({ id_token_hint: user?.id_token });
}

/**
 * A new access from the provider with the stored session's refresh token (no page, no frame: without a refresh
 * token the library finds no silent_redirect_uri and refuses); null when it fails.
 */
export function renew(): Promise<User | null> {
  if (!manager) return Promise.resolve(null);
  const signedIn = manager;
  return (renewing ??= signedIn
    .signinSilent()
    .catch((error: unknown) => {
      console.warn('[session] renewal refused:', error);
      return null;
    })
    .finally(() => {
      renewing = null;
    }));
}

async function endSession() {
  await manager?.removeUser();
  setUser(null, true);
}

interface Answer<T> {
  /** The gateway's reason when it refused the session (session-refusal.ts), else null. */
  refused: string | null;
  status: number;
  body: { data?: T | null; errors?: GraphQLErrorLike[] } | null;
}

async function post<T>(
  query: string,
  variables: Record<string, unknown>,
  access: string | undefined,
  signal?: AbortSignal,
): Promise<Answer<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(access ? { authorization: `Bearer ${access}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as Answer<T>['body'];
  return { refused: sessionRefusal(response.status, body), status: response.status, body };
}

/**
 * One GraphQL request to the gateway with the person's access. A partial answer (data with errors) is returned as
 * it is. A refusal first renews the session and asks again; if that fails too the session ends (sign in again).
 */
export async function gql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<GraphQLResult<T>> {
  let sent = user?.access_token;
  let answer = await post<T>(query, variables, sent, signal);
  if (answer.refused !== null && sent) {
    // Requests sent in parallel with the same access share one renewal; one sent after it uses the new access.
    const renewed = user?.access_token !== sent ? user : await renew();
    if (renewed?.access_token) {
      sent = renewed.access_token;
      answer = await post<T>(query, variables, sent, signal);
    }
  }
  if (answer.refused !== null) {
    const why = answer.refused;
    console.warn('[session] the gateway refused the session:', why);
    if (user && user.access_token === sent) await endSession();
    throw new SessionEnded(why);
  }
  const { body, status } = answer;
  if (!body || (body.data === undefined && !body.errors)) throw new Error(`HTTP ${status}`);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
