import { z } from 'zod';
import { ORGANISATIONS, ROLES, type OrganisationId, type Role } from '@chung-tay/vocabulary';
import { IDENTITY_FILES, readJsonFile } from './data-folder';

/** The dashboard's client: public (no secret), authorization code + PKCE, refresh tokens. */
export const DASHBOARD_CLIENT_ID = 'chung-tay-dashboard';
/** The resource indicator access tokens are issued for unless the client asks for another (there is none). */
export const HUB_RESOURCE = 'urn:chung-tay:hub';
/** An organisation's own programs authenticate as this client (client credentials). */
export const toolClientId = (org: OrganisationId) => `${org}-tool`;
/** Demo accounts' user names: one per organisation × role. */
export const demoUserName = (org: OrganisationId, role: Role) => `${org}.${role}`;

const accountSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(12),
  org: z.enum(ORGANISATIONS),
  role: z.enum(ROLES),
  units: z.array(z.string().regex(/^\d{2}(\d{3})?$/)).min(1),
  name: z.string().min(1),
});
const toolClientSchema = z.object({
  clientId: z.string().min(1),
  secret: z.string().min(32),
  org: z.enum(ORGANISATIONS),
  units: z.array(z.string().regex(/^\d{2}(\d{3})?$/)).min(1),
});
export const accountsFileSchema = z.array(accountSchema);
export const toolClientsFileSchema = z.array(toolClientSchema);

/** A person's development account; the password is generated on first start and kept in the data folder. */
export type DemoAccount = z.infer<typeof accountSchema>;
/** An organisation's program; it gets tokens with client credentials, as officer of its organisation. */
export type ToolClient = z.infer<typeof toolClientSchema>;

export function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>): T | undefined {
  const raw = readJsonFile<unknown>(dir, file);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(
    `${file} in ${dir}: ${issue.path.join('.') || '(file)'}: ${issue.message}; fix or delete it`,
  );
}

/**
 * The demo accounts and tool clients the development provider in `dir` (its IDENTITY_DATA_DIR) made on its first
 * start, for the hub's console and for tests. Throws, naming the folder, when the provider has not started there.
 */
export function readIdentityData(dir: string): { accounts: DemoAccount[]; toolClients: ToolClient[] } {
  const accounts = parseFile(dir, IDENTITY_FILES.accounts, accountsFileSchema);
  const toolClients = parseFile(dir, IDENTITY_FILES.toolClients, toolClientsFileSchema);
  if (!accounts || !toolClients)
    throw new Error(
      `No identity provider data in ${dir}: start the provider with IDENTITY_DATA_DIR=${dir} first`,
    );
  return { accounts, toolClients };
}
