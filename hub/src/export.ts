import { createWriteStream, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Command } from 'commander';
import { bearer, callGateway, gatewayBase, gatewayOptions, refusal } from './gateway-client';

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

const fileNameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1];

async function download(name: keyof typeof EXPORTS, o: ExportOptions) {
  const url = new URL(`${gatewayBase(o.gateway)}/exports/${name}.xlsx`);
  url.searchParams.set('unitCode', o.unit);
  url.searchParams.set('period', o.period);
  const response = await callGateway(url, { headers: { authorization: bearer(o.token) } });
  if (!response.ok) throw await refusal('export', response);
  const out = resolve(o.out ?? fileNameOf(response.headers.get('content-disposition')) ?? `${name}.xlsx`);
  // Written as it arrives (the gateway streams large workbooks); a download cut off leaves no file behind.
  try {
    await pipeline(Readable.fromWeb(response.body! as WebReadableStream<Uint8Array>), createWriteStream(out));
  } catch (error) {
    rmSync(out, { force: true });
    throw new Error(`the download of ${out} was cut off: ${error instanceof Error ? error.message : error}`);
  }
  process.stdout.write(`${out}\n`);
}

const program = new Command('export')
  .description('Download an Excel workbook from the hub, as the holder of a token may see it')
  .showHelpAfterError();

for (const [name, description] of Object.entries(EXPORTS) as [keyof typeof EXPORTS, string][]) {
  const [token, gateway] = gatewayOptions();
  program
    .command(name)
    .description(description)
    .requiredOption('--unit <code>', 'administrative unit code, e.g. 75 (province) or 25222 (commune)')
    .requiredOption('--period <code>', 'period: 2026, 2026-Q3, 2026-07, 2026-6M or 2026-9M')
    .addOption(token)
    .addOption(gateway)
    .option('--out <file>', 'where to write the workbook (default: the name the gateway gives, here)')
    .action((o: ExportOptions) => download(name, o));
}

program.parseAsync().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
