import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * How the gateway proves a request came through it, once, for one subgraph (any gateway can be set up to do the
 * same):
 *
 *   X-Chung-Tay-Subgraph:   <the target subgraph's name, e.g. fatherland-front>
 *   X-Chung-Tay-Request-Id: <a random UUID, new for every request sent>
 *   X-Chung-Tay-Timestamp:  <unix seconds>
 *   X-Chung-Tay-Signature:  <scheme>=<signature of the payload>, e.g. hmac-sha256=<hex>
 *   payload = "chung-tay-request/2" "\n" subgraph "\n" request id "\n" timestamp "\n" METHOD "\n" path "\n"
 *             hex SHA-256(raw body) "\n" Authorization header (or "")
 *
 * A subgraph refuses any /graphql request (`_service` and `_entities` included) that is unsigned, tampered
 * with, signed for another subgraph or more than five minutes from its clock; it then remembers the request id
 * (signed-request-ids.ts) and refuses the same id a second time. The payload and the checks do not depend on how
 * it is signed: the signing primitive is a `RequestSigningKey`, today an HMAC with GATEWAY_SIGNING_SECRET.
 */
export const SUBGRAPH_HEADER = 'x-chung-tay-subgraph';
export const REQUEST_ID_HEADER = 'x-chung-tay-request-id';
export const TIMESTAMP_HEADER = 'x-chung-tay-timestamp';
export const SIGNATURE_HEADER = 'x-chung-tay-signature';
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** Names the payload layout, so a signature over another layout (or another protocol) never verifies. */
const PAYLOAD_VERSION = 'chung-tay-request/2';
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A signing primitive: the gateway signs with it, each subgraph verifies with it. */
export interface RequestSigningKey {
  /** The label before "=" in the signature header, e.g. `hmac-sha256`. */
  readonly scheme: string;
  sign(payload: string): string;
  verify(payload: string, signature: string): boolean;
}

/** HMAC-SHA256 with a secret both sides hold (GATEWAY_SIGNING_SECRET). */
export function hmacSigningKey(secret: string): RequestSigningKey {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('hex');
  return {
    scheme: 'hmac-sha256',
    sign,
    verify: (payload, signature) => {
      const expected = Buffer.from(sign(payload));
      const actual = Buffer.from(signature);
      return expected.length === actual.length && timingSafeEqual(expected, actual);
    },
  };
}

export interface SignedParts {
  method: string;
  path: string;
  body: string | Buffer;
  authorization?: string | null;
}

interface Binding {
  subgraph: string;
  requestId: string;
  timestamp: string;
}

function payload(binding: Binding, parts: SignedParts): string {
  const bodyHash = createHash('sha256').update(parts.body).digest('hex');
  return [
    PAYLOAD_VERSION,
    binding.subgraph,
    binding.requestId,
    binding.timestamp,
    parts.method.toUpperCase(),
    parts.path,
    bodyHash,
    parts.authorization ?? '',
  ].join('\n');
}

/** The four headers to add to one request to `subgraph`; every call makes a new request id. */
export function signRequest(
  key: RequestSigningKey,
  subgraph: string,
  parts: SignedParts,
  now = Date.now(),
): Record<string, string> {
  const binding = { subgraph, requestId: randomUUID(), timestamp: String(Math.floor(now / 1000)) };
  return {
    [SUBGRAPH_HEADER]: binding.subgraph,
    [REQUEST_ID_HEADER]: binding.requestId,
    [TIMESTAMP_HEADER]: binding.timestamp,
    [SIGNATURE_HEADER]: `${key.scheme}=${key.sign(payload(binding, parts))}`,
  };
}

/** A genuine request: its id, to be used once, and until when (unix seconds) it must be remembered. */
export interface GenuineRequest {
  requestId: string;
  /** Past this the signature is refused as too old anyway, so the id may be forgotten. */
  signedUntil: number;
}

export type SignatureCheck = { ok: true; request: GenuineRequest } | { ok: false; problem: string };

const refuse = (problem: string): SignatureCheck => ({ ok: false, problem });

/** Whether a request was signed for this subgraph (`subgraph`) and is otherwise intact; says why not. */
export function checkRequestSignature(
  key: RequestSigningKey,
  subgraph: string,
  headers: Record<string, string | string[] | undefined>,
  parts: SignedParts,
  now = Date.now(),
): SignatureCheck {
  const [target, requestId, timestamp, given] = [
    SUBGRAPH_HEADER,
    REQUEST_ID_HEADER,
    TIMESTAMP_HEADER,
    SIGNATURE_HEADER,
  ].map((name) => headers[name]);
  if (typeof timestamp !== 'string' || typeof given !== 'string')
    return refuse(
      'This subgraph answers only requests signed by the gateway; send your request to the gateway',
    );
  if (typeof target !== 'string' || typeof requestId !== 'string')
    return refuse(
      'The gateway signature must name its subgraph (X-Chung-Tay-Subgraph) and request (X-Chung-Tay-Request-Id)',
    );
  if (target !== subgraph)
    return refuse(`This request was signed for the ${target} subgraph, not ${subgraph}; it is refused here`);
  if (!REQUEST_ID.test(requestId))
    return refuse('X-Chung-Tay-Request-Id must be a lower-case UUID, new for every request');
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS)
    return refuse('The gateway signature is too old or from the future');
  const at = given.indexOf('=');
  if (at < 0 || given.slice(0, at) !== key.scheme)
    return refuse(`The gateway signature must be "${key.scheme}=…" here`);
  if (!key.verify(payload({ subgraph, requestId, timestamp }, parts), given.slice(at + 1)))
    return refuse('The gateway signature does not match this request');
  return {
    ok: true,
    request: { requestId, signedUntil: Number(timestamp) + MAX_CLOCK_SKEW_SECONDS },
  };
}
