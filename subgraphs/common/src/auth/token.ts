import {
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type ProtectedHeaderParameters,
} from 'jose';
import { UnauthenticatedError } from '../errors';
import type { Caller, Role } from './caller';
import type { OrganisationId } from '../organisations';
import { DEFAULT_MAX_TOKEN_LIFETIME, spanSeconds, tokenLifetimeProblem } from './token-lifetime';
import { callerFromClaims, type ClaimMapping } from './claims';
import { discoveredKeys, JWKS_ALGORITHMS, jwksUrlKeys, type IssuerKeys } from './issuer-keys';
import { whyRefused } from './token-refusal';
import { notAnAccessToken } from './token-type';
import { keysUrlProblem } from './key-url';

export { callerFromClaims, claimAt, type ClaimMapping } from './claims';
export { JWKS_ALGORITHMS } from './issuer-keys';

/** The issuer of development HS256 tokens (`npm run token`, `npm start`) unless JWT_ISSUER says otherwise. */
export const DEVELOPMENT_ISSUER = 'chung-tay';

export interface TokenSettings extends ClaimMapping {
  /** `production` refuses every HS256 token, whatever else is set. */
  NODE_ENV?: string;
  /** An OpenID Connect issuer URL: its discovery document names its JWKS. */
  OIDC_ISSUER?: string;
  /** A JWKS URL for an issuer without discovery; its tokens' `iss` is JWT_ISSUER. */
  JWT_JWKS_URL?: string;
  JWT_ISSUER?: string;
  /** Development only: the HS256 secret of `npm run token` and the end-to-end tests. */
  JWT_SECRET?: string;
  JWT_AUDIENCE: string;
  /** The longest a token may be valid, in seconds (JWT_MAX_LIFETIME; 12 h unless set). */
  JWT_MAX_LIFETIME?: number;
  /** How soon an unknown `kid` may fetch the issuer's keys again (30 s unless set; tests shorten it). */
  jwksCooldownMs?: number;
}

const maxLifetime = (settings: Pick<TokenSettings, 'JWT_MAX_LIFETIME'>) =>
  settings.JWT_MAX_LIFETIME ?? spanSeconds(DEFAULT_MAX_TOKEN_LIFETIME)!;

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

const refused = (reason: string) => new UnauthenticatedError(`Token rejected: ${reason}`);

/**
 * Builds a verifier for `Authorization: Bearer <jwt>` headers. Tokens signed with an asymmetric key are checked
 * against the identity provider's published keys (OIDC_ISSUER, or JWT_JWKS_URL + JWT_ISSUER); HS256 tokens against
 * JWT_SECRET, in development only. The token's `alg` header picks which, and each is verified allowing only its
 * own algorithms, so an HS256 token is never checked against a published key nor the reverse.
 */
export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  const production = settings.NODE_ENV === 'production';
  if (settings.OIDC_ISSUER && settings.JWT_JWKS_URL)
    throw new Error('Set OIDC_ISSUER or JWT_JWKS_URL, not both: tokens come from one identity provider');
  if (settings.JWT_JWKS_URL && !settings.JWT_ISSUER)
    throw new Error('JWT_JWKS_URL needs JWT_ISSUER: the issuer ("iss") its tokens carry');
  for (const name of ['OIDC_ISSUER', 'JWT_JWKS_URL'] as const) {
    const problem = keysUrlProblem(settings[name] ?? '', production);
    if (problem) throw new Error(`${name}: ${problem}`);
  }
  const options = { cooldownMs: settings.jwksCooldownMs, production };
  const issuerKeys: (() => Promise<IssuerKeys>) | undefined = settings.OIDC_ISSUER
    ? discoveredKeys(settings.OIDC_ISSUER, options)
    : settings.JWT_JWKS_URL
      ? jwksUrlKeys(settings.JWT_JWKS_URL, settings.JWT_ISSUER!, options)
      : undefined;
  if (!issuerKeys && !settings.JWT_SECRET)
    throw new Error(
      'Set OIDC_ISSUER (or JWT_JWKS_URL), or in development JWT_SECRET, so callers can be verified',
    );
  const secret = settings.JWT_SECRET ? new TextEncoder().encode(settings.JWT_SECRET) : undefined;
  const audience = settings.JWT_AUDIENCE;

  const verifySignature = async (token: string, header: ProtectedHeaderParameters): Promise<JWTPayload> => {
    const { alg } = header;
    if (alg === 'HS256') {
      if (production)
        throw refused(
          'HS256 tokens are for development; in production tokens come from the identity provider',
        );
      if (!secret) throw refused('HS256 tokens are not accepted: tokens come from the identity provider');
      const issuer = settings.JWT_ISSUER ?? DEVELOPMENT_ISSUER;
      return (await verified(jwtVerify(token, secret, checks(issuer, ['HS256'])), issuer)).payload;
    }
    if (typeof alg === 'string' && (JWKS_ALGORITHMS as readonly string[]).includes(alg)) {
      if (!issuerKeys) throw refused(`${alg} tokens are not accepted: no identity provider is configured`);
      const { issuer, keys } = await issuerKeys();
      return (await verified(jwtVerify(token, keys, checks(issuer, [...JWKS_ALGORITHMS])), issuer, header))
        .payload;
    }
    const accepted = [...(issuerKeys ? JWKS_ALGORITHMS : []), ...(secret && !production ? ['HS256'] : [])];
    throw refused(
      `the token is signed with ${JSON.stringify(alg ?? null)}; accepted: ${accepted.join(', ')}`,
    );
  };
  const checks = (issuer: string, algorithms: string[]) => ({
    issuer,
    audience,
    algorithms,
    requiredClaims: ['exp', 'sub', 'iss', 'aud'],
  });
  const verified = <T>(verifying: Promise<T>, issuer: string, header?: ProtectedHeaderParameters) =>
    verifying.catch((error: unknown) => {
      throw refused(whyRefused(error, issuer, audience, header));
    });

  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match)
      throw new UnauthenticatedError('Sign in first: send "Authorization: Bearer <token>" with the request');
    let header: ProtectedHeaderParameters;
    try {
      header = decodeProtectedHeader(match[1]!);
    } catch {
      throw refused('the token is malformed or its signature does not verify');
    }
    const payload = await verifySignature(match[1]!, header);
    const problem = notAnAccessToken(header, payload) ?? tokenLifetimeProblem(payload, maxLifetime(settings));
    if (problem) throw refused(problem);
    return callerFromClaims(payload, settings);
  };
}

export interface TokenRequest {
  org: OrganisationId;
  units: string[];
  roles: Role[];
  subject?: string;
  expiresIn?: string;
}

/**
 * Issues an HS256 token; used by the `npm run token` CLI, the launcher's demo tokens and tests. Valid for
 * `expiresIn`, else as long as the hub accepts (JWT_MAX_LIFETIME); refuses a longer lifetime.
 */
export async function signToken(
  request: TokenRequest,
  settings: Pick<TokenSettings, 'JWT_ISSUER' | 'JWT_AUDIENCE' | 'JWT_MAX_LIFETIME'> & { JWT_SECRET: string },
): Promise<string> {
  const span = request.expiresIn ?? `${maxLifetime(settings)}s`;
  const lifetime = spanSeconds(span);
  if (lifetime === null) throw new Error(`expiresIn ${span}: give a span such as 12h, 30m or 3600 (seconds)`);
  if (lifetime > maxLifetime(settings))
    throw new Error(
      `expiresIn ${span}: a token may be valid for at most ${maxLifetime(settings) / 3600} h (JWT_MAX_LIFETIME)`,
    );
  // One clock reading for both, so a token of exactly the longest lifetime is never a second over it.
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: request.org, units: request.units, roles: request.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `${request.org}-${request.roles[0]}`)
    .setIssuer(settings.JWT_ISSUER ?? DEVELOPMENT_ISSUER)
    .setAudience(settings.JWT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(new TextEncoder().encode(settings.JWT_SECRET));
}
