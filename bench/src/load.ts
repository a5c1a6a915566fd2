import {
  issueAssertionSync,
  readGatewayKeySet,
  signToken,
  todayInVietnam,
  ASSERTION_HEADER,
  type AssertedCaller,
  inheritedEnv,
} from '@chung-tay/common';
import {
  forkHub,
  forkService,
  gatewayKeysFileFor,
  jwtSecretFor,
  REPO_ROOT,
  stopService,
  type Service,
} from '@chung-tay/hub';
import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { drive, type Figures } from './drive';
import { lastFinishedQuarter, OPERATIONS, type BenchOperation, type Sample } from './operations';
import { planner, type PlannedOperation } from './plan';
import { generateRegister } from './register';

// `npm run bench -- --households 20000`: the hub's four typical operations under load, through our gateway,
// straight to the owning subgraph and through Hive Gateway, on a generated register. Prints a table and writes
// bench/results/; never part of npm test.

interface Options {
  households: number;
  seed: number;
  seconds: number;
  connections: number;
  hive: boolean;
  env: string[];
  label?: string;
  dataDir?: string;
  only?: string[];
  via: string[];
}

const VIA = ['gateway', 'alone', 'direct', 'hive'];

const whole = (what: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`${what} is a whole number ≥ 1`);
  return Number(value);
};

const SUPERGRAPH = join(REPO_ROOT, 'schema', 'supergraph.graphql');
const SQL_SAMPLES = 10;

/** Generates the register into dataDir unless it already holds one (so lever runs can share one data set). */
function generate(options: Options, dataDir: string): number | null {
  if (existsSync(join(dataDir, 'postgres', 'cluster', 'PG_VERSION'))) return null;
  return generateRegister(options.households, options.seed, dataDir);
}

async function graphql(url: string, token: string, query: string, variables: object = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (answer.errors?.length) throw new Error(`${answer.errors[0]!.message} (in ${query.slice(0, 80)} …)`);
  return answer.data;
}

/** Real ids to pick from: the first page of every commune of the province with at least 100 households. */
async function sampleRegister(
  gatewayUrl: string,
  token: string,
  provinceCode: string,
): Promise<Sample & { households: number }> {
  const { administrativeUnits } = await graphql(
    gatewayUrl,
    token,
    `query { administrativeUnits(parentCode: "${provinceCode}", level: COMMUNE) { code } }`,
  );
  const householdIds: string[] = [];
  const communeCodes: string[] = [];
  for (const { code } of administrativeUnits as { code: string }[]) {
    const { households } = await graphql(
      gatewayUrl,
      token,
      'query($u: String!) { households(first: 100, filter: { unitCode: $u }) { totalCount nodes { id } } }',
      { u: code },
    );
    householdIds.push(...households.nodes.map((n: { id: string }) => n.id));
    if (households.totalCount >= 100) communeCodes.push(code);
  }
  if (!communeCodes.length) throw new Error('no commune has 100 households; generate more');
  const { households } = await graphql(
    gatewayUrl,
    token,
    'query($u: String!) { households(first: 1, filter: { unitCode: $u }) { totalCount } }',
    { u: provinceCode },
  );
  return {
    householdIds,
    communeCodes,
    provinceCode,
    quarter: lastFinishedQuarter(),
    households: households.totalCount as number,
  };
}

/** A small deterministic random source, so every target gets the same sequence of variables. */
function randomFrom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(url)).text();
  const line = text.split('\n').find((l) => l.startsWith(name));
  return Number(line?.split(' ').at(-1) ?? NaN);
}

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

/**
 * The most SQL statements each subgraph sent for one operation, over SQL_SAMPLES requests one at a time (different
 * households or communes): the subgraphs' /metrics counters read around each request. The most, not the mean: a
 * page without any loan skips the loans' statements, and the bound is what must not grow.
 */
async function sqlPerOperation(
  gatewayUrl: string,
  subgraphUrls: Record<string, string>,
  token: string,
  query: string,
  variables: () => Record<string, unknown>,
): Promise<Record<string, number>> {
  const count = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(subgraphUrls).map(
          async ([name, url]) =>
            [name, await metric(metricsUrl(url), 'chung_tay_sql_statements_total')] as const,
        ),
      ),
    );
  const most: Record<string, number> = Object.fromEntries(Object.keys(subgraphUrls).map((n) => [n, 0]));
  for (let i = 0; i < SQL_SAMPLES; i++) {
    const before = await count();
    await graphql(gatewayUrl, token, query, variables());
    const after = await count();
    for (const name of Object.keys(most)) most[name] = Math.max(most[name]!, after[name]! - before[name]!);
  }
  return most;
}

function startHive(subgraphUrls: Record<string, string>, gatewayKeysFile: string, jwtSecret: string) {
  const { service, ready } = forkService(
    'hive-gateway',
    join(REPO_ROOT, 'bench', 'dist', 'hive-gateway-main.js'),
    {
      ...inheritedEnv(),
      SUPERGRAPH_PATH: SUPERGRAPH,
      SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
      GATEWAY_SIGNING_KEYS_FILE: gatewayKeysFile,
      JWT_SECRET: jwtSecret,
    },
    'pipe',
  );
  return { service, ready: ready.then((m) => m.url) };
}

function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Math.round(Number(line.replace(/\D/g, '')) / 1024) : null;
}

interface OperationResult {
  key: string;
  title: string;
  subgraphFetches: number;
  owner: string;
  sqlPerOperation: Record<string, number>;
  gateway: Figures;
  /** One request at a time: what an officer's screen waits. */
  gatewayAlone?: Figures;
  direct?: Figures;
  hive?: Figures;
}

async function main(options: Options) {
  const keep = !!options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `chung-tay-bench-${options.households}-`));
  mkdirSync(dataDir, { recursive: true });
  const generatedSeconds = generate(options, dataDir);
  const extraEnv = Object.fromEntries(
    options.env.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new InvalidArgumentError(`--env takes NAME=VALUE, not ${pair}`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const services: Service[] = [];
  try {
    const hub = forkHub(dataDir, { demoData: false, env: extraEnv });
    services.push(hub.service);
    const ready = await hub.ready;
    const gatewayUrl = ready.url;
    const subgraphUrls = ready.subgraphUrls as Record<string, string>;
    const jwtSecret = jwtSecretFor(dataDir);
    // The hub's own gateway key (its data folder), so requests straight to a subgraph carry what the gateway sends.
    const gatewayKeysFile = extraEnv.GATEWAY_SIGNING_KEYS_FILE ?? gatewayKeysFileFor(dataDir);
    const [gatewayKey] = readGatewayKeySet(gatewayKeysFile).keys;
    const signer = {
      key: createPrivateKey({ key: { ...gatewayKey } satisfies JsonWebKey, format: 'jwk' }),
      kid: gatewayKey!.kid,
    };
    const caller: AssertedCaller = {
      subject: 'bench-officer',
      org: 'people-committee',
      units: ['75'],
      roles: ['officer'],
    };
    const token = await signToken(caller, {
      JWT_SECRET: jwtSecret,
      JWT_ISSUER: 'chung-tay',
      JWT_AUDIENCE: 'chung-tay-hub',
    });
    const authorization = `Bearer ${token}`;
    const sample = await sampleRegister(gatewayUrl, token, '75');
    console.log(
      `Register: ${sample.households} households; sampling ${sample.householdIds.length} households, ` +
        `${sample.communeCodes.length} communes with ≥ 100, quarter ${sample.quarter}`,
    );

    let hiveUrl: string | undefined;
    let hivePid: number | undefined;
    if (options.hive && options.via.includes('hive')) {
      const hive = startHive(subgraphUrls, gatewayKeysFile, jwtSecret);
      services.push(hive.service);
      hiveUrl = await hive.ready;
      hivePid = hive.service.child.pid;
    }

    const plan = planner(readFileSync(SUPERGRAPH, 'utf8'));
    const operations = OPERATIONS.filter((o) => !options.only || options.only.includes(o.key));
    const results: OperationResult[] = [];
    for (const op of operations) {
      const planned: PlannedOperation = plan(op.query, op.operationName);
      const subgraphUrl = subgraphUrls[planned.root.subgraph];
      if (!subgraphUrl) throw new Error(`no URL for subgraph ${planned.root.subgraph}`);
      const variables = (random: () => number) => () => op.variables(sample, random);

      // Same answers through both gateways before measuring either (reads only: a write answers once).
      if (!op.mutation && hiveUrl)
        await sameAnswers(op, gatewayUrl, hiveUrl, token, variables(randomFrom(7))());
      // Requests of the previous load still being answered would count here: let them finish first.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const sql = await sqlPerOperation(gatewayUrl, subgraphUrls, token, op.query, variables(randomFrom(3)));
      if (op.key === 'communePage') {
        const small = op.query.replace('first: 100', 'first: 10');
        const sql10 = await sqlPerOperation(gatewayUrl, subgraphUrls, token, small, variables(randomFrom(3)));
        for (const [name, n] of Object.entries(sql10)) sql[`${name} (page of 10)`] = n;
      }

      const gatewayBody = (random: () => number) => () =>
        JSON.stringify({ query: op.query, variables: op.variables(sample, random) });
      const directBody = (random: () => number) => () => {
        const all = op.variables(sample, random);
        const vars = Object.fromEntries(planned.root.variableNames.map((n) => [n, all[n]]));
        return JSON.stringify({ query: planned.root.query, variables: vars });
      };
      const viaGateway = () => ({ authorization });
      // What the gateway sends: an assertion for the root field's subgraph and this body, new for every request.
      const signed = (body: string) => ({
        [ASSERTION_HEADER]: issueAssertionSync(signer, planned.root.subgraph, caller, {
          method: 'POST',
          path: '/graphql',
          body,
        }),
      });
      const run = async (
        what: string,
        url: string,
        body: () => string,
        headers: (b: string) => Record<string, string>,
        connections = options.connections,
      ) => {
        process.stdout.write(`  ${op.title.padEnd(44)} ${what.padEnd(12)} `);
        // A short warm-up (plans cached, connections open, JIT warm) that is not counted.
        await drive({ url, seconds: 2, connections, body, headers });
        const figures = await drive({
          url,
          seconds: options.seconds,
          connections,
          body,
          headers,
        });
        console.log(
          `${String(figures.requestsPerSecond).padStart(7)} rps  p95 ${String(figures.p95).padStart(6)} ms` +
            (figures.errors ? `  ${figures.errors} errors, first: ${figures.firstError}` : ''),
        );
        return figures;
      };
      const result: OperationResult = {
        key: op.key,
        title: op.title,
        subgraphFetches: planned.fetches,
        owner: planned.root.subgraph,
        sqlPerOperation: sql,
        gateway: await run('gateway', gatewayUrl, gatewayBody(randomFrom(11)), viaGateway),
        gatewayAlone: options.via.includes('alone')
          ? await run('gateway, 1', gatewayUrl, gatewayBody(randomFrom(13)), viaGateway, 1)
          : undefined,
        direct: options.via.includes('direct')
          ? await run('direct', subgraphUrl, directBody(randomFrom(11)), signed)
          : undefined,
        hive: hiveUrl ? await run('hive', hiveUrl, gatewayBody(randomFrom(11)), viaGateway) : undefined,
      };
      results.push(result);
    }

    const gatewayMiB = Math.round(
      (await metric(gatewayUrl.replace(/\/graphql$/, '/metrics'), 'process_resident_memory_bytes')) / 2 ** 20,
    );
    const report = {
      benchmark: 'gateway load',
      date: todayInVietnam(),
      label: options.label ?? null,
      machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      households: sample.households,
      seed: options.seed,
      generatedSeconds,
      secondsPerRun: options.seconds,
      connections: options.connections,
      env: extraEnv,
      memoryAfterRunMiB: { gateway: gatewayMiB, hive: rssMiB(hivePid) },
      operations: results,
      targets: targets(results, sample.households, gatewayMiB),
    };
    printTable(report);
    const dir = join(REPO_ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(
      dir,
      `gateway-${sample.households}-${report.date}${options.label ? `-${options.label}` : ''}.json`,
    );
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${file}`);
  } finally {
    for (const s of services.reverse()) await stopService(s);
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function sameAnswers(
  op: BenchOperation,
  gatewayUrl: string,
  hiveUrl: string,
  token: string,
  variables: Record<string, unknown>,
) {
  const [ours, theirs] = await Promise.all(
    [gatewayUrl, hiveUrl].map((url) => graphql(url, token, op.query, variables)),
  );
  if (JSON.stringify(ours) !== JSON.stringify(theirs))
    throw new Error(
      `${op.title}: Hive Gateway answers differently from ours; the comparison would be unfair`,
    );
}

function targets(results: OperationResult[], households: number, gatewayMiB: number) {
  const by = (key: string) => results.find((r) => r.key === key);
  const list: { target: string; value: string; met: boolean | null }[] = [];
  for (const r of results) {
    if (r.hive)
      list.push({
        target: `${r.title}: our gateway ≥ Hive Gateway in requests per second`,
        value: `${r.gateway.requestsPerSecond} vs ${r.hive.requestsPerSecond} (×${(r.gateway.requestsPerSecond / r.hive.requestsPerSecond).toFixed(2)})`,
        met: r.gateway.requestsPerSecond >= r.hive.requestsPerSecond,
      });
  }
  const page = by('communePage');
  if (page) {
    const grows = Object.entries(page.sqlPerOperation)
      .filter(([name]) => !name.includes('('))
      .filter(([name, n]) => n !== page.sqlPerOperation[`${name} (page of 10)`]);
    list.push({
      target: '(2) SQL statements per operation the same for pages of 10 and 100',
      value: grows.length ? `differs in ${grows.map(([n]) => n).join(', ')}` : 'same in every subgraph',
      met: grows.length === 0,
    });
  }
  const at100k = households >= 100_000;
  const household = by('household');
  if (household?.gatewayAlone)
    list.push({
      target: '(1) p95 < 25 ms at 100,000 households (one at a time)',
      value: `${household.gatewayAlone.p95} ms at ${households} households`,
      met: at100k ? household.gatewayAlone.p95 < 25 : null,
    });
  const area = by('areaView');
  if (area?.gatewayAlone)
    list.push({
      target: '(3) p95 < 150 ms at 100,000 households (one at a time)',
      value: `${area.gatewayAlone.p95} ms at ${households} households`,
      met: at100k ? area.gatewayAlone.p95 < 150 : null,
    });
  list.push({
    target: 'gateway memory < 300 MB after the run',
    value: `${gatewayMiB} MiB`,
    met: gatewayMiB < 300,
  });
  return list;
}

function printTable(report: {
  households: number;
  machine: { cores: number };
  connections: number;
  secondsPerRun: number;
  operations: OperationResult[];
  memoryAfterRunMiB: { gateway: number; hive: number | null };
  targets: { target: string; value: string; met: boolean | null }[];
}) {
  console.log(
    `\n${report.households} households, ${report.machine.cores} cores, ${report.connections} connections, ` +
      `${report.secondsPerRun} s per run`,
  );
  const head = ['operation', 'via', 'rps', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
  const rows: string[][] = [];
  for (const r of report.operations) {
    for (const [via, f] of [
      ['gateway', r.gateway],
      ['gateway, one at a time', r.gatewayAlone],
      [`direct (${r.owner}, its part)`, r.direct],
      ['Hive Gateway', r.hive],
    ] as const) {
      if (!f) continue;
      rows.push(
        [via === 'gateway' ? r.title : '', via, f.requestsPerSecond, f.p50, f.p95, f.p99, f.errors].map(
          String,
        ),
      );
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));

  console.log(
    '\nSQL statements per operation, per subgraph (through our gateway), and subgraph requests per plan:',
  );
  for (const r of report.operations)
    console.log(
      `  ${r.title.padEnd(44)} ${r.subgraphFetches} fetches  ` +
        Object.entries(r.sqlPerOperation)
          .map(([name, n]) => `${name} ${n}`)
          .join(', '),
    );
  console.log(
    `\nMemory after the run: our gateway ${report.memoryAfterRunMiB.gateway} MiB` +
      (report.memoryAfterRunMiB.hive !== null ? `, Hive Gateway ${report.memoryAfterRunMiB.hive} MiB` : ''),
  );
  console.log('\nTargets:');
  for (const t of report.targets)
    console.log(`  ${t.met === null ? '–' : t.met ? '✓' : '✗'} ${t.target}: ${t.value}`);
}

new Command('bench')
  .description(
    'Drive the four typical operations through our gateway, straight to the owning subgraph and through Hive ' +
      'Gateway, on a generated register',
  )
  .option('--households <n>', 'households to generate', whole('--households'), 20_000)
  .option('--seed <n>', 'random seed of the data set', whole('--seed'), 1)
  .option('--seconds <n>', 'measured seconds per operation and target', whole('--seconds'), 10)
  .option('--connections <n>', 'requests kept in flight', whole('--connections'), 8)
  .option('--no-hive', 'leave Hive Gateway out')
  .option('--only <keys...>', `operations to run: ${OPERATIONS.map((o) => o.key).join(', ')}`)
  .option('--via <ways...>', `ways to send them: ${VIA.join(', ')} (gateway is always measured)`, VIA)
  .option(
    '--env <NAME=VALUE...>',
    'settings for the hub (a lever to try, e.g. GATEWAY_DEDUPLICATE=false)',
    [],
  )
  .option('--label <name>', 'added to the results file name (e.g. the lever tried)')
  .option(
    '--data-dir <dir>',
    'generate into (or reuse) this folder and keep it, for several runs on one data set',
  )
  .action((o: Options) => main(o))
  .parseAsync()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
