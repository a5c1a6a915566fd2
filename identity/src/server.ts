import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider } from 'oidc-provider';
import { AccountStore } from './accounts';
import { providerConfiguration } from './configuration';
import type { IdentityEnv } from './env';
import { interactionRoutes } from './interactions';
import { loadOrCreateIdentityData } from './provision';
import { SignInLimits } from './sign-in-limits';

export interface RunningIdentity {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Listens first, then builds the provider: its issuer must name the port actually bound (IDENTITY_PORT=0 picks one).
 * oidc-provider keeps sessions, grants and refresh tokens in memory (its default adapter): the development
 * provider forgets sign-ins when it restarts, and people sign in again; its keys, accounts and clients are files.
 */
export async function startIdentity(env: IdentityEnv): Promise<RunningIdentity> {
  const data = await loadOrCreateIdentityData(env.IDENTITY_DATA_DIR, env.IDENTITY_DEMO_UNIT);
  const accounts = new AccountStore(data.accounts);
  let handle: ((req: IncomingMessage, res: ServerResponse) => unknown) | undefined;
  const server = createServer((req, res) => {
    if (handle) return void handle(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.IDENTITY_PORT, env.IDENTITY_HOST, () => resolve());
  });
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(
    issuer,
    providerConfiguration({
      data,
      accounts,
      dashboardOrigins: env.IDENTITY_DASHBOARD_ORIGINS,
      audience: env.JWT_AUDIENCE,
      accessTokenTtl: env.IDENTITY_ACCESS_TOKEN_TTL,
    }),
  );
  const interactions = interactionRoutes(provider, accounts, new SignInLimits());
  const callback = provider.callback();
  handle = (req, res) => {
    const path = req.url ?? '/';
    const route = path.startsWith('/interaction/') ? interactions(req, res) : callback(req, res);
    return Promise.resolve(route).catch((error: Error) => {
      console.error(`[identity] ${req.method} ${path.split('?')[0]}: ${error.message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { issuer, stop };
}
