import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors';
import { isOrganisation, isRole, type Caller, type Role } from './caller';
import type { OrganisationId } from '../organisations';
import { unitsNotInForce } from '../units/units-in-force';

export interface TokenSettings {
  JWT_SECRET?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}

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
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      const reason =
        code === 'ERR_JWT_EXPIRED'
          ? 'the token has expired'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
            ? `the token's ${(error as { claim?: string }).claim ?? 'claims'} claim is not accepted here`
            : 'the token is malformed or its signature does not verify';
      throw new UnauthenticatedError(`Token rejected: ${reason}`);
    }
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

/** Issues an HS256 token; used by the `npm run token` CLI, the launcher's demo tokens and tests. */
export async function signToken(
  request: TokenRequest,
  settings: Pick<TokenSettings, 'JWT_ISSUER' | 'JWT_AUDIENCE'> & { JWT_SECRET: string },
): Promise<string> {
  return new SignJWT({ org: request.org, units: request.units, roles: request.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `${request.org}-${request.roles[0]}`)
    .setIssuer(settings.JWT_ISSUER)
    .setAudience(settings.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(settings.JWT_SECRET));
}
