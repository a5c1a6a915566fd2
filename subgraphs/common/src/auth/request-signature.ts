import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How the gateway proves a request came through it (any gateway can be set up to do the same):
 *
 *   X-Chung-Tay-Timestamp: <unix seconds>
 *   X-Chung-Tay-Signature: v1=<hex HMAC-SHA256(secret, payload)>
 *   payload = timestamp "\n" METHOD "\n" path "\n" hex SHA-256(raw body) "\n" Authorization header (or "")
 *
 * The secret is GATEWAY_SIGNING_SECRET, shared by the gateway and the subgraphs. A subgraph refuses any
 * /graphql request (`_service` and `_entities` included) that is unsigned, tampered with or more than five
 * minutes from its clock.
 */
export const TIMESTAMP_HEADER = 'x-chung-tay-timestamp';
export const SIGNATURE_HEADER = 'x-chung-tay-signature';
export const MAX_CLOCK_SKEW_SECONDS = 300;

export interface SignedParts {
  method: string;
  path: string;
  body: string | Buffer;
  authorization?: string | null;
}

function signature(secret: string, timestamp: string, parts: SignedParts): string {
  const bodyHash = createHash('sha256').update(parts.body).digest('hex');
  const payload = [
    timestamp,
    parts.method.toUpperCase(),
    parts.path,
    bodyHash,
    parts.authorization ?? '',
  ].join('\n');
  return `v1=${createHmac('sha256', secret).update(payload).digest('hex')}`;
}

/** The two headers to add to a request. */
export function signRequest(secret: string, parts: SignedParts, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signature(secret, timestamp, parts) };
}

/** Null when the request is genuine, else why not. */
export function checkRequestSignature(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  parts: SignedParts,
  now = Date.now(),
): string | null {
  const timestamp = headers[TIMESTAMP_HEADER];
  const given = headers[SIGNATURE_HEADER];
  if (typeof timestamp !== 'string' || typeof given !== 'string') {
    return 'This subgraph answers only requests signed by the gateway; send your request to the gateway';
  }
  if (!/^\d+$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return 'The gateway signature is too old or from the future';
  }
  const expected = Buffer.from(signature(secret, timestamp, parts));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return 'The gateway signature does not match this request';
  }
  return null;
}
