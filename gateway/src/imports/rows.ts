import { foldVietnamese } from '@chung-tay/common';
import type { ImportColumn, ImportKind } from './kinds';
import type { RawCell, Sheet } from './sheet';

export interface ColumnMapping {
  /** Column index in the file → the column it holds. */
  at: Map<number, ImportColumn>;
  /** Field → the heading the file uses for it, so problems name the column as the officer sees it. */
  headingOf: Record<string, string>;
  missing: ImportColumn[];
  ignored: string[];
}

const fold = (text: string) => foldVietnamese(text).replace(/[\s_./-]+/g, ' ');

/** Whether a heading names one of the kind's columns. */
export const isHeadingOf = (kind: ImportKind) => (heading: string) =>
  kind.columns.some((c) => [...c.headings, c.field].some((h) => fold(h) === fold(heading)));

/** Finds each column of the kind among the file's headings (any spelling it lists, or the field's name). */
export function mapColumns(kind: ImportKind, headings: string[]): ColumnMapping {
  const at = new Map<number, ImportColumn>();
  const headingOf: Record<string, string> = {};
  const ignored: string[] = [];
  headings.forEach((heading, index) => {
    if (!heading) return;
    const column = kind.columns.find(
      (c) => [...c.headings, c.field].some((h) => fold(h) === fold(heading)) && !(c.field in headingOf),
    );
    if (!column) return void ignored.push(heading);
    at.set(index, column);
    headingOf[column.field] = heading;
  });
  const missing = kind.columns.filter((c) => c.required && !(c.field in headingOf));
  for (const c of kind.columns) headingOf[c.field] ??= c.headings[0]!;
  return { at, headingOf, missing, ignored };
}

/** A cell as the text the subgraph checks: dates as YYYY-MM-DD, a national ID's lost leading zeros put back. */
export function cellText(cell: RawCell, column: ImportColumn): string | null {
  if (cell == null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    const text = Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
    return column.nationalId && /^\d{1,12}$/.test(text) ? text.padStart(12, '0') : text;
  }
  return cell;
}

export type ImportRowValues = { row: number } & Record<string, string | number | null>;

/** Each data row as the mutation's row input: its row number and one text value per known column. */
export function rowValues(sheet: Sheet, mapping: ColumnMapping): ImportRowValues[] {
  return sheet.rows.map(({ row, cells }) => {
    const values: ImportRowValues = { row };
    for (const [index, column] of mapping.at) values[column.field] = cellText(cells[index] ?? null, column);
    return values;
  });
}
