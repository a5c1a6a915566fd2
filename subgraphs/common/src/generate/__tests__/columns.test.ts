import { columnProblem, type TableShape } from '../columns';

const column = (databaseName: string, more: Partial<TableShape['columns'][number]> = {}) => ({
  databaseName,
  isNullable: false,
  isGenerated: false,
  isInsert: true,
  ...more,
});

/** A table like the Women's Union's chapter: a computed rank, a defaulted timestamp, a nullable parent. */
const TABLES: TableShape[] = [
  {
    tableName: 'chapter',
    columns: [
      column('id'),
      column('name'),
      column('parent_id', { isNullable: true }),
      column('rank', { isInsert: false }),
      column('created_at', { default: 'now()' }),
    ],
  },
];
const named = (...names: string[]) => names.map((name) => ({ name }));

describe('columnProblem (bulk columns against the entity metadata)', () => {
  it('accepts the required columns, with or without the optional ones', () => {
    expect(columnProblem(TABLES, 'chapter', named('id', 'name'))).toBeNull();
    expect(columnProblem(TABLES, 'chapter', named('id', 'name', 'parent_id', 'created_at'))).toBeNull();
  });

  it('names a table no entity has', () => {
    expect(columnProblem(TABLES, 'chapters', named('id'))).toBe('no entity has the table chapters');
  });

  it('names a column the table does not have (renamed or dropped)', () => {
    expect(columnProblem(TABLES, 'chapter', named('id', 'name', 'level_name'))).toBe(
      'chapter has no column level_name',
    );
  });

  it('names a required column left out (added to the entity, forgotten in the generator)', () => {
    expect(columnProblem(TABLES, 'chapter', named('id'))).toBe('chapter needs name (not null, no default)');
  });

  it('refuses to write a column the database computes', () => {
    expect(columnProblem(TABLES, 'chapter', named('id', 'name', 'rank'))).toBe(
      'chapter.rank is computed by the database, not written',
    );
  });

  it('refuses a column given twice', () => {
    expect(columnProblem(TABLES, 'chapter', named('id', 'name', 'name'))).toBe(
      'chapter: a column is given twice',
    );
  });
});
