import { createHash, randomUUID, sign, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey, type KeyLike } from 'jose';
import type { Caller } from './caller';
import { callerFromClaims } from './token';

/**
 * How the gateway speaks for a caller to one subgraph, once (any gateway can be set up to do the same; README
 * "Only through the gateway"):
 *
 *   X-Chung-Tay-Assertion: <JWT>   (and no Authorization header: the caller's own token stays at the gateway)
 *   header  { alg: ES256, kid, typ: chung-tay-assertion+jwt }
 *   claims  iss  chung-tay-gateway (GATEWAY_ASSERTION_ISSUER)      aud  the target subgraph's name
 *           sub, org, units, roles (name, client_id)  the caller, as the gateway verified and mapped them
 *           jti  a random UUID, new for every request              iat, exp  exp − iat ≤ 60 s
 *           htm  the HTTP method   htu  the path (/graphql)        bsh  base64url SHA-256 of the exact body bytes
 *
 * A subgraph verifies it with the gateway's public keys only (its JWKS), so no subgraph holds anything that can
 * make an assertion another subgraph, or itself, accepts; it then answers each jti once (signed-request-ids.ts).
 */
export const ASSERTION_HEADER = 'x-chung-tay-assertion';
export const ASSERTION_TYPE = 'chung-tay-assertion+jwt';
export const DEFAULT_ASSERTION_ISSUER = 'chung-tay-gateway';
/** The longest an assertion may be valid (exp − iat); the gateway issues them for ASSERTION_LIFETIME_SECONDS. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 60;
export const ASSERTION_LIFETIME_SECONDS = 30;
/** How far the gateway's clock and a subgraph's may disagree. */
export const ASSERTION_CLOCK_SKEW_SECONDS = 10;
const ALGORITHM = 'ES256';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The gateway's private key that signs assertions, and the key id its JWKS publishes it under. */
export interface AssertionSigner {
  key: KeyLike;
  kid: string;
  /** `iss` of every assertion (GATEWAY_ASSERTION_ISSUER); chung-tay-gateway unless set. */
  issuer?: string;
}

/** The caller as the gateway verified it; `name` and `clientId` travel when the caller's token had them. */
export type AssertedCaller = Caller & { name?: string; clientId?: string };

/** The parts of the HTTP request an assertion is bound to. */
export interface AssertedRequest {
  method: string;
  path: string;
  body: string | Buffer;
}

export const bodyHash = (body: string | Buffer) => createHash('sha256').update(body).digest('base64url');

/** The JWT header and claims of one assertion for one request to `subgraph`; every call makes a new jti. */
function assertionContents(
  signer: Pick<AssertionSigner, 'kid' | 'issuer'>,
  subgraph: string,
  caller: AssertedCaller,
  request: AssertedRequest,
  now: number,
) {
  const iat = Math.floor(now / 1000);
  return {
    header: { alg: ALGORITHM, kid: signer.kid, typ: ASSERTION_TYPE },
    claims: {
      iss: signer.issuer ?? DEFAULT_ASSERTION_ISSUER,
      aud: subgraph,
      sub: caller.subject,
      org: caller.org,
      units: caller.units,
      roles: caller.roles,
      ...(caller.name ? { name: caller.name } : {}),
      ...(caller.clientId ? { client_id: caller.clientId } : {}),
      jti: randomUUID(),
      iat,
      exp: iat + ASSERTION_LIFETIME_SECONDS,
      htm: request.method.toUpperCase(),
      htu: request.path,
      bsh: bodyHash(request.body),
    },
  };
}

/** One assertion for one request to `subgraph`; every call makes a new jti. */
export async function issueAssertion(
  signer: AssertionSigner,
  subgraph: string,
  caller: AssertedCaller,
  request: AssertedRequest,
  now = Date.now(),
): Promise<string> {
  const { header, claims } = assertionContents(signer, subgraph, caller, request, now);
  return new SignJWT(claims).setProtectedHeader(header).sign(signer.key);
}

/**
 * issueAssertion without waiting, for callers that must set headers synchronously (the load generator's
 * autocannon): the same header and claims, the JWS compact form signed with Node's own ES256 (r‖s, RFC 7518 §3.4).
 */
export function issueAssertionSync(
  signer: AssertionSigner & { key: KeyObject },
  ...args: [subgraph: string, caller: AssertedCaller, request: AssertedRequest, now?: number]
): string {
  const [subgraph, caller, request, now = Date.now()] = args;
  const { header, claims } = assertionContents(signer, subgraph, caller, request, now);
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode(header)}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(input), { key: signer.key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/** The header to add to one request to `subgraph`. */
export const assertionHeaders = async (...args: Parameters<typeof issueAssertion>) => ({
  [ASSERTION_HEADER]: await issueAssertion(...args),
});

/** A genuine assertion: who it speaks for, and its id, to be answered once and remembered until `expires`. */
export interface VerifiedAssertion {
  caller: AssertedCaller;
  jti: string;
  /** Unix seconds; past this the assertion is refused as expired anyway, so its id may be forgotten. */
  expires: number;
}

export type AssertionCheck = { ok: true; assertion: VerifiedAssertion } | { ok: false; problem: string };

const refuse = (problem: string): AssertionCheck => ({ ok: false, problem });

export interface AssertionVerifierOptions {
  /** This subgraph's name: the only audience accepted. */
  subgraph: string;
  /** The gateway's public keys: createRemoteJWKSet(GATEWAY_JWKS_URL) in production, a local set in tests. */
  keys: JWTVerifyGetKey;
  issuer?: string;
}

/** Why jose refused an assertion, in words a gateway operator can act on. */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return error.reason === 'missing'
      ? `it has no "${error.claim}" claim`
      : error.claim === 'aud'
        ? 'it was issued for another subgraph'
        : `its "${error.claim}" is not accepted here`;
  if (error instanceof errors.JOSEAlgNotAllowed) return `it must be signed ${ALGORITHM} by the gateway`;
  if (error instanceof errors.JWKSNoMatchingKey)
    return "it is signed by a key the gateway's JWKS does not list";
  // A timeout, an invalid set, or no answer at all from GATEWAY_JWKS_URL (not a JOSE error: the fetch failed).
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  )
    return "the gateway's public keys could not be read (GATEWAY_JWKS_URL)";
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  return 'it is malformed';
}

/** Checks an X-Chung-Tay-Assertion header against the request it came with; says why it is refused. */
export function assertionVerifier(options: AssertionVerifierOptions) {
  return async (
    header: string | string[] | undefined,
    request: AssertedRequest,
    now = Date.now(),
  ): Promise<AssertionCheck> => {
    if (typeof header !== 'string' || !header)
      return refuse(
        'This subgraph answers only requests the gateway sends; send your request to the gateway',
      );
    let payload: JWTPayload & Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(header, options.keys, {
        algorithms: [ALGORITHM],
        typ: ASSERTION_TYPE,
        issuer: options.issuer ?? DEFAULT_ASSERTION_ISSUER,
        audience: options.subgraph,
        requiredClaims: ['sub', 'jti', 'iat', 'exp'],
        currentDate: new Date(now),
        clockTolerance: ASSERTION_CLOCK_SKEW_SECONDS,
      }));
    } catch (error) {
      return refuse(`The gateway's assertion is refused: ${reason(error)}`);
    }
    // jose accepts a list that includes this subgraph; one assertion good at several subgraphs could be replayed
    // at each of them, so it must name exactly one.
    if (typeof payload.aud !== 'string')
      return refuse(
        `The gateway's assertion is refused: its "aud" must be this subgraph's name alone, not a list`,
      );
    const { iat, exp, jti, htm, htu, bsh } = payload;
    const nowSeconds = now / 1000;
    if (exp! - iat! > MAX_ASSERTION_LIFETIME_SECONDS)
      return refuse(
        `The gateway's assertion is refused: it may be valid for at most ${MAX_ASSERTION_LIFETIME_SECONDS} s`,
      );
    if (iat! > nowSeconds + ASSERTION_CLOCK_SKEW_SECONDS)
      return refuse("The gateway's assertion is refused: it was issued in the future");
    if (!UUID.test(jti!))
      return refuse("The gateway's assertion is refused: its jti must be a lower-case UUID");
    if (htm !== request.method.toUpperCase() || htu !== request.path || bsh !== bodyHash(request.body))
      return refuse("The gateway's assertion is refused: it was issued for another request");
    let caller: Caller;
    try {
      caller = callerFromClaims(payload);
    } catch (error) {
      return refuse(`The gateway's assertion is refused: ${(error as Error).message}`);
    }
    const extra = {
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      ...(typeof payload.client_id === 'string' ? { clientId: payload.client_id } : {}),
    };
    return { ok: true, assertion: { caller: { ...caller, ...extra }, jti: jti!, expires: exp! } };
  };
}

export type AssertionVerifier = ReturnType<typeof assertionVerifier>;
