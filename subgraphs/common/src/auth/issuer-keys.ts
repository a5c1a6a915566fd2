import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors';
import { keysUrlProblem } from './key-url';

/**
 * The signature algorithms accepted from an issuer's JWKS: asymmetric only, so the hub holds no key that could
 * mint a token. Never `none`, never HS*: an HMAC "signed" with a public key would otherwise verify (key confusion).
 */
export const JWKS_ALGORITHMS = ['ES256', 'ES384', 'EdDSA', 'RS256', 'PS256'] as const;

/** How long one attempt to reach the issuer may take; a failed one is retried by the next request. */
const FETCH_TIMEOUT_MS = 5_000;

export interface IssuerKeys {
  /** The issuer (`iss`) the keys sign for. */
  issuer: string;
  keys: JWTVerifyGetKey;
}

export interface IssuerKeysOptions {
  /** How soon a token with an unknown `kid` may fetch the key set again (jose's default 30 s; tests shorten it). */
  cooldownMs?: number;
  /** In production a discovery document must name its keys over https or loopback (key-url.ts). */
  production?: boolean;
}

const remoteKeys = (url: string, options: IssuerKeysOptions) =>
  createRemoteJWKSet(new URL(url), {
    timeoutDuration: FETCH_TIMEOUT_MS,
    cooldownDuration: options.cooldownMs,
  });

/** Keys published at a fixed JWKS URL for a fixed issuer (JWT_JWKS_URL + JWT_ISSUER). */
export function jwksUrlKeys(
  url: string,
  issuer: string,
  options: IssuerKeysOptions = {},
): () => Promise<IssuerKeys> {
  const found = Promise.resolve({ issuer, keys: remoteKeys(url, options) });
  return () => found;
}

/**
 * An OpenID Connect issuer's keys, found through its discovery document on first use (not at start, so the
 * gateway starts while the provider is still starting or briefly down; a failed lookup is tried again by the next
 * request). The document must name the configured issuer exactly (OpenID Connect Discovery 1.0 §4.3): a
 * document naming another issuer would let that issuer's tokens in.
 */
export function discoveredKeys(
  configuredIssuer: string,
  options: IssuerKeysOptions = {},
): () => Promise<IssuerKeys> {
  let found: Promise<IssuerKeys> | undefined;
  return () => {
    found ??= discover(configuredIssuer, options).catch((error: unknown) => {
      found = undefined;
      throw error;
    });
    return found;
  };
}

async function discover(configuredIssuer: string, options: IssuerKeysOptions): Promise<IssuerKeys> {
  const url = `${configuredIssuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const unavailable = (why: string) =>
    new UnauthenticatedError(
      `Token not verified: the identity provider's discovery document ${url} ${why}; try again shortly`,
    );
  let document: unknown;
  try {
    // No redirects: the https-or-loopback rule (key-url.ts) is checked on the configured address, and a redirect
    // could lead the gateway to keys served over plain HTTP elsewhere.
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok) throw unavailable(`answered HTTP ${response.status}`);
    document = await response.json();
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    throw unavailable(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const { issuer, jwks_uri } = (document ?? {}) as { issuer?: unknown; jwks_uri?: unknown };
  if (issuer !== configuredIssuer)
    throw new UnauthenticatedError(
      `Token not verified: the identity provider at ${url} says its issuer is ${JSON.stringify(issuer)}, ` +
        `not "${configuredIssuer}" (OIDC_ISSUER); no token is accepted until they agree`,
    );
  if (typeof jwks_uri !== 'string' || !/^https?:\/\//.test(jwks_uri))
    throw new UnauthenticatedError(
      `Token not verified: the discovery document ${url} has no http(s) jwks_uri`,
    );
  const problem = keysUrlProblem(jwks_uri, options.production ?? false);
  if (problem)
    throw new UnauthenticatedError(
      `Token not verified: the discovery document ${url} names jwks_uri ${JSON.stringify(jwks_uri)}, which ${problem}`,
    );
  return { issuer, keys: remoteKeys(jwks_uri, options) };
}
