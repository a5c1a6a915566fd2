import type DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from './ids';
import { createRowLoader } from './loaders';

/**
 * Rows of an entity by id, each told in the same statement whether it lies in the caller's scope, so a root
 * field or an `_entities` reference is checked without a further read. `scopeSql` is a boolean SQL expression
 * over the row (it may read `:callerUnits`); `mark` puts the answer on the row under the organisation's own
 * field. Keys that are not uuids answer null without reaching the database (they could not match, and
 * PostgreSQL would refuse them as uuids).
 */
export function createScopedRowLoader<T extends ObjectLiteral & { id: string }, R extends T>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  scopeSql: string,
  callerUnits: readonly string[],
  mark: (row: T, inScope: boolean) => R,
): DataLoader<string, R | null> {
  return createRowLoader<string, R>(
    async (keys) => {
      const ids = [...new Set(keys.filter(isUuid))];
      if (!ids.length) return [];
      const { entities, raw } = await dataSource
        .getRepository(entity)
        .createQueryBuilder(alias)
        .addSelect(scopeSql, 'in_scope')
        .where(`${alias}.id = ANY(:ids)`, { ids, callerUnits })
        .getRawAndEntities();
      const flags = new Map(
        (raw as Record<string, unknown>[]).map((r) => [r[`${alias}_id`] as string, r.in_scope === true]),
      );
      return entities.map((e) => mark(e, flags.get(e.id) ?? false));
    },
    (row) => row.id,
  );
}
