import { isUuid } from '@chung-tay/common';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs SQL with typeorm-style named parameters (`:asOf`, `:ids`), so one SQL text serves raw aggregate queries
 * and query-builder conditions alike. Avoid parameter names that follow `::` casts (write CAST(:x AS date)).
 */
export function querySql<T = Record<string, unknown>>(
  db: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const connection = 'connection' in db ? db.connection : db;
  const [query, values] = connection.driver.escapeQueryWithParameters(sql, params, {});
  return db.query(query, values);
}

/** PostgreSQL sums of bigint come back as strings; money stays a 53-bit-safe number. */
export const num = (value: unknown): number => (value == null ? 0 : Number(value));

/** Ids that cannot be uuids match no row; dropping them keeps PostgreSQL from refusing the whole batch. */
export const onlyUuids = (ids: readonly string[]): string[] => ids.filter(isUuid);
