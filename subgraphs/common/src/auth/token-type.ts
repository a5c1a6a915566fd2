import type { JWTPayload, ProtectedHeaderParameters } from 'jose';

/**
 * Header `typ` values an access token may carry: RFC 9068's `at+jwt` (the development provider's), and plain `JWT`
 * (Keycloak's, and the development HS256 tokens'), compared without regard to case (RFC 7515 §4.1.9).
 */
const ACCESS_TOKEN_HEADER_TYPES = new Set(['at+jwt', 'application/at+jwt', 'jwt']);

/**
 * Claims only an OpenID Connect ID token carries (OpenID Connect Core 1.0 §3.3.2.11). Not `nonce`: Keycloak put it
 * in access tokens too before version 24, and still does with its "nonce backwards compatible" mapper.
 */
const ID_TOKEN_CLAIMS = ['at_hash', 'c_hash'];

const SEND_ACCESS = 'send the access token';

/**
 * Why a genuine token of the hub's audience is not an access token, or undefined when it is one. An issuer signs
 * ID tokens and (Keycloak) refresh tokens with the same keys; with the hub's audience mapped onto them by mistake,
 * `aud` alone would let a token meant for the browser (kept in history, logs and logout URLs) act as an access
 * token. Keycloak marks its tokens in a payload `typ` claim: `Bearer`, `ID`, `Refresh`.
 */
export function notAnAccessToken(header: ProtectedHeaderParameters, payload: JWTPayload): string | undefined {
  // Claims are the issuer's JSON: anything but a string is named, never converted (an object's own `toString`).
  const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : undefined);
  const { typ: headerType } = header as { typ?: unknown };
  if (headerType !== undefined && !ACCESS_TOKEN_HEADER_TYPES.has(lower(headerType) ?? ''))
    return `its type (header "typ" ${JSON.stringify(headerType)}) is not an access token's (at+jwt); ${SEND_ACCESS}`;
  const { typ } = payload as { typ?: unknown };
  if (typ !== undefined && lower(typ) !== 'bearer') {
    if (lower(typ) === 'id') return `this is an ID token, not an access token; ${SEND_ACCESS}`;
    if (lower(typ) === 'refresh') return `this is a refresh token, not an access token; ${SEND_ACCESS}`;
    return `its "typ" claim is ${JSON.stringify(typ)}, not "Bearer": only access tokens are accepted; ${SEND_ACCESS}`;
  }
  if (ID_TOKEN_CLAIMS.some((claim) => claim in payload))
    return `this is an ID token, not an access token; ${SEND_ACCESS}`;
  // A logout token (OpenID Connect Back-Channel Logout) or another security event token carries `events`.
  if ('events' in payload)
    return `this is a logout or security event token, not an access token; ${SEND_ACCESS}`;
  return undefined;
}
