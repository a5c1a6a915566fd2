import { join } from 'node:path';
import { identityDataDir } from '@chung-tay/identity';
import { REPO_ROOT } from './paths';
import type { RestartPolicy } from './restart-policy';
import { forkService } from './service';
import { supervise, type Supervised, type SupervisorEvents } from './supervisor';

export interface IdentityServiceOptions {
  dataDir: string;
  /** The gateway's port: the dashboard it serves signs in from its origin (redirect and sign-out URIs). */
  gatewayPort: number | string;
  /** Free ports everywhere (tests): the provider picks one too, and keeps it across restarts. */
  randomPorts: boolean;
  env: NodeJS.ProcessEnv;
  stdio: 'inherit' | 'pipe';
  policy: RestartPolicy;
  events: SupervisorEvents;
}

/**
 * The provider gets its own settings and the process basics only: no database URL, disclosure key or gateway secret
 * of the hub's environment reaches it.
 */
const ownEnv = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(
    Object.entries(env).filter(
      ([name]) =>
        name.startsWith('IDENTITY_') || ['PATH', 'HOME', 'TMPDIR', 'NODE_ENV', 'JWT_AUDIENCE'].includes(name),
    ),
  );

/**
 * The development identity provider (@chung-tay/identity) as a supervised service of `npm start`: its keys, demo
 * accounts and tool clients live in `<dataDir>/identity`. Its port is kept after the first start, because the
 * issuer (http://localhost:<port>) is in every token it issued and in the gateway's OIDC_ISSUER.
 */
export function superviseIdentity(options: IdentityServiceOptions): Supervised {
  const { env, gatewayPort } = options;
  let port = env.IDENTITY_PORT ?? (options.randomPorts ? '0' : '4010');
  return supervise(
    'identity',
    () => {
      const forked = forkService(
        'identity',
        join(REPO_ROOT, 'identity', 'dist', 'index.js'),
        {
          ...ownEnv(env),
          IDENTITY_PORT: port,
          IDENTITY_DATA_DIR: identityDataDir(options.dataDir),
          IDENTITY_DASHBOARD_ORIGINS:
            env.IDENTITY_DASHBOARD_ORIGINS ??
            `http://localhost:${gatewayPort},http://127.0.0.1:${gatewayPort}`,
        },
        options.stdio,
      );
      forked.ready.then(
        (ready) => (port = new URL(ready.url).port),
        () => undefined, // the supervisor reports it
      );
      return forked;
    },
    options.policy,
    options.events,
  );
}
