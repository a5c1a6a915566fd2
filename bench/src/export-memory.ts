import { signToken, todayInVietnam } from '@chung-tay/common';
import { forkHub, jwtSecretFor, REPO_ROOT, stopService } from '@chung-tay/hub';
import { Command, InvalidArgumentError } from 'commander';
import ExcelJS from 'exceljs';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { generateRegister } from './register';

// `npm run bench:export -- --households 100000`: the household-list export at the 100,000-row limit, from a
// generated register, through a hub whose gateway runs with its capped heap (GATEWAY_MAX_HEAP_MIB). Prints the
// gateway's peak resident memory (the kernel's VmHWM) and the time; never part of npm test.

/** The export's documented limit (MAX_HOUSEHOLD_ROWS). */
const ROW_LIMIT = 100_000;

interface Options {
  households: number;
  seed: number;
  heapMib: number;
  dataDir?: string;
}

const whole = (what: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`${what} is a whole number ≥ 1`);
  return Number(value);
};

/** The gateway's process among the hub's children, found by its script. */
function gatewayPid(hubPid: number): number {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (parent === hubPid && cmdline.includes(join('gateway', 'dist', 'index.js'))) return Number(pid);
    } catch {
      // the process ended while listed
    }
  }
  throw new Error('the gateway process was not found among the hub’s children');
}

/** Resident memory now and at its peak since the process started, in MiB. */
function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
}

const STATUSES = ['POOR', 'NEAR_POOR', 'ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY', 'NOT_POOR'];

/**
 * The province's whole register when it is within the export's limit, else every status but the fewest that
 * bring it under: the largest export the limit allows (about 90,000 rows, as in the report that ran it out).
 */
async function largestFilter(base: string, token: string) {
  const count = async (statuses: string[]) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'query($s: [HouseholdStatus!]) { households(filter: { unitCode: "75", status: $s }) { totalCount } }',
        variables: { s: statuses },
      }),
    });
    return ((await response.json()) as { data: { households: { totalCount: number } } }).data.households
      .totalCount;
  };
  const all = await count(STATUSES);
  if (all <= ROW_LIMIT) return { query: 'unitCode=75', selected: all };
  const each = await Promise.all(STATUSES.map(async (s) => [s, await count([s])] as const));
  let kept = [...each].sort((a, b) => b[1] - a[1]);
  while (kept.reduce((n, [, c]) => n + c, 0) > ROW_LIMIT) kept = kept.slice(0, -1);
  const statuses = kept.map(([s]) => s);
  return { query: `unitCode=75&status=${statuses.join(',')}`, selected: await count(statuses) };
}

/** Rows of the downloaded workbook's sheet, read back with exceljs's streaming reader. */
async function rowsIn(file: string) {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache' });
  for await (const sheet of reader) for await (const _ of sheet) rows += 1;
  return rows;
}

async function main(options: Options) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `chung-tay-export-${options.households}-`));
  const generatedS = existsSync(join(dataDir, 'postgres'))
    ? null
    : generateRegister(options.households, options.seed, dataDir);
  const { service, ready } = forkHub(dataDir, {
    demoData: false,
    env: { GATEWAY_MAX_HEAP_MIB: String(options.heapMib) },
  });
  const out = join(mkdtempSync(join(tmpdir(), 'chung-tay-export-out-')), 'danh-sach-ho-75.xlsx');
  try {
    const base = (await ready).url.replace(/\/graphql$/, '');
    const pid = gatewayPid(service.child.pid!);
    const token = await signToken(
      { org: 'people-committee', units: ['75'], roles: ['officer'] },
      { JWT_SECRET: jwtSecretFor(dataDir), JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' },
    );
    const filter = await largestFilter(base, token);
    const before = memoryOf(pid);
    let highest = before.rssMiB;
    const sampler = setInterval(() => {
      try {
        highest = Math.max(highest, memoryOf(pid).rssMiB);
      } catch {
        // the gateway is gone (the catch below says so)
      }
    }, 100);
    const started = performance.now();
    let firstByteS = 0;
    try {
      const response = await fetch(`${base}/exports/households.xlsx?${filter.query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      firstByteS = (performance.now() - started) / 1000;
      await pipeline(
        Readable.fromWeb(response.body! as WebReadableStream<Uint8Array>),
        createWriteStream(out),
      );
    } catch (error) {
      clearInterval(sampler);
      let now = 'the gateway process is gone';
      try {
        now = `${memoryOf(pid).rssMiB} MiB now`;
      } catch {
        // it ran out of memory and was stopped
      }
      throw new Error(
        `the export failed after ${((performance.now() - started) / 1000).toFixed(1)} s (gateway RSS highest ` +
          `sampled ${highest} MiB; ${now}): ${error instanceof Error ? error.message : error}`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = memoryOf(pid);
    const rows = (await rowsIn(out)) - 2;
    const result = {
      benchmark: 'household-list export at the row limit',
      date: todayInVietnam(),
      machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      households: options.households,
      filter: filter.query,
      selected: filter.selected,
      generatedSeconds: generatedS,
      gatewayHeapCapMiB: options.heapMib,
      rows,
      workbookMB: Number((statSync(out).size / 1e6).toFixed(1)),
      firstByteSeconds: Number(firstByteS.toFixed(2)),
      seconds: Number(seconds.toFixed(1)),
      rowsPerSecond: Math.round(rows / seconds),
      gatewayRssMiB: { before: before.rssMiB, highestSampled: highest, after: after.rssMiB },
      gatewayPeakRssMiB: after.peakMiB,
    };
    console.log(
      `\nHousehold-list export, ${filter.query}: ${filter.selected} of ${options.households} households, ${result.machine.cores} cores`,
    );
    console.log(`  gateway heap capped at ${options.heapMib} MiB (--max-old-space-size)`);
    console.log(
      `  ${rows} rows, ${result.workbookMB} MB workbook in ${result.seconds} s (${result.rowsPerSecond} rows/s; first byte after ${result.firstByteSeconds} s)`,
    );
    console.log(
      `  gateway RSS: ${before.rssMiB} MiB before, highest sampled ${highest} MiB, ${after.rssMiB} MiB after`,
    );
    console.log(`  gateway peak RSS since it started (VmHWM): ${after.peakMiB} MiB`);
    const dir = join(REPO_ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `export-memory-${options.households}-${result.date}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`  written to ${file}`);
  } finally {
    await stopService(service);
    rmSync(out, { force: true });
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

// The action reports its own failure; commander exits by itself on bad options.
void new Command('bench:export')
  .description('The household-list export at the row limit, with the gateway heap capped: peak RSS and time')
  .option(
    '--households <n>',
    'households in the generated register (province 75)',
    whole('households'),
    100_000,
  )
  .option('--seed <n>', 'generator seed', whole('seed'), 1)
  .option('--heap-mib <n>', 'the gateway’s heap cap (GATEWAY_MAX_HEAP_MIB)', whole('heap'), 160)
  .option(
    '--data-dir <dir>',
    'reuse a register generated before (npm run seed -- --data-dir …); kept afterwards',
  )
  .action((o: Options) =>
    main(o).catch((error) => {
      console.error(error);
      process.exit(1);
    }),
  )
  .parseAsync();
