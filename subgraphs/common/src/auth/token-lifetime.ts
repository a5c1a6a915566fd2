import type { JWTPayload } from 'jose';

/**
 * How long a token may be valid: a stolen or leaked token is worth at most this long. Tokens must say who they
 * are for (`sub`) and when they expire (`exp`); the time from issue (`iat`, or now without one) to expiry is at
 * most JWT_MAX_LIFETIME (12 h by default, a working day).
 */
export const DEFAULT_MAX_TOKEN_LIFETIME = '12h';

/** An issuer's clock may run ahead of ours by this much: `iat` later than that is refused. */
const ISSUED_AT_SKEW_SECONDS = 60;

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const SPAN = /^(-?\d+)\s*(s|m|h|d)?$/;

/** Seconds in a span such as `12h`, `90m`, `3600` or `3600s` (as `npm run token -- --expires-in` takes); else null. */
export function spanSeconds(span: string): number | null {
  const match = SPAN.exec(span.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_SECONDS[(match[2] ?? 's') as keyof typeof UNIT_SECONDS];
}

const hours = (seconds: number) => `${Math.round((seconds / 3600) * 10) / 10} h`;

/** Why a verified token's subject or lifetime is not accepted, or null. `now` in unix seconds. */
export function tokenLifetimeProblem(
  payload: JWTPayload,
  maxLifetimeSeconds: number,
  now = Math.floor(Date.now() / 1000),
): string | null {
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '')
    return 'the "sub" claim must name who the token was issued to';
  const { exp, iat } = payload;
  if (typeof exp !== 'number') return 'the token has no "exp" claim: every token must say when it expires';
  if (typeof iat === 'number' && iat > now + ISSUED_AT_SKEW_SECONDS)
    return 'the token was issued in the future';
  const lifetime = exp - (typeof iat === 'number' ? iat : now);
  if (lifetime > maxLifetimeSeconds)
    return (
      `the token is valid for ${hours(lifetime)} from ${typeof iat === 'number' ? 'issue' : 'now'}; ` +
      `this hub accepts tokens valid for at most ${hours(maxLifetimeSeconds)} (JWT_MAX_LIFETIME)`
    );
  return null;
}
