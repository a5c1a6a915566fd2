import type { Column } from './bulk-insert';

/** The part of typeorm's EntityMetadata the check reads (so a test can give a table without a database). */
export interface TableShape {
  tableName: string;
  columns: readonly {
    databaseName: string;
    isNullable: boolean;
    default?: unknown;
    isGenerated: boolean;
    /** false for a column the database computes (GENERATED ALWAYS AS …). */
    isInsert: boolean;
  }[];
}

/**
 * Why a bulk insert's columns do not fit the table the entities declare, or null. The generators list their
 * columns by hand (with how to read each from a generated row); this check, run before every insert, makes a
 * renamed, dropped or newly required column fail the generator at once, naming the table and the column,
 * rather than at the database halfway through a run or, worse, silently leaving a new column empty.
 */
export function columnProblem(
  tables: readonly TableShape[],
  table: string,
  columns: readonly Pick<Column<unknown>, 'name'>[],
): string | null {
  const shape = tables.find((t) => t.tableName === table);
  if (!shape) return `no entity has the table ${table}`;
  const known = new Set(shape.columns.map((c) => c.databaseName));
  const given = new Set(columns.map((c) => c.name));
  const unknown = [...given].filter((name) => !known.has(name));
  if (unknown.length) return `${table} has no column ${unknown.join(', ')}`;
  const computed = shape.columns.filter((c) => !c.isInsert && given.has(c.databaseName));
  if (computed.length)
    return `${table}.${computed[0]!.databaseName} is computed by the database, not written`;
  const missing = shape.columns
    .filter((c) => c.isInsert && !c.isNullable && c.default === undefined && !c.isGenerated)
    .filter((c) => !given.has(c.databaseName))
    .map((c) => c.databaseName);
  if (missing.length) return `${table} needs ${missing.join(', ')} (not null, no default)`;
  if (given.size !== columns.length) return `${table}: a column is given twice`;
  return null;
}
