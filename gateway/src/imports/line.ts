/** A cell as the file holds it: text, a number (Excel drops leading zeros), a date, or nothing. */
export type RawCell = string | number | Date | null;

/** One row of the file with its row number. */
export interface Line {
  row: number;
  cells: RawCell[];
}

/** A column's letters as a spreadsheet shows them (1 → A, 28 → AB), for messages naming a cell. */
export const columnName = (column: number): string =>
  column <= 0
    ? ''
    : columnName(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));
