import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import type { AssertionSigner } from './gateway-assertion';

/**
 * The gateway's assertion keys (GATEWAY_SIGNING_KEYS_FILE): a JSON Web Key Set of private EC P-256 keys, each
 * with a `kid`. The FIRST key signs; every key's public part is published (GET /.well-known/jwks.json), so a key
 * can be published before it signs and kept published after it stops (README, key rotation).
 */
export interface GatewayKeySet {
  keys: (JWK & { kid: string; d: string })[];
}

/** What is wrong with a would-be key set, or null. */
export function gatewayKeySetProblem(value: unknown): string | null {
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    return 'must be a JSON Web Key Set: {"keys": [ ... ]} with at least one key';
  const kids = new Set<string>();
  for (const [i, key] of (keys as JWK[]).entries()) {
    const where = `key ${i + 1}`;
    if (key?.kty !== 'EC' || key.crv !== 'P-256') return `${where} must be an EC P-256 key (ES256)`;
    if (typeof key.x !== 'string' || typeof key.y !== 'string') return `${where} has no public part (x, y)`;
    if (typeof key.d !== 'string') return `${where} is not a private key (no "d"): the gateway signs with it`;
    if (typeof key.kid !== 'string' || !key.kid) return `${where} has no "kid"`;
    if (kids.has(key.kid)) return `${where} repeats kid "${key.kid}"`;
    kids.add(key.kid);
  }
  return null;
}

/** Reads and checks a key set file; throws an error naming the file and what is wrong with it. */
export function readGatewayKeySet(path: string): GatewayKeySet {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(
      `${path}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read it (${code})` : `not JSON (${message})`}`,
    );
  }
  const problem = gatewayKeySetProblem(value);
  if (problem) throw new Error(`${path}: ${problem}`);
  return value as GatewayKeySet;
}

export type PublicKeySet = { keys: JWK[] };

/** The public half of every key, as the gateway publishes them. */
export function publicKeySet(set: GatewayKeySet): PublicKeySet {
  return {
    keys: set.keys.map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' })),
  };
}

/** The signer for the set's first key. */
export async function assertionSigner(set: GatewayKeySet, issuer?: string): Promise<AssertionSigner> {
  const first = set.keys[0]!;
  return { key: (await importJWK(first, 'ES256')) as KeyLike, kid: first.kid, issuer };
}

/** A new private key for a key set (the hub's first start, a rotation, tests). */
export async function newGatewayKey(): Promise<GatewayKeySet['keys'][number]> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: randomUUID(), d: jwk.d! };
}
