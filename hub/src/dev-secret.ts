import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newGatewayKey, readOrCreateSecret, type SubgraphInfo } from '@chung-tay/common';
import { hubSettingsFromEnv } from './env';
import { disclosureKeyVariable } from './service-env';

/**
 * The HS256 secret for a local hub: JWT_SECRET when set, else one generated on first use and kept in the
 * data folder, so `npm start` and `npm run token` agree without a secret ever living in the repository.
 */
export function jwtSecretFor(dataDir: string): string {
  return hubSettingsFromEnv().jwtSecret || readOrCreateSecret(join(dataDir, 'jwt-secret'));
}

/** Where a local hub keeps the gateway's assertion keys (a JWKS with its private key; only the gateway reads it). */
export const gatewayKeysFileFor = (dataDir: string) => join(dataDir, 'keys', 'gateway-signing-keys.json');

/**
 * The gateway's GATEWAY_SIGNING_KEYS_FILE: the one given, else the data folder's, made on first start with one new
 * ES256 key (readable by its owner only) and the same ever after, so subgraphs keep trusting the gateway across
 * restarts. The gateway itself checks the file when it starts.
 */
export async function ensureGatewayKeys(dataDir: string, given?: string): Promise<string> {
  if (given) return given;
  const file = gatewayKeysFileFor(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify({ keys: [await newGatewayKey()] }, null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx', // never overwrite a key another start has just written
    });
  }
  return file;
}

/**
 * An organisation's key for the shifts of the figures others see (the subgraph's DISCLOSURE_KEY): its own
 * `<PREFIX>_DISCLOSURE_KEY`, else one made for it and kept in the data folder, so a restart gives every figure the
 * same shift as before (a new one would let a reader average). Never one key for all: an organisation holding
 * another's key could take the shifts off that organisation's figures.
 */
export function disclosureKeyFor(dataDir: string, subgraph: SubgraphInfo, env: NodeJS.ProcessEnv): string {
  return (
    env[disclosureKeyVariable(subgraph)] ||
    readOrCreateSecret(join(dataDir, `disclosure-key-${subgraph.name}`))
  );
}
