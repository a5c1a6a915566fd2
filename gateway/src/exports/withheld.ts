import type { Cell } from 'exceljs';
import type { GraphQLLeafType } from 'graphql';

/**
 * Figures another organisation withheld from the reader under its threshold rule (the kit's FigureDisclosure,
 * `disclosure` on every figure set): a workbook shows them as "<N" (counts) or "—" (amounts, percentages), never
 * as a blank a reader could take for zero, and says once per organisation how its figures were protected.
 */
export const DISCLOSURE_TYPE = 'FigureDisclosure';
export const DISCLOSURE_FIELDS = ['exact', 'minRecords', 'suppressed'];

export interface Disclosure {
  exact: boolean;
  minRecords: number;
  suppressed: string[];
}

export const disclosureOf = (figures: unknown): Disclosure | null =>
  ((figures as { disclosure?: Disclosure } | null | undefined)?.disclosure ?? null) as Disclosure | null;

/** The note under an organisation's heading when its figures were protected for the reader. */
export const protectedNote = (d: Disclosure) =>
  `Số liệu của tổ chức khác đã được bảo vệ: số đếm dưới ${d.minRecords} ghi "<${d.minRecords}", các số đếm khác ` +
  `làm tròn đến bội số của ${d.minRecords}; số tiền tính từ dưới ${d.minRecords} bản ghi ghi "—", các số tiền ` +
  'khác là số gần đúng.';

/**
 * The text of a withheld figure at `path` (dotted, from the figure set; a list entry by its kind, as the kit
 * names it), or null when the figure was not withheld.
 */
export function withheldText(
  d: Disclosure | null,
  path: string,
  // A figure-tree leaf (only its GraphQL type is read here).
  leaf: { type: GraphQLLeafType },
): string | null {
  if (!d || d.exact || !d.suppressed.includes(path)) return null;
  return leaf.type.name === 'Int' ? `<${d.minRecords}` : '—';
}

/** The dotted path of a table cell: the table, the entry's kind (its first text value), the column. */
export function entryPath(
  table: string,
  item: Record<string, unknown>,
  column: string,
  d: Disclosure | null,
) {
  if (!d || d.exact) return null;
  const kinds = Object.values(item).filter((v): v is string => typeof v === 'string');
  return kinds.map((k) => `${table}.${k}.${column}`).find((p) => d.suppressed.includes(p)) ?? null;
}

/** Writes a withheld figure's text into its cell, right-aligned like the numbers around it. */
export function setWithheld(cell: Cell, text: string) {
  cell.value = text;
  cell.alignment = { ...cell.alignment, horizontal: 'right' };
}
