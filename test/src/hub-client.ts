import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertionHeaders,
  assertionSigner,
  readGatewayKeySet,
  signToken,
  type AssertedCaller,
  type TokenRequest,
} from '@chung-tay/common';
import { controlHub, forkHub, gatewayKeysFileFor, jwtSecretFor, stopService } from '@chung-tay/hub';
import { copyDemoTemplate } from './demo-template';
import { demoTemplate } from './env';

export interface SubgraphAnswer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestHub {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Subgraph name → its database (the subgraph's own login), to check what a test did or did not write. */
  databaseUrls: Record<string, string>;
  dataDir: string;
  /** The development identity provider's issuer URL (people's sign-in, programs' client credentials). */
  identityUrl: string;
  /** Service name (`gateway`, `identity`, each subgraph) → its process id when the hub was ready. */
  pids: Record<string, number>;
  token(request: TokenRequest): Promise<string>;
  /**
   * Sends a request straight to a subgraph with an assertion made with the hub's real gateway key (from the data
   * folder), as the gateway would send it; `as` changes what is sent (another subgraph's URL, added headers).
   */
  asGateway(
    subgraph: string,
    caller: AssertedCaller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ send(to?: string, headers?: Record<string, string>): Promise<SubgraphAnswer> }>;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  }>;
  /** Stops one subgraph's process; the gateway and the other subgraphs stay up. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on its port. */
  startSubgraph(name: string): Promise<void>;
  /** Stops the hub like Ctrl-C and, unless kept for a restart, deletes its data folder. */
  close(keepData?: boolean): Promise<void>;
}

/**
 * The whole hub exactly as `npm start` runs it (hub/dist/start.js), on free ports, data in a temp folder. With
 * `demoData` it starts on a copy of the run's demo template (see demo-template.ts) unless `freshDemo` asks for a
 * first start that seeds the demo data itself.
 */
export async function startTestHub(
  options: { dataDir?: string; demoData?: boolean; freshDemo?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestHub> {
  const template = demoTemplate.dir;
  const dataDir =
    options.dataDir ??
    (options.demoData && !options.freshDemo && template
      ? copyDemoTemplate(template)
      : mkdtempSync(join(tmpdir(), 'chung-tay-e2e-')));
  const { service, ready } = forkHub(dataDir, { demoData: options.demoData ?? false, env: options.env });
  const message = await ready.catch((error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const settings = {
    JWT_SECRET: jwtSecretFor(dataDir),
    JWT_ISSUER: 'chung-tay',
    JWT_AUDIENCE: 'chung-tay-hub',
  };
  const gatewayUrl = message.url;
  return {
    gatewayUrl,
    subgraphUrls: message.subgraphUrls as Record<string, string>,
    databaseUrls: message.databaseUrls as Record<string, string>,
    pids: message.pids as Record<string, number>,
    identityUrl: message.identityUrl as string,
    dataDir,
    token: (request) => signToken(request, settings),
    asGateway: async (subgraph, caller, query, variables = {}) => {
      const signer = await assertionSigner(readGatewayKeySet(gatewayKeysFileFor(dataDir)));
      const subgraphUrls = message.subgraphUrls as Record<string, string>;
      const body = JSON.stringify({ query, variables });
      const url = new URL(subgraphUrls[subgraph]!);
      const assertion = await assertionHeaders(signer, subgraph, caller, {
        method: 'POST',
        path: url.pathname,
        body,
      });
      return {
        send: async (to = subgraph, headers = {}) => {
          const response = await fetch(subgraphUrls[to]!, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...assertion, ...headers },
            body,
          });
          return { status: response.status, ...((await response.json()) as object) };
        },
      };
    },
    query: async (query, variables = {}, token) => {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    stopSubgraph: (name) => controlHub(service.child, 'stop-subgraph', name),
    startSubgraph: (name) => controlHub(service.child, 'start-subgraph', name),
    close: async (keepData = false) => {
      await stopService(service);
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
