import { join } from 'node:path';
import {
  inheritedEnv,
  startEmbeddedCluster,
  subgraphDatabaseName,
  SUBGRAPHS,
  type EmbeddedCluster,
  type SubgraphInfo,
} from '@chung-tay/common';
import { DEFAULT_DEMO_PROVINCE } from '@chung-tay/common/generate';
import { seedLinkedDemoData } from './demo';
import { disclosureKeyFor, ensureGatewayKeys, jwtSecretFor } from './dev-secret';
import { reservePort } from './free-port';
import type { HubSubgraphStates } from '@chung-tay/gateway';
import { startProblems } from './env';
import { gatewayEnvFrom, subgraphEnvFrom } from './service-env';
import { REPO_ROOT } from './paths';
import { DEFAULT_RESTART_POLICY, type RestartPolicy } from './restart-policy';
import { superviseIdentity } from './identity-service';
import { forkService } from './service';
import { supervise, type Supervised, type SupervisorEvents } from './supervisor';

export { forkService, stopService, type ReadyMessage, type Service } from './service';

export interface HubOptions {
  dataDir: string;
  /** 0 picks free ports (tests); otherwise 4000 for the gateway and each subgraph's default port. */
  gatewayPort: number;
  randomSubgraphPorts?: boolean;
  demoData?: boolean;
  /** The province the demo data is made for (2 digits); DEMO_PROVINCE, else 75 (Đồng Nai). */
  demoProvince?: string;
  /** 'inherit' shows the services' logs; 'pipe' keeps them for error reports (tests). */
  stdio?: 'inherit' | 'pipe';
  env?: NodeJS.ProcessEnv;
  /** When to restart a crashed service and when to give up (HUB_RESTART_* under npm start). */
  restartPolicy?: RestartPolicy;
  /** A service kept crashing: every service and the database have been stopped; `npm start` exits 1. */
  onGiveUp?(error: Error): void;
}

export interface RunningHub {
  gatewayUrl: string;
  /** The OpenID Connect issuer people and tools get tokens from: the development provider, or OIDC_ISSUER. */
  identityUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  jwtSecret: string;
  /** Stops one subgraph's process (as if its machine went down); the gateway and the other subgraphs stay up. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on the same port, so the gateway's URL for it is valid again. */
  startSubgraph(name: string): Promise<void>;
  /** Service name → the process id of its current process (none while it waits to be restarted). */
  pids(): Record<string, number>;
  stop(): Promise<void>;
}

/**
 * The whole hub exactly as `npm start` runs it (hub/dist/start.js), in its own process on free ports, over the data
 * folder given; for the end-to-end tests and the benchmarks. `env` adds to (or overrides) the environment.
 */
export function forkHub(dataDir: string, options: { demoData: boolean; env?: NodeJS.ProcessEnv }) {
  return forkService(
    'hub',
    join(REPO_ROOT, 'hub', 'dist', 'start.js'),
    inheritedEnv({
      CHUNG_TAY_DATA_DIR: dataDir,
      GATEWAY_PORT: '0',
      CHUNG_TAY_RANDOM_PORTS: 'true',
      DEMO_DATA: String(options.demoData),
      JWT_SECRET: '',
      ...options.env,
    }),
    'pipe',
    // Databases, five subgraphs, the gateway and (first start) the linked demo data, on a busy 2-core machine.
    300,
  );
}

/**
 * Brings the hub up: databases (the embedded cluster unless every subgraph has a <PREFIX>_DATABASE_URL),
 * one process per subgraph (each runs its migrations), then the gateway in front of them. From then on each
 * process is supervised (supervisor.ts): one that exits without being asked is started again on its port.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const baseEnv = inheritedEnv(options.env);
  const demoProvince = options.demoProvince ?? baseEnv.DEMO_PROVINCE ?? DEFAULT_DEMO_PROVINCE;
  const problems = startProblems(baseEnv, { demoData: options.demoData ?? false });
  if (!/^\d{2}$/.test(demoProvince)) {
    problems.push(`DEMO_PROVINCE: must be a province code of 2 digits, e.g. 75 (got "${demoProvince}")`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  const development = baseEnv.NODE_ENV !== 'production';
  const jwtSecret = jwtSecretFor(options.dataDir);
  const gatewayKeysFile = await ensureGatewayKeys(options.dataDir, baseEnv.GATEWAY_SIGNING_KEYS_FILE);
  // Known before anything starts, so each subgraph can be told where the gateway's public keys will be.
  const gatewayPort = options.gatewayPort || (await reservePort());
  const gatewayJwksUrl = baseEnv.GATEWAY_JWKS_URL || `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`;
  const stdio = options.stdio ?? 'inherit';
  const supervised = new Map<string, Supervised>();
  let cluster: EmbeddedCluster | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all([...supervised.values()].reverse().map((s) => s.stop()));
      await cluster?.stop();
    })());
  // The gateway's GET /readyz says `restarting` rather than `unreachable` for a subgraph the hub is restarting.
  const tellGateway = () => {
    const states: HubSubgraphStates['states'] = {};
    for (const s of supervised.values())
      if (s.name !== 'gateway' && s.name !== 'identity' && s.state === 'restarting') states[s.name] = s.state;
    supervised.get('gateway')?.send({ type: 'hub-subgraph-states', states } satisfies HubSubgraphStates);
  };
  const events: SupervisorEvents = {
    log: (line) => console.log(line),
    onStateChange: (name, state) => {
      if (name !== 'gateway' || state === 'running') tellGateway();
    },
    onGiveUp: (error) => {
      console.error(`[hub] ${error.message}; stopping every service`);
      void stop().then(() => options.onGiveUp?.(error));
    },
  };
  const policy = options.restartPolicy ?? DEFAULT_RESTART_POLICY;
  const databaseUrls: Record<string, string> = {};
  const subgraphUrls: Record<string, string> = {};
  /** Supervises one subgraph and starts it; port 0 picks a free one the first time, and is kept after that. */
  const startSubgraphOn = async (s: SubgraphInfo, firstPort: number) => {
    const port = () => (subgraphUrls[s.name] ? new URL(subgraphUrls[s.name]!).port : String(firstPort));
    const service = supervise(
      s.name,
      () =>
        forkService(
          s.name,
          join(REPO_ROOT, 'subgraphs', s.name, 'dist', 'index.js'),
          {
            ...subgraphEnvFrom(baseEnv, s),
            [`${s.envPrefix}_DATABASE_URL`]: databaseUrls[s.name],
            [`${s.envPrefix}_PORT`]: port(),
            GATEWAY_JWKS_URL: gatewayJwksUrl,
            DISCLOSURE_KEY: disclosureKeyFor(options.dataDir, s, baseEnv),
            DEMO_DATA: String(options.demoData ?? false),
            DEMO_PROVINCE: demoProvince,
          },
          stdio,
        ),
      policy,
      events,
    );
    supervised.set(s.name, service);
    subgraphUrls[s.name] = (await service.start()).url;
  };

  try {
    for (const s of SUBGRAPHS) {
      const given = baseEnv[`${s.envPrefix}_DATABASE_URL`];
      if (given) databaseUrls[s.name] = given;
      else {
        cluster ??= await startEmbeddedCluster({
          dataDir: join(options.dataDir, 'postgres'),
          port: Number(baseEnv.EMBEDDED_POSTGRES_PORT ?? 0),
        });
        databaseUrls[s.name] = await cluster.ensureDatabase(subgraphDatabaseName(s.name));
      }
    }

    await Promise.all(
      SUBGRAPHS.map((s) => startSubgraphOn(s, options.randomSubgraphPorts ? 0 : s.defaultPort)),
    );

    // The development identity provider, unless the hub is pointed at a real issuer (OIDC_ISSUER); the dashboard's
    // redirect URIs name the gateway's reserved port.
    const { dataDir, randomSubgraphPorts: randomPorts = false } = options;
    const identity = baseEnv.OIDC_ISSUER
      ? undefined
      : superviseIdentity({
          dataDir,
          gatewayPort,
          randomPorts,
          env: baseEnv,
          stdio,
          policy,
          events,
        });
    if (identity) supervised.set('identity', identity);
    const identityUrl = identity ? (await identity.start()).url : baseEnv.OIDC_ISSUER!;

    const gateway = supervise(
      'gateway',
      () =>
        forkService(
          'gateway',
          join(REPO_ROOT, 'gateway', 'dist', 'index.js'),
          {
            ...gatewayEnvFrom(baseEnv),
            GATEWAY_PORT: String(gatewayPort),
            APOLLO_TELEMETRY_DISABLED: '1',
            // V8 grows the heap lazily under load (330 MiB after the benchmark); a cap makes it collect sooner, at
            // no measured cost in requests per second (201 MiB after the same run with 160).
            NODE_OPTIONS: [
              baseEnv.NODE_OPTIONS,
              `--max-old-space-size=${baseEnv.GATEWAY_MAX_HEAP_MIB ?? 160}`,
            ]
              .filter(Boolean)
              .join(' '),
            // HS256 development tokens (npm run token, the demo data's loading) only outside production.
            JWT_SECRET: development ? jwtSecret : '',
            GATEWAY_SIGNING_KEYS_FILE: gatewayKeysFile,
            OIDC_ISSUER: identityUrl,
            ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, subgraphUrls[s.name]])),
          },
          stdio,
        ),
      policy,
      events,
    );
    supervised.set('gateway', gateway);
    const gatewayUrl = (await gateway.start()).url;
    if (options.demoData) await seedLinkedDemoData(gatewayUrl, jwtSecret, demoProvince);
    const subgraph = (name: string) => {
      const info = SUBGRAPHS.find((s) => s.name === name);
      if (!info) throw new Error(`No subgraph ${name} in this hub`);
      return info;
    };
    const stopSubgraph = async (name: string) => {
      subgraph(name);
      await supervised.get(name)?.stop();
    };
    const startSubgraph = async (name: string) => {
      const info = subgraph(name);
      const state = supervised.get(name)?.state;
      if (state && state !== 'stopped') throw new Error(`${name} is ${state} already`);
      await startSubgraphOn(info, 0);
    };
    const pids = () =>
      Object.fromEntries([...supervised.values()].filter((s) => s.pid).map((s) => [s.name, s.pid!]));
    return {
      gatewayUrl,
      identityUrl,
      subgraphUrls,
      databaseUrls,
      jwtSecret,
      stopSubgraph,
      startSubgraph,
      pids,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
