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
