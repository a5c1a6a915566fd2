import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';

// `npm run -s export -- area-summary --unit 75 --period 2026-Q3 --token <jwt> --out tong-hop.xlsx` downloads a
// workbook from the gateway's /exports endpoint, so the gateway and the subgraphs check the token exactly as
// they do for any query.

interface ExportOptions {
  unit: string;
  period: string;
  token: string;
  gateway: string;
  out?: string;
}

const EXPORTS = {
  'union-fund-report': "the Labour Union's For-the-Poor campaign report (template 001: rows 1, 2, 2.1, 2.2)",
  'area-summary': "every organisation's figures for a unit and period, and the completeness of their reports",
} as const;

class ExportFailed extends Error {}

/** http://localhost:4000, …/graphql or …/ all mean the same gateway. */
export const gatewayBase = (url: string) => url.replace(/\/+$/, '').replace(/\/graphql$/, '');

const fileNameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1];

async function download(name: keyof typeof EXPORTS, o: ExportOptions) {
  const url = new URL(`${gatewayBase(o.gateway)}/exports/${name}.xlsx`);
  url.searchParams.set('unitCode', o.unit);
  url.searchParams.set('period', o.period);
  const token = o.token.replace(/^Bearer\s+/i, '').trim();
  if (!token) throw new ExportFailed('--token is empty: give the token the hub issued you');
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).catch(
    (error: Error) => {
      const cause = error.cause as { code?: string; message?: string } | undefined;
      const why = cause?.code ?? cause?.message ?? error.message;
      throw new ExportFailed(
        `cannot reach the gateway at ${gatewayBase(o.gateway)} (${why}); is the hub running?`,
      );
    },
  );
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string; extensions?: { code?: string; field?: string } }[];
    } | null;
    const error = body?.errors?.[0];
    const code = error?.extensions?.code ? ` ${error.extensions.code}` : '';
    const field = error?.extensions?.field ? ` (${error.extensions.field})` : '';
    throw new ExportFailed(
      `the gateway refused the export (HTTP ${response.status}${code}): ${error?.message ?? response.statusText}${field}`,
    );
  }
  const out = resolve(o.out ?? fileNameOf(response.headers.get('content-disposition')) ?? `${name}.xlsx`);
  const workbook = Buffer.from(await response.arrayBuffer());
  writeFileSync(out, workbook);
  process.stdout.write(`${out}\n`);
}

const program = new Command('export')
  .description('Download an Excel workbook from the hub, as the holder of a token may see it')
  .showHelpAfterError();

for (const [name, description] of Object.entries(EXPORTS) as [keyof typeof EXPORTS, string][]) {
  program
    .command(name)
    .description(description)
    .requiredOption('--unit <code>', 'administrative unit code, e.g. 75 (province) or 25222 (commune)')
    .requiredOption('--period <code>', 'period: 2026, 2026-Q3, 2026-07, 2026-6M or 2026-9M')
    .addOption(
      new Option('--token <jwt>', 'your token (npm run -s token -- --help makes one)')
        .env('CHUNG_TAY_TOKEN')
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--gateway <url>', "the gateway's address")
        .env('CHUNG_TAY_GATEWAY')
        .default('http://localhost:4000'),
    )
    .option('--out <file>', 'where to write the workbook (default: the name the gateway gives, here)')
    .action((o: ExportOptions) => download(name, o));
}

program.parseAsync().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
