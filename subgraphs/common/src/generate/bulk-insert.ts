/** Runs one statement; a typeorm EntityManager's or QueryRunner's `query`. */
export type Query = (sql: string, params?: unknown[]) => Promise<any>;

/** A column of a bulk insert: its name, the PostgreSQL type of its array parameter, and how to read it. */
export interface Column<R> {
  name: string;
  type: 'uuid' | 'text' | 'date' | 'int' | 'bigint' | 'bool' | 'numeric' | 'text[]';
  value: (row: R) => unknown;
}

export const BATCH = 5000;

/**
 * Inserts rows with `INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …)`, a few thousand a statement. Text
 * arrays travel as one '\u001f'-joined text each and are split in SQL, as unnest cannot take ragged 2-D arrays.
 */
export async function bulkInsert<R>(
  query: Query,
  table: string,
  columns: Column<R>[],
  rows: readonly R[],
  onRows?: (n: number) => void,
): Promise<number> {
  const names = columns.map((c) => c.name).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.type === 'text[]' ? 'text' : c.type}[]`).join(', ');
  const select = columns
    .map((c) =>
      c.type === 'text[]' ? `string_to_array(u.c${columns.indexOf(c)}, chr(31))` : `u.c${columns.indexOf(c)}`,
    )
    .join(', ');
  const alias = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${params}) AS u(${alias})`;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const values = columns.map((c) =>
      batch.map((r) => {
        const v = c.value(r);
        if (c.type === 'text[]') return (v as string[]).join('\u001f');
        return v ?? null;
      }),
    );
    await query(sql, values);
    onRows?.(batch.length);
  }
  return rows.length;
}

/** Columns of rows kept as arrays, from `'id:uuid household_id:uuid amount:bigint …'` (index = position). */
export function cols(spec: string): Column<readonly unknown[]>[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((part, i) => {
      const [name, type] = part.split(':') as [string, Column<unknown>['type']];
      return { name, type, value: (row: readonly unknown[]) => row[i] };
    });
}

/** `BulkGenerator.refusal` for an organisation whose records all hang off one table. */
export const refuseWhenAny =
  (org: string, table: string) =>
  async (query: Query): Promise<string | null> => {
    const [{ any }] = (await query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS any`)) as { any: boolean }[];
    return any
      ? `the ${org} database already holds records (${table}), e.g. the demo data of an earlier npm start; generate into a new data folder or add --replace`
      : null;
  };
