import { join } from 'node:path';
import { readOrCreateSecret } from '@chung-tay/common';

/**
 * The HS256 secret for a local hub: JWT_SECRET when set, else one generated on first use and kept in the
 * data folder, so `npm start` and `npm run token` agree without a secret ever living in the repository.
 */
export function jwtSecretFor(dataDir: string): string {
  return process.env.JWT_SECRET || readOrCreateSecret(join(dataDir, 'jwt-secret'));
}

/** The secret the gateway signs subgraph requests with: GATEWAY_SIGNING_SECRET, else one kept in the data folder. */
export function signingSecretFor(dataDir: string): string {
  return process.env.GATEWAY_SIGNING_SECRET || readOrCreateSecret(join(dataDir, 'gateway-signing-secret'));
}

/**
 * An organisation's key for the shifts of the figures others see (DISCLOSURE_KEY): one per subgraph, kept in the
 * data folder, so a restart gives every figure the same shift as before (a new one would let a reader average).
 */
export function disclosureKeyFor(dataDir: string, subgraph: string): string {
  return process.env.DISCLOSURE_KEY || readOrCreateSecret(join(dataDir, `disclosure-key-${subgraph}`));
}
