import { isUtf8 } from 'node:buffer';
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { FileTooLarge, UnreadableFile, type UploadLimits } from './limits';
import { columnName, type Line } from './line';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const SLICE = 64 * 1024;

/**
 * Counts the cells of each record before csv-parse builds it: a line of a million empty cells is a few MB of
 * commas but an array of a million strings. Quote-aware, so commas inside quoted cells do not count.
 */
function columnGuard(delimiter: number, maxColumns: number) {
  let inQuotes = false;
  let columns = 1;
  let line = 1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === QUOTE) inQuotes = !inQuotes;
        else if (byte === NEWLINE) {
          line += 1;
          if (!inQuotes) columns = 1;
        } else if (byte === delimiter && !inQuotes && ++columns > maxColumns)
          return done(
            new FileTooLarge(
              `line ${line} has more than ${maxColumns} columns; a list has at most that many`,
            ),
          );
      }
      done(null, chunk);
    },
  });
}

/** Semicolons (as Excel saves CSV in Vietnamese settings) when the first line has more of them than commas. */
function delimiterOf(body: Buffer): string {
  const end = body.indexOf(NEWLINE);
  const first = body.subarray(0, end < 0 ? Math.min(body.length, SLICE) : end).toString('utf8');
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** A UTF-8 .csv file, record by record as csv-parse reads it, each record bounded before it is built. */
export async function* csvLines(body: Buffer, limits: UploadLimits): AsyncGenerator<Line> {
  if (!isUtf8(body))
    throw new UnreadableFile('the file is neither an .xlsx workbook nor a CSV file saved as UTF-8');
  const delimiter = delimiterOf(body);
  const source = Readable.from(
    (function* () {
      for (let at = 0; at < body.length; at += SLICE) yield body.subarray(at, at + SLICE);
    })(),
    { objectMode: false },
  );
  const guard = columnGuard(delimiter.charCodeAt(0), limits.maxColumns);
  const parser = source.pipe(guard).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      max_record_size: limits.maxTokenBytes,
    }),
  );
  const failed = (error: unknown): Error =>
    error instanceof FileTooLarge || error instanceof UnreadableFile
      ? error
      : new UnreadableFile(`the CSV file cannot be read: ${(error as Error).message}`);
  guard.on('error', (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const long = record.findIndex((cell) => cell.length > limits.maxCellChars);
      if (long >= 0)
        throw new FileTooLarge(
          `row ${info.lines}, column ${columnName(long + 1)} holds more than ${limits.maxCellChars} characters; ` +
            'a cell of a list holds at most that many',
        );
      yield { row: info.lines, cells: record };
    }
  } catch (error) {
    throw failed(error);
  } finally {
    source.destroy();
    parser.destroy();
  }
}
