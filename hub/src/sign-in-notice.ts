import { ORGANISATION_NAMES } from '@chung-tay/common';
import { identityDataDir, readIdentityData } from '@chung-tay/identity';

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `  ${r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd()).join('\n');
};

/**
 * What `npm start` prints about signing in: where, and with the development provider, its demo accounts and tool
 * clients with their generated passwords and secrets (development only; a real issuer manages its own).
 */
export function signInNotice(options: {
  dataDir: string;
  identityUrl: string;
  dashboardUrl: string;
  own: boolean;
}) {
  const { identityUrl, dashboardUrl } = options;
  if (!options.own)
    return `  Sign in at: ${dashboardUrl} (identity provider ${identityUrl}; accounts are managed there)`;
  const { accounts, toolClients } = readIdentityData(identityDataDir(options.dataDir));
  const tokenEndpoint = `${identityUrl}/token`;
  return `  Sign in at: ${dashboardUrl}
  Development identity provider: ${identityUrl}

Demo accounts (DEVELOPMENT ONLY: passwords generated for this data folder, kept in ${identityDataDir(options.dataDir)}):
${table([
  ['User name', 'Password', 'Organisation', 'Role', 'Units'],
  ...accounts.map((a) => [a.username, a.password, ORGANISATION_NAMES[a.org].en, a.role, a.units.join(',')]),
])}

Tool clients (client credentials, HTTP Basic; token endpoint ${tokenEndpoint}):
${table([['Client id', 'Secret', 'Organisation'], ...toolClients.map((c) => [c.clientId, c.secret, c.org])])}
  e.g. curl -s -u ${toolClients[0]?.clientId}:<secret> -d grant_type=client_credentials ${tokenEndpoint}`;
}
