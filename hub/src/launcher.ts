import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  startEmbeddedCluster,
  subgraphDatabaseName,
  SUBGRAPHS,
  type EmbeddedCluster,
  type SubgraphInfo,
} from '@chung-tay/common';
import { seedLinkedDemoData } from './demo';
import { disclosureKeyFor, jwtSecretFor, signingSecretFor } from './dev-secret';
import { REPO_ROOT } from './paths';

/** The province the demo data lives in (Đồng Nai); the dashboard offers demo tokens for it in development. */
export const DEMO_PROVINCE = '75';

export interface HubOptions {
  dataDir: string;
  /** 0 picks free ports (tests); otherwise 4000 for the gateway and each subgraph's default port. */
  gatewayPort: number;
  randomSubgraphPorts?: boolean;
  demoData?: boolean;
  /** 'inherit' shows the services' logs; 'pipe' keeps them for error reports (tests). */
  stdio?: 'inherit' | 'pipe';
  env?: NodeJS.ProcessEnv;
}

export interface RunningHub {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  jwtSecret: string;
  /** Stops one subgraph's process (as if its machine went down); the gateway and the other subgraphs stay up. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on the same port, so the gateway's URL for it is valid again. */
  startSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface ReadyMessage {
  type: 'ready';
  url: string;
  [key: string]: unknown;
}

export interface Service {
  name: string;
  child: ChildProcess;
  output: string[];
}

/** Forks a Node service that reports `{ type: 'ready', url }` over IPC once it listens. */
export function forkService(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  stdio: 'inherit' | 'pipe',
  startSeconds = 120,
) {
  const child = fork(script, [], {
    env,
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const service: Service = { name, child, output: [] };
  const keep = (chunk: Buffer) => {
    service.output.push(chunk.toString());
    if (service.output.length > 200) service.output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const ready = new Promise<ReadyMessage>((resolve, reject) => {
    // A service that does not come up is stopped, so that nothing (a test runner, a CI job) waits on it forever.
    const timer = setTimeout(() => {
      reject(new Error(`${name} did not start within ${startSeconds} s\n${service.output.join('')}`));
      void stopService(service);
    }, startSeconds * 1000);
    child.on('message', (message: ReadyMessage) => {
      if (message?.type === 'ready' && message.url) {
        clearTimeout(timer);
        resolve(message);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} while starting\n${service.output.join('')}`));
    });
  });
  return { service, ready };
}

/**
 * The whole hub exactly as `npm start` runs it (hub/dist/start.js), in its own process on free ports, over the data
 * folder given; for the end-to-end tests and the benchmarks. `env` adds to (or overrides) the environment.
 */
export function forkHub(dataDir: string, options: { demoData: boolean; env?: NodeJS.ProcessEnv }) {
  return forkService(
    'hub',
    join(REPO_ROOT, 'hub', 'dist', 'start.js'),
    {
      ...process.env,
      CHUNG_TAY_DATA_DIR: dataDir,
      GATEWAY_PORT: '0',
      CHUNG_TAY_RANDOM_PORTS: 'true',
      DEMO_DATA: String(options.demoData),
      JWT_SECRET: '',
      ...options.env,
    },
    'pipe',
    // Databases, five subgraphs, the gateway and (first start) the linked demo data, on a busy 2-core machine.
    300,
  );
}

/** SIGTERM, then SIGKILL after 10 s. */
export function stopService({ child }: Service): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Brings the hub up: databases (the embedded cluster unless every subgraph has a <PREFIX>_DATABASE_URL),
 * one process per subgraph (each runs its migrations), then the gateway in front of them.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const baseEnv = { ...process.env, ...options.env };
  const jwtSecret = jwtSecretFor(options.dataDir);
  const signingSecret = signingSecretFor(options.dataDir);
  const stdio = options.stdio ?? 'inherit';
  let services: Service[] = [];
  let cluster: EmbeddedCluster | undefined;
  const stop = async () => {
    await Promise.all([...services].reverse().map(stopService));
    await cluster?.stop();
  };
  const databaseUrls: Record<string, string> = {};
  /** Forks one subgraph; port 0 picks a free one. */
  const forkSubgraph = (s: SubgraphInfo, port: number) => {
    const { service, ready } = forkService(
      s.name,
      join(REPO_ROOT, 'subgraphs', s.name, 'dist', 'index.js'),
      {
        ...baseEnv,
        [`${s.envPrefix}_DATABASE_URL`]: databaseUrls[s.name],
        [`${s.envPrefix}_PORT`]: String(port),
        JWT_SECRET: jwtSecret,
        GATEWAY_SIGNING_SECRET: signingSecret,
        DISCLOSURE_KEY: disclosureKeyFor(options.dataDir, s.name),
        DEMO_DATA: String(options.demoData ?? false),
      },
      stdio,
    );
    services.push(service);
    return ready.then((m) => [s.name, m.url] as const);
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

    const started = SUBGRAPHS.map((s) => forkSubgraph(s, options.randomSubgraphPorts ? 0 : s.defaultPort));
    const subgraphUrls = Object.fromEntries(await Promise.all(started));

    const gateway = forkService(
      'gateway',
      join(REPO_ROOT, 'gateway', 'dist', 'index.js'),
      {
        ...baseEnv,
        GATEWAY_PORT: String(options.gatewayPort),
        APOLLO_TELEMETRY_DISABLED: '1',
        // V8 grows the heap lazily under load (330 MiB after the benchmark); a cap makes it collect sooner, at no
        // measured cost in requests per second (201 MiB after the same run with 160).
        NODE_OPTIONS: [baseEnv.NODE_OPTIONS, `--max-old-space-size=${baseEnv.GATEWAY_MAX_HEAP_MIB ?? 160}`]
          .filter(Boolean)
          .join(' '),
        JWT_SECRET: jwtSecret,
        GATEWAY_SIGNING_SECRET: signingSecret,
        ...(options.demoData && baseEnv.NODE_ENV !== 'production'
          ? { GATEWAY_DEMO_TOKENS_UNIT: DEMO_PROVINCE }
          : {}),
        ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, subgraphUrls[s.name]])),
      },
      stdio,
    );
    services.push(gateway.service);
    const gatewayUrl = (await gateway.ready).url;
    if (options.demoData) await seedLinkedDemoData(gatewayUrl, jwtSecret);
    const subgraph = (name: string) => {
      const info = SUBGRAPHS.find((s) => s.name === name);
      if (!info) throw new Error(`No subgraph ${name} in this hub`);
      return info;
    };
    const stopSubgraph = async (name: string) => {
      subgraph(name);
      const running = services.filter((s) => s.name === name);
      await Promise.all(running.map(stopService));
      services = services.filter((s) => !running.includes(s));
    };
    const startSubgraph = async (name: string) => {
      const info = subgraph(name);
      if (services.some((s) => s.name === name && s.child.exitCode === null && s.child.signalCode === null))
        throw new Error(`${name} is running already`);
      services = services.filter((s) => s.name !== name);
      await forkSubgraph(info, Number(new URL(subgraphUrls[name]!).port));
    };
    return { gatewayUrl, subgraphUrls, databaseUrls, jwtSecret, stopSubgraph, startSubgraph, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
