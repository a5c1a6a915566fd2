/**
 * Whoever answers the URL a service reads public keys from decides which signatures are genuine: the gateway's
 * JWKS for every subgraph, the identity provider's discovery document and JWKS for the gateway. Over plain http
 * anyone on the network path (a DNS or ARP spoof, a proxy) can swap in their own keys and sign as the gateway or
 * mint any user's token. So in production these URLs must be https; a loopback address never leaves the machine
 * (`npm start` in production runs every service on one machine), so it may stay http. Development takes http.
 */
export const KEYS_URL_RULE =
  'must be an https URL in production (or a loopback address): the keys every request is checked against must not be replaceable on the network';

/** localhost, 127.0.0.0/8 and [::1], as the WHATWG URL parser writes a URL's hostname. */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** KEYS_URL_RULE when `url` breaks it; undefined when it keeps it, or is no URL (that is reported elsewhere). */
export function keysUrlProblem(url: string, production: boolean): string | undefined {
  if (!production || !URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || isLoopbackHost(hostname) ? undefined : KEYS_URL_RULE;
}
