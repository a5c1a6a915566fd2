import { csvLines } from './csv';
import { FileTooLarge, UnreadableFile, type UploadLimits } from './limits';
import type { Line, RawCell } from './line';
import { xlsxLines } from './xlsx';

export type { Line, RawCell };

export interface Sheet {
  /** The header row's number in the file and its headings. */
  headerRow: number;
  headings: string[];
  /** Data rows with their row numbers in the file; blank rows are left out. */
  rows: Line[];
}

export { UnreadableFile };

const isBlank = (cells: RawCell[]) => cells.every((c) => c == null || (typeof c === 'string' && !c.trim()));

/** How far down a header row is looked for: officers' lists often start with a title and a date. */
const HEADER_SEARCH_ROWS = 20;

const ZIP = 'PK\u0003\u0004';

/**
 * Reads the first worksheet of an .xlsx file, or a UTF-8 .csv (comma or semicolon separated), row by row. The
 * header is the row among the first ones with the most headings `isHeading` knows (the first non-blank row when
 * none does). Reading stops at the first row over limits.maxRows, or when the kept text passes
 * limits.maxTextChars, so a file's size never decides how much the gateway holds.
 */
export async function readSheet(
  body: Buffer,
  isHeading: (text: string) => boolean,
  limits: UploadLimits,
): Promise<Sheet> {
  const lines =
    body.subarray(0, 4).toString('latin1') === ZIP ? xlsxLines(body, limits) : csvLines(body, limits);
  const known = (cells: RawCell[]) => cells.filter((c) => typeof c === 'string' && isHeading(c)).length;
  const kept: Line[] = [];
  let header = -1;
  let text = 0;
  for await (const line of lines) {
    if (isBlank(line.cells)) continue;
    if (header >= 0 || line.row >= (kept[0]?.row ?? line.row) + HEADER_SEARCH_ROWS) {
      if (header < 0) header = bestHeader(kept, known);
      if (kept.length - header > limits.maxRows) throw tooManyRows(limits.maxRows);
    }
    for (const cell of line.cells) if (typeof cell === 'string') text += cell.length;
    if (text > limits.maxTextChars)
      throw new FileTooLarge(
        `the file's cells hold more than ${limits.maxTextChars} characters by row ${line.row}; split it by commune`,
      );
    kept.push(line);
  }
  if (!kept.length) throw new UnreadableFile('the file is empty');
  if (header < 0) header = bestHeader(kept, known);
  if (kept.length - header - 1 > limits.maxRows) throw tooManyRows(limits.maxRows);
  const { row, cells } = kept[header]!;
  return {
    headerRow: row,
    headings: cells.map((c) => (c == null ? '' : String(c).trim())),
    rows: kept.slice(header + 1),
  };
}

const tooManyRows = (maxRows: number) =>
  new FileTooLarge(
    `the file has more than ${maxRows} rows under its header; one import takes at most ${maxRows} (split it by commune)`,
  );

/** The index of the row, among the first HEADER_SEARCH_ROWS, with the most known headings (the first on a tie). */
function bestHeader(kept: Line[], known: (cells: RawCell[]) => number): number {
  let best = 0;
  for (let i = 1; i < kept.length && kept[i]!.row < kept[0]!.row + HEADER_SEARCH_ROWS; i += 1)
    if (known(kept[i]!.cells) > known(kept[best]!.cells)) best = i;
  return best;
}
