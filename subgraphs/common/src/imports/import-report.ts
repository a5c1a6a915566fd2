import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { todayInVietnam } from '../clock';
import { BadUserInputError } from '../errors';
import { foldVietnamese } from '../text';

/** One file at a time: a commune's or a district's list, not a province's whole register. */
export const MAX_IMPORT_ROWS = 50_000;
/** A broken file can have a problem on every row; the report names the first ones and counts them all. */
export const MAX_REPORTED_PROBLEMS = 1_000;

@ObjectType({ description: 'One thing wrong with one cell (or one row) of an imported file.' })
@Directive('@shareable')
export class ImportProblem {
  @Field(() => Int, { description: 'Row number in the file; the header is row 1, the first data row 2.' })
  row!: number;

  @Field({
    description: "The column's field name (e.g. birthDate); the gateway adds the file's own heading.",
  })
  column!: string;

  @Field({ description: 'What is wrong, in words a clerk can act on.' })
  problem!: string;

  @Field(() => String, { nullable: true, description: 'The value as the file gives it.' })
  value!: string | null;
}

@ObjectType({
  description:
    'What an import did: everything (imported) or nothing (problems listed). Importing the same file again ' +
    'creates nothing and counts its records as unchanged.',
})
@Directive('@shareable')
export class ImportReport {
  @Field(() => ID, { description: 'This import run, as recorded in the audit log.' })
  id!: string;

  @Field({ description: "The file's name as uploaded." })
  fileName!: string;

  @Field({ description: 'True when every row was valid and the records are in the database.' })
  imported!: boolean;

  @Field(() => Int, { description: 'Data rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Records the rows describe (e.g. households with their members).' })
  records!: number;

  @Field(() => Int, { description: 'Records the import added.' })
  created!: number;

  @Field(() => Int, { description: 'Records already there exactly as the file gives them.' })
  unchanged!: number;

  @Field(() => Int, { description: 'All problems found, including those not listed.' })
  problemCount!: number;

  @Field(() => [ImportProblem], { description: `The first ${MAX_REPORTED_PROBLEMS} problems, by row.` })
  problems!: ImportProblem[];
}

/** The rows of an import as GraphQL gives them: the file's row number and the cells as text. */
export interface ImportRow {
  row: number;
}

type Cell = string | null | undefined;

interface TextRule {
  required?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** Says what the pattern wants, e.g. "must be the 5-digit code of a commune or ward". */
  patternMessage?: string;
}

const YES = new Set(['co', 'x', 'yes', 'true', '1', 'dung']);
const NO = new Set(['khong', 'no', 'false', '0', 'sai']);

/**
 * Collects every problem of an import, cell by cell, instead of stopping at the first: an officer fixes the
 * whole file in one go. Readers return the cell's value in the hub's form, or null when it is blank or wrong.
 */
export class ImportProblems {
  private readonly list: ImportProblem[] = [];
  private readonly cells = new Set<string>();

  get count() {
    return this.list.length;
  }

  /** Files a problem; a cell gets one problem, the first found (the rest usually follow from it). */
  add(row: number, column: string, problem: string, value?: Cell): void {
    const cell = `${row}:${column}`;
    if (this.cells.has(cell)) return;
    this.cells.add(cell);
    this.list.push({ row, column, problem, value: value ?? null });
  }

  /**
   * Runs a rule that throws the hub's BadUserInputError (so imports and single mutations share their rules) and
   * files its message under the column its field names (`input.members[0].birthDate` → birthDate) instead,
   * with that column's cell from `cells` (the row as the file gives it).
   */
  check(row: number, cells: object, rule: () => void): boolean {
    try {
      rule();
      return true;
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      const field = typeof error.extensions.field === 'string' ? error.extensions.field : '';
      const message = field ? error.message.slice(field.length + 2) : error.message;
      const column = field.split('.').pop() ?? '';
      this.add(row, column, message, (cells as Record<string, Cell>)[column]);
      return false;
    }
  }

  text(row: number, column: string, cell: Cell, rule: TextRule = {}): string | null {
    const value = (cell ?? '').trim().replace(/\s+/g, ' ');
    if (!value) {
      if (rule.required) this.add(row, column, 'is required', cell);
      return null;
    }
    if (rule.min != null && value.length < rule.min) {
      this.add(row, column, `must be at least ${rule.min} characters`, cell);
      return null;
    }
    if (rule.max != null && value.length > rule.max) {
      this.add(row, column, `is ${value.length} characters; at most ${rule.max}`, cell);
      return null;
    }
    if (rule.pattern && !rule.pattern.test(value)) {
      this.add(row, column, rule.patternMessage ?? `does not have the expected form`, cell);
      return null;
    }
    return value;
  }

  /** A day as YYYY-MM-DD or DD/MM/YYYY (the Vietnamese way of writing it), a real date, not in the future. */
  date(row: number, column: string, cell: Cell, rule: { required?: boolean } = {}): string | null {
    const value = (cell ?? '').trim();
    if (!value) {
      if (rule.required) this.add(row, column, 'is required', cell);
      return null;
    }
    const iso = parseDay(value);
    if (!iso) {
      this.add(row, column, 'must be a date written YYYY-MM-DD or DD/MM/YYYY', cell);
      return null;
    }
    if (iso > todayInVietnam()) {
      this.add(row, column, `${iso} is in the future`, cell);
      return null;
    }
    return iso;
  }

  /**
   * One of a fixed set of values. `choices` maps each accepted spelling (Vietnamese labels, the graph's enum
   * names) to the value; spellings compare without case or diacritics.
   */
  choice<T>(row: number, column: string, cell: Cell, choices: Record<string, T>, required = false): T | null {
    const value = (cell ?? '').trim();
    if (!value) {
      if (required) this.add(row, column, 'is required', cell);
      return null;
    }
    const folded = foldVietnamese(value).replace(/[\s_-]+/g, ' ');
    for (const [spelling, choice] of Object.entries(choices)) {
      if (foldVietnamese(spelling).replace(/[\s_-]+/g, ' ') === folded) return choice;
    }
    this.add(row, column, `must be one of: ${Object.keys(choices).join(', ')}`, cell);
    return null;
  }

  /** Có/Không, x or blank, yes/no, true/false, 1/0. Blank is no. */
  yesNo(row: number, column: string, cell: Cell): boolean {
    const folded = foldVietnamese(cell ?? '');
    if (!folded || NO.has(folded)) return false;
    if (YES.has(folded)) return true;
    this.add(row, column, 'must be Có or Không (or x for yes, blank for no)', cell);
    return false;
  }

  integer(row: number, column: string, cell: Cell, rule: { min?: number; max?: number } = {}): number | null {
    const value = (cell ?? '').trim();
    if (!value) return null;
    if (!/^\d+$/.test(value)) {
      this.add(row, column, 'must be a whole number', cell);
      return null;
    }
    const n = Number(value);
    if ((rule.min != null && n < rule.min) || (rule.max != null && n > rule.max)) {
      this.add(row, column, `must be between ${rule.min ?? '…'} and ${rule.max ?? '…'}`, cell);
      return null;
    }
    return n;
  }

  report(fields: Omit<ImportReport, 'id' | 'imported' | 'problems' | 'problemCount'>): ImportReport {
    const problems = [...this.list].sort((a, b) => a.row - b.row);
    const imported = problems.length === 0;
    return {
      id: randomUUID(),
      ...fields,
      imported,
      created: imported ? fields.created : 0,
      problemCount: problems.length,
      problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    };
  }
}

function parseDay(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y) return null;
  const text = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : text;
}

/** Refuses a file larger than one import takes, before any row is looked at. */
export function assertImportSize(rows: readonly unknown[]): void {
  if (rows.length === 0) throw new BadUserInputError('the file has no data rows', 'input.rows');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new BadUserInputError(
      `the file has ${rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS} (split it by commune)`,
      'input.rows',
    );
  }
}

/** Groups rows by a key (e.g. the household code), in the order each key first appears. */
export function groupRows<R>(rows: readonly R[], keyOf: (row: R) => string | null): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key == null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const INSERT_CHUNK = 1000;

/** Inserts many rows of one entity, a multi-row INSERT per thousand rows, inside the caller's transaction. */
export async function insertInChunks<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await em.insert(entity, rows.slice(i, i + INSERT_CHUNK));
}
