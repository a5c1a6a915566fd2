import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors';
import { isOrganisation, isRole, type Caller, type Role } from './caller';
import type { OrganisationId } from '../organisations';
import { DEFAULT_MAX_TOKEN_LIFETIME, spanSeconds, tokenLifetimeProblem } from './token-lifetime';
import { unitsNotInForce } from '../units/units-in-force';

export interface TokenSettings {
  JWT_SECRET?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  /** The longest a token may be valid, in seconds (JWT_MAX_LIFETIME; 12 h unless set). */
  JWT_MAX_LIFETIME?: number;
}

const maxLifetime = (settings: Pick<TokenSettings, 'JWT_MAX_LIFETIME'>) =>
  settings.JWT_MAX_LIFETIME ?? spanSeconds(DEFAULT_MAX_TOKEN_LIFETIME)!;

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** Builds a verifier for `Authorization: Bearer <jwt>` headers: HS256 with a shared secret, or keys from a JWKS URL. */
export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = settings.JWT_JWKS_URL
    ? createRemoteJWKSet(new URL(settings.JWT_JWKS_URL))
    : new TextEncoder().encode(settings.JWT_SECRET ?? '');
  const algorithms = settings.JWT_JWKS_URL ? undefined : ['HS256'];
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match)
      throw new UnauthenticatedError('Sign in first: send "Authorization: Bearer <token>" with the request');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as Uint8Array, {
        issuer: settings.JWT_ISSUER,
        audience: settings.JWT_AUDIENCE,
        algorithms,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      const { code, claim, reason: why } = error as { code?: string; claim?: string; reason?: string };
      const reason =
        code === 'ERR_JWT_EXPIRED'
          ? 'the token has expired'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && why === 'missing'
            ? `the token has no "${claim}" claim: every token must say ${claim === 'exp' ? 'when it expires' : 'who it was issued to'}`
            : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
              ? `the token's ${claim ?? 'claims'} claim is not accepted here`
              : 'the token is malformed or its signature does not verify';
      throw new UnauthenticatedError(`Token rejected: ${reason}`);
    }
    const problem = tokenLifetimeProblem(payload, maxLifetime(settings));
    if (problem) throw new UnauthenticatedError(`Token rejected: ${problem}`);
    return callerFromClaims(payload);
  };
}

export function callerFromClaims(payload: JWTPayload): Caller {
  const { org, units, roles, sub } = payload as JWTPayload & {
    org?: unknown;
    units?: unknown;
    roles?: unknown;
  };
  if (!isOrganisation(org))
    throw new UnauthenticatedError('Token rejected: the "org" claim names no known organisation');
  if (
    !Array.isArray(units) ||
    units.length === 0 ||
    !units.every((u) => typeof u === 'string' && /^\d{2,5}$/.test(u))
  ) {
    throw new UnauthenticatedError('Token rejected: the "units" claim must list administrative unit codes');
  }
  const notInForce = unitsNotInForce(units as string[]);
  if (notInForce) throw new UnauthenticatedError(`Token rejected: ${notInForce}`);
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new UnauthenticatedError('Token rejected: the "roles" claim must list viewer, officer or admin');
  }
  return { subject: sub ?? 'unknown', org, units: units as string[], roles: roles as Role[] };
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
    .setIssuer(settings.JWT_ISSUER)
    .setAudience(settings.JWT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(new TextEncoder().encode(settings.JWT_SECRET));
}
