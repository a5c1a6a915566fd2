/**
 * Coming back from the identity provider. The page sends the person away with the hash route they were on kept
 * in the sign-in request's local state (oidc-client-ts stores it; it never travels), and puts it back afterwards.
 */

/** A route of this page (`#/…`, see route.ts): nothing else is restored, so no state can lead anywhere else. */
const ROUTE = /^#\/[\w\-./%~]*$/;
const MAX_ROUTE_LENGTH = 300;

/** The hash route to show after signing in: the one kept in `state`, or the start page. */
export function returnRoute(state: unknown): string {
  return typeof state === 'string' && state.length <= MAX_ROUTE_LENGTH && ROUTE.test(state) ? state : '#/';
}

/** The hash route to keep when sending the person to sign in (the page they are on). */
export const routeToKeep = (hash: string) => returnRoute(hash);

/**
 * What the provider's redirect to /dashboard/ carries: a sign-in answer (`code` or `error`, with `state`), the
 * return from signing out (`state` alone), or nothing (an ordinary visit).
 */
export function providerReturn(search: string): 'sign-in' | 'sign-out' | null {
  const params = new URLSearchParams(search);
  if (!params.get('state')) return null;
  return params.has('code') || params.has('error') ? 'sign-in' : 'sign-out';
}
