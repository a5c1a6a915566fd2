import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { ORGANISATION_NAMES, ORGANISATIONS, ROLE_NAMES, ROLES } from '@chung-tay/vocabulary';
import { IDENTITY_FILES, readJsonFile, writeJsonFile } from './data-folder';
import {
  accountsFileSchema,
  demoUserName,
  parseFile,
  toolClientId,
  toolClientsFileSchema,
  type DemoAccount,
  type ToolClient,
} from './identity-data';

export interface IdentityData {
  /** Private JWKs the provider signs tokens with; the first ES256 key signs, all are published (public part). */
  signingKeys: JWK[];
  /** Keys oidc-provider signs its cookies with; the first signs, all verify. */
  cookieKeys: string[];
  accounts: DemoAccount[];
  toolClients: ToolClient[];
}

const secret = (bytes: number) => randomBytes(bytes).toString('base64url');

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'ES256', use: 'sig' };
}

/**
 * Reads the provider's keys, accounts and tool clients from its data folder, making whatever is missing (all of it
 * on the first start; an account or client for an organisation or role added since), and keeps them there, so a
 * restart signs with the same keys and the same passwords work.
 */
export async function loadOrCreateIdentityData(dir: string, demoUnit: string): Promise<IdentityData> {
  let signing = readJsonFile<{ keys: JWK[] }>(dir, IDENTITY_FILES.signingKeys);
  if (!signing?.keys?.some((k) => k.alg === 'ES256' && k.d)) {
    signing = { keys: [await newSigningKey(), ...(signing?.keys ?? [])] };
    writeJsonFile(dir, IDENTITY_FILES.signingKeys, signing);
  }

  let cookieKeys = readJsonFile<string[]>(dir, IDENTITY_FILES.cookieKeys);
  if (!cookieKeys?.length) {
    cookieKeys = [secret(32)];
    writeJsonFile(dir, IDENTITY_FILES.cookieKeys, cookieKeys);
  }

  const accounts = parseFile(dir, IDENTITY_FILES.accounts, accountsFileSchema) ?? [];
  const accountCount = accounts.length;
  for (const org of ORGANISATIONS)
    for (const role of ROLES)
      if (!accounts.some((a) => a.org === org && a.role === role))
        accounts.push({
          username: demoUserName(org, role),
          password: secret(12),
          org,
          role,
          units: [demoUnit],
          name: `${ROLE_NAMES[role].vi} — ${ORGANISATION_NAMES[org].vi}`,
        });
  if (accounts.length !== accountCount) writeJsonFile(dir, IDENTITY_FILES.accounts, accounts);

  const toolClients = parseFile(dir, IDENTITY_FILES.toolClients, toolClientsFileSchema) ?? [];
  const clientCount = toolClients.length;
  for (const org of ORGANISATIONS)
    if (!toolClients.some((c) => c.org === org))
      toolClients.push({ clientId: toolClientId(org), secret: secret(32), org, units: [demoUnit] });
  if (toolClients.length !== clientCount) writeJsonFile(dir, IDENTITY_FILES.toolClients, toolClients);

  return { signingKeys: signing.keys, cookieKeys, accounts, toolClients };
}
