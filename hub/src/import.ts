import { openAsBlob, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { ImportFileReport as Report } from '@chung-tay/gateway';
import { hubSettingsFromEnv } from './env';
import { bearer, callGateway, gatewayBase, GatewayRefused, gatewayOptions, refusal } from './gateway-client';

// `npm run -s import -- households ds-ho-ngheo.xlsx --token <jwt>` sends an .xlsx or .csv list to the gateway's
// /imports endpoint; the owning subgraph checks every row with the token's access and imports all or nothing.

interface ImportOptions {
  token: string;
  gateway: string;
  json?: boolean;
}

const KINDS = {
  households: "the People's Committee's household list (one row per member)",
  'union-members': "a union's member list",
  'needs-list': "the Front's list of people in need of sponsorship",
} as const;

const CHUNK = 256 * 1024;

/** The file as a request body that moves a progress bar as it is sent (plain lines when not on a terminal). */
async function uploadBody(path: string) {
  const size = statSync(path).size;
  const plain = !process.stderr.isTTY || hubSettingsFromEnv().plainProgress;
  const bar = plain
    ? null
    : new SingleBar(
        { format: ' sending |{bar}| {percentage}% {value}/{total} bytes', stream: process.stderr },
        Presets.shades_classic,
      );
  bar?.start(size, 0);
  const blob = await openAsBlob(path);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= size) {
        bar?.stop();
        if (plain) process.stderr.write(`sent ${size} bytes; the hub is checking the rows …\n`);
        else process.stderr.write('the hub is checking the rows …\n');
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(await blob.slice(sent, sent + CHUNK).arrayBuffer()));
      sent = Math.min(sent + CHUNK, size);
      bar?.update(sent);
    },
  });
  return body;
}

function printReport(r: Report) {
  const out = process.stdout;
  if (r.ignoredColumns.length) out.write(`columns ignored: ${r.ignoredColumns.join(', ')}\n`);
  if (r.imported) {
    out.write(
      `imported ${r.fileName}: ${r.records} records in ${r.rows} rows — ${r.created} created, ${r.unchanged} unchanged` +
        (r.linkedToRegister != null ? `, ${r.linkedToRegister} linked to the register` : '') +
        '\n',
    );
  } else {
    out.write(`nothing imported from ${r.fileName}: ${r.problemCount} problem(s) in ${r.rows} rows\n`);
    out.write(['row', 'column', 'problem', 'value'].join('\t') + '\n');
    for (const p of r.problems) out.write([p.row, p.column, p.problem, p.value ?? ''].join('\t') + '\n');
    if (r.problemCount > r.problems.length) out.write(`… and ${r.problemCount - r.problems.length} more\n`);
  }
  out.write(`${r.rows} rows in ${r.seconds.toFixed(2)} s (${r.rowsPerSecond} rows/s)\n`);
}

async function importFile(kind: keyof typeof KINDS, file: string, o: ImportOptions) {
  const path = resolve(file);
  const url = new URL(`${gatewayBase(o.gateway)}/imports/${kind}`);
  url.searchParams.set('fileName', basename(path));
  const authorization = bearer(o.token);
  let body: ReadableStream<Uint8Array>;
  try {
    body = await uploadBody(path);
  } catch {
    throw new GatewayRefused(`cannot read ${path}`);
  }
  const response = await callGateway(url, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/octet-stream' },
    body,
    duplex: 'half',
  } as RequestInit);
  if (response.status !== 200 && response.status !== 422) throw await refusal('import', response);
  const report = (await response.json()) as Report;
  if (o.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  if (!report.imported) process.exitCode = 1;
}

const program = new Command('import')
  .description('Import an .xlsx or .csv list into the hub, checked row by row with your token’s access')
  .showHelpAfterError();

for (const [kind, description] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
  const [token, gateway] = gatewayOptions();
  program
    .command(`${kind} <file>`)
    .description(
      `${description}; nothing is imported if any row has a problem, and importing twice changes nothing`,
    )
    .addOption(token)
    .addOption(gateway)
    .option('--json', 'print the whole report as JSON')
    .action((file: string, o: ImportOptions) => importFile(kind, file, o));
}

program.parseAsync().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
