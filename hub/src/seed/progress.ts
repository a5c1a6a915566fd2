import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { inheritedEnv } from '@chung-tay/common';

/** What the generator reports while it runs. */
export interface Progress {
  note(message: string): void;
  start(org: string): void;
  /** A table is about to be written with `total` rows. */
  table(org: string, table: string, done: number, total: number): void;
  rows(org: string, table: string, n: number): void;
  done(org: string, rows: number, seconds: number): void;
  stop(): void;
}

const rate = (rows: number, seconds: number) =>
  Math.round(rows / Math.max(seconds, 0.001)).toLocaleString('en');

/** Bars on a terminal; plain lines when stdout is not a TTY or CI=true (logs stay readable). */
export function consoleProgress(stream: NodeJS.WriteStream = process.stdout): Progress {
  const plain = !stream.isTTY || inheritedEnv().CI === 'true';
  if (plain) {
    return {
      note: (m) => stream.write(`${m}\n`),
      start: (org) => stream.write(`[${org}] generating …\n`),
      table: (org, table, _done, total) => stream.write(`[${org}] ${table}: ${total} rows\n`),
      rows: () => {},
      done: (org, rows, s) =>
        stream.write(`[${org}] ${rows} rows in ${s.toFixed(1)} s (${rate(rows, s)} rows/s)\n`),
      stop: () => {},
    };
  }
  const multi = new MultiBar(
    {
      format: ' {org} |{bar}| {value}/{total} {table}',
      hideCursor: true,
      clearOnComplete: false,
      stream,
    },
    Presets.shades_classic,
  );
  const bars = new Map<string, SingleBar>();
  return {
    note: (m) => multi.log(`${m}\n`),
    start: (org) => bars.set(org, multi.create(1, 0, { org: org.padEnd(16), table: '' })),
    table: (org, table, done, total) =>
      bars.get(org)?.start(Math.max(total, 1), done, { org: org.padEnd(16), table }),
    rows: (org, _table, n) => bars.get(org)?.increment(n),
    done: (org, rows, s) => {
      const bar = bars.get(org);
      bar?.setTotal(1);
      bar?.update(1, { table: `${rows} rows in ${s.toFixed(1)} s (${rate(rows, s)} rows/s)` });
    },
    stop: () => multi.stop(),
  };
}

/** The figures printed at the end: rows per table, and rows per second per organisation. */
export function formatFigures(result: {
  households: number;
  seconds: number;
  figures: { org: string; tables: Record<string, number>; rows: number; seconds: number }[];
}): string {
  const lines = [`Generated ${result.households} households in ${result.seconds.toFixed(1)} s.`, ''];
  for (const f of result.figures) {
    lines.push(`${f.org}: ${f.rows} rows in ${f.seconds.toFixed(1)} s (${rate(f.rows, f.seconds)} rows/s)`);
    for (const [table, n] of Object.entries(f.tables))
      lines.push(`  ${table.padEnd(28)} ${String(n).padStart(9)}`);
  }
  const rows = result.figures.reduce((s, f) => s + f.rows, 0);
  lines.push('', `Total: ${rows} rows (${rate(rows, result.seconds)} rows/s overall).`);
  return lines.join('\n');
}
