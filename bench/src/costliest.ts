import { ALL_SUBGRAPHS, inheritedEnv, todayInVietnam, type OrganisationId } from '@chung-tay/common';
import { gatewayEnv, QueryCostModel } from '@chung-tay/gateway';
import { ensureGatewayKeys, REPO_ROOT, type RunningHub } from '@chung-tay/hub';
import { Command, InvalidArgumentError } from 'commander';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { costliestRequest, type ArgumentValues, type SearchLimits } from './costliest-request';
import { startDemoHub } from './demo-hub';

// `npm run costliest`: root field by root field of the supergraph's Query, the most expensive request the gateway's
// limits still accept (costliest-request.ts, priced by the gateway's own cost model), sent 8 at once to the hub
// with its demo data, while an ordinary small request is sent every 250 ms. Prints, per root field: cost, time,
// statuses, whether every process is alive, the peak RSS of the gateway and of the largest subgraph, and the small
// request's latency. Exit 1 if a process died or the small request waited more than 5 s. Never part of npm test.

interface Options {
  concurrency: number;
  only?: string[];
}

type Answer = { status: number; ms: number; codes: string[] };

/**
 * A connection the gateway closed while idle (keep-alive, 5 s) can be taken up again just as it closes, while the
 * next request is being searched for: such a failure before any answer is tried once more on a new connection.
 */
async function post(
  url: string,
  token: string,
  query: string,
  variables: object,
  retry = true,
): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json().catch(() => ({}))) as {
      errors?: { extensions?: { code?: string } }[];
    };
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'))];
    return { status: response.status, ms: performance.now() - started, codes };
  } catch (error) {
    const reset = /other side closed|ECONNRESET|socket/i.test(String((error as Error).cause ?? error));
    if (retry && reset) return post(url, token, query, variables, false);
    return { status: 0, ms: performance.now() - started, codes: ['NETWORK'] };
  }
}

/** Resident memory (MiB) and, for the gateway, heap in use (share of its limit) from /metrics; null if down. */
async function memory(graphqlUrl: string): Promise<{ rssMiB: number; heap?: number } | null> {
  try {
    const metrics = graphqlUrl.replace(/\/graphql$/, '/metrics');
    const text = await (await fetch(metrics, { signal: AbortSignal.timeout(2_000) })).text();
    const value = (name: string) => {
      const line = text.split('\n').find((l) => l.startsWith(name));
      return line ? Number(line.split(' ').at(-1)) : undefined;
    };
    const rss = value('process_resident_memory_bytes') ?? 0;
    return { rssMiB: Math.round(rss / 2 ** 20), heap: value('chung_tay_heap_used_ratio') };
  } catch {
    return null;
  }
}

/** The supergraph's join__Graph names (PEOPLE_COMMITTEE) are the registry's env prefixes. */
const GRAPH_ORGANISATION: Record<string, OrganisationId> = Object.fromEntries(
  ALL_SUBGRAPHS.map((s) => [s.envPrefix, s.name]),
);

/** Root field → the organisation whose subgraph answers it, from `@join__field(graph: …)` on Query. */
function owners(supergraph: string): Record<string, OrganisationId> {
  const query = supergraph.slice(supergraph.indexOf('\ntype Query'));
  const found: Record<string, OrganisationId> = {};
  for (const m of query.matchAll(/\n  (\w+)(?:\([^)]*\))?: [^\n]*@join__field\(graph: (\w+)\)/g))
    found[m[1]!] = GRAPH_ORGANISATION[m[2]!]!;
  return found;
}

/** Real keys for single-record root fields: the first id (or code) of the list field of the same type. */
async function sampleKeys(
  url: string,
  token: (org: OrganisationId) => Promise<string>,
  query: GraphQLObjectType,
  owner: Record<string, OrganisationId>,
) {
  const samples: Record<string, Record<string, string>> = {};
  const fields = Object.values(query.getFields());
  for (const single of fields) {
    const key = single.args.find((a) => a.name === 'id' || a.name === 'code');
    if (!key) continue;
    const type = getNamedType(single.type).name;
    const list = fields.find(
      (f) =>
        getNamedType(f.type).name === `${type}Connection` ||
        (getNamedType(f.type).name === type && f !== single),
    );
    if (!list) continue;
    const paged = getNamedType(list.type).name.endsWith('Connection');
    const required = list.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined);
    if (required) continue;
    const text = `{ list: ${list.name}${paged ? '(first: 1) { nodes { ' : ' { '}${key.name} }${paged ? ' }' : ''} }`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token(owner[single.name]!)}`,
      },
      body: JSON.stringify({ query: text }),
    });
    const data = ((await response.json()) as { data?: { list: unknown } }).data?.list;
    const first = (
      paged ? (data as { nodes?: Record<string, string>[] })?.nodes : (data as Record<string, string>[])
    )?.[0];
    if (first?.[key.name]) samples[single.name] = { [key.name]: first[key.name]! };
  }
  return samples;
}

async function main(options: Options) {
  const supergraph = readFileSync(join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8');
  const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-costliest-'));
  // The gateway's defaults, as the hub below will run it (with the key set it will use).
  const env = gatewayEnv.parse({
    ...inheritedEnv(),
    GATEWAY_SIGNING_KEYS_FILE: await ensureGatewayKeys(dataDir),
    JWT_SECRET: 'y'.repeat(32),
  });
  const model = await QueryCostModel.fromSupergraph(supergraph);
  const schema = (await import('@apollo/federation-internals')).Supergraph.build(supergraph)
    .apiSchema()
    .toGraphQLJSSchema();
  const query = schema.getQueryType()!;
  const owner = owners(supergraph);
  const limits: SearchLimits = {
    maxCost: env.GATEWAY_MAX_COST,
    maxAreaPeriods: env.GATEWAY_MAX_AREA_PERIODS,
    maxAliases: env.GATEWAY_MAX_ALIASES,
    depth: env.GATEWAY_MAX_DEPTH - 1,
    listCaps: { first: 100, periods: 24, other: 1000 },
  };
  console.log(`Starting the hub on loopback with its demo data (${dataDir}) …`);
  let hub: RunningHub | undefined;
  let failed = false;
  // Ctrl-C stops the hub's services and database too, not only this process.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void (hub?.stop() ?? Promise.resolve()).finally(() => process.exit(130)));
  try {
    const demo = await startDemoHub(dataDir);
    hub = demo.hub;
    const url = demo.url;
    const token = (org: OrganisationId) => demo.token(org, ['officer', 'admin']);
    const viewer = await demo.token('labour-union', ['viewer']);
    const samples = await sampleKeys(url, token, query, owner);
    const today = todayInVietnam();
    const services = { gateway: url, ...hub.subgraphUrls };
    console.log(
      `Limits: cost ${limits.maxCost}, area-periods ${limits.maxAreaPeriods}, aliases ${limits.maxAliases}, depth ${env.GATEWAY_MAX_DEPTH}; ${options.concurrency} at once per root field.\n`,
    );
    console.log(
      'root field | aliases × list | cost | slowest | statuses | alive | gateway MiB (heap %) | largest subgraph MiB | small request max ms (not 200)',
    );
    for (const field of Object.values(query.getFields())) {
      if (options.only && !options.only.includes(field.name)) continue;
      if (!isObjectType(query)) continue;
      const values: ArgumentValues = {
        unitCode: '75',
        year: Number(today.slice(0, 4)),
        today,
        samples: samples[field.name] ?? {},
      };
      const request = costliestRequest(model, field, limits, values);
      if (!request) {
        console.log(`${field.name} | nothing fits`);
        continue;
      }
      const orgToken = await token(owner[field.name] ?? 'people-committee');
      let running = true;
      const small: number[] = [];
      const peaks: Record<string, number> = {};
      let heapPeak = 0;
      let smallRefused = 0;
      const watch = (async () => {
        while (running) {
          const answer = await post(url, viewer, '{ administrativeUnit(code: "75") { name } }', {});
          small.push(answer.ms);
          if (answer.status !== 200) smallRefused += 1;
          for (const [name, serviceUrl] of Object.entries(services)) {
            const m = await memory(serviceUrl);
            if (m) peaks[name] = Math.max(peaks[name] ?? 0, m.rssMiB);
            if (m?.heap !== undefined) heapPeak = Math.max(heapPeak, m.heap);
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      const answers = await Promise.all(
        Array.from({ length: options.concurrency }, () =>
          post(url, orgToken, request.query, request.variables),
        ),
      );
      running = false;
      await watch;
      const alive = await Promise.all(Object.values(services).map(async (u) => (await memory(u)) !== null));
      const statuses = Object.entries(
        answers.reduce<Record<string, number>>((n, a) => {
          const key = `${a.status}${a.codes.length ? ` ${a.codes.join('+')}` : ''}`;
          n[key] = (n[key] ?? 0) + 1;
          return n;
        }, {}),
      ).map(([k, n]) => `${n}× ${k}`);
      const [largest, largestMiB] = Object.entries(peaks)
        .filter(([name]) => name !== 'gateway')
        .sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
      const slowest = Math.max(...answers.map((a) => a.ms));
      const smallMax = Math.max(0, ...small);
      console.log(
        `${field.name} | ${request.aliases} × ${request.listSize} | ${request.cost} | ${Math.round(slowest)} ms | ${statuses.join(', ')} | ${alive.every(Boolean) ? 'yes' : 'NO'} | ${peaks.gateway ?? '-'} (${Math.round(heapPeak * 100)}%) | ${largest} ${largestMiB} | ${Math.round(smallMax)} (${smallRefused})`,
      );
      if (!alive.every(Boolean) || smallMax > 5_000) failed = true;
      if (!alive.every(Boolean)) break;
    }
  } finally {
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('\nA process died or an ordinary request waited more than 5 s.');
    process.exitCode = 1;
  }
}

const program = new Command('costliest')
  .description(
    'The most expensive request the gateway accepts, root field by root field, sent several at once',
  )
  .option(
    '--concurrency <n>',
    'requests at once per root field',
    (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 64)
        throw new InvalidArgumentError('a whole number from 1 to 64');
      return Number(v);
    },
    8,
  )
  .option('--only <fields>', 'comma-separated root fields', (v) => v.split(','))
  .action((options: Options) => main(options));

program.parseAsync().catch((error) => {
  console.error(error);
  process.exit(1);
});
