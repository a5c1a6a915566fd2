import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A cell as the file holds it: text, a number (Excel drops leading zeros), a date, or nothing. */
export type RawCell = string | number | Date | null;

export interface Sheet {
  /** The header row's number in the file and its headings. */
  headerRow: number;
  headings: string[];
  /** Data rows with their row numbers in the file; blank rows are left out. */
  rows: { row: number; cells: RawCell[] }[];
}

/** Why a file cannot be read at all (as opposed to a problem in one of its rows). */
export class UnreadableFile extends Error {}

const isBlank = (cells: RawCell[]) => cells.every((c) => c == null || (typeof c === 'string' && !c.trim()));

/** How far down a header row is looked for: officers' lists often start with a title and a date. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Reads the first worksheet of an .xlsx file, or a UTF-8 .csv (comma or semicolon separated). The header is the
 * row among the first ones with the most headings `isHeading` knows (the first non-blank row when none does).
 */
export async function readSheet(
  body: Buffer,
  isHeading: (text: string) => boolean = () => false,
): Promise<Sheet> {
  const lines =
    body.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' ? await xlsxLines(body) : csvLines(body);
  const known = (cells: RawCell[]) => cells.filter((c) => typeof c === 'string' && isHeading(c)).length;
  let headerAt = lines.findIndex((l) => !isBlank(l.cells));
  if (headerAt < 0) throw new UnreadableFile('the file is empty');
  for (let i = headerAt; i < Math.min(lines.length, headerAt + HEADER_SEARCH_ROWS); i += 1) {
    if (known(lines[i]!.cells) > known(lines[headerAt]!.cells)) headerAt = i;
  }
  const header = lines[headerAt]!;
  return {
    headerRow: header.row,
    headings: header.cells.map((c) => (c == null ? '' : String(c).trim())),
    rows: lines.slice(headerAt + 1).filter((l) => !isBlank(l.cells)),
  };
}

async function xlsxLines(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('the file is not a readable .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('the workbook has no worksheet');
  const lines: { row: number; cells: RawCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    lines.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return lines;
}

function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  return null;
}

function csvLines(body: Buffer) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new UnreadableFile('the file is neither an .xlsx workbook nor a CSV file saved as UTF-8');
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ row: info.lines, cells: record as RawCell[] }));
  } catch (error) {
    throw new UnreadableFile(`the CSV file cannot be read: ${(error as Error).message}`);
  }
}
