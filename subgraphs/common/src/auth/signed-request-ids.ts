import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ids (jti) of the genuine gateway assertions this subgraph has answered, each kept until the assertion would
 * be refused as expired anyway, so a captured request is answered once.
 *
 * Kept in the subgraph's own PostgreSQL rather than in the process: every replica of a subgraph sees the same
 * ids, and a restarted subgraph still refuses what it answered before. UNLOGGED (no write-ahead log, so the
 * insert costs what a read does): PostgreSQL empties the table only after a crash of the database itself.
 * Only ids of assertions whose signature verified are written, so the table holds at most what the gateway sent
 * in the last minute (plus RETENTION_MARGIN_SECONDS), whatever a caller without the gateway's key sends.
 */
export class SignedRequestIds1763900010700 implements MigrationInterface {
  name = 'SignedRequestIds1763900010700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE signed_request_id (
      request_id uuid PRIMARY KEY,
      signed_until timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signed_request_id`);
  }
}

/** Replicas' clocks may differ: an id is kept this much longer than its own clock says it is needed. */
export const RETENTION_MARGIN_SECONDS = 60;

/** Expired ids are removed this often. */
const PURGE_EVERY_MS = 60_000;

/** Marks the store's statements so the statement counter keeps them apart from operations' (query-counter.ts). */
export const SIGNED_REQUEST_IDS = 'signed-request-ids';

export interface SignedRequestIds {
  /** True the first time a request id is seen; false every time after, until it is forgotten. */
  firstUse(requestId: string, signedUntil: number): Promise<boolean>;
  /** Forgets the ids whose assertions have expired; returns how many. */
  purge(now?: number): Promise<number>;
  stop(): void;
}

export function signedRequestIds(dataSource: DataSource): SignedRequestIds {
  const query = async <T>(sql: string, parameters: unknown[]): Promise<T> => {
    const runner = dataSource.createQueryRunner();
    runner.data = { purpose: SIGNED_REQUEST_IDS };
    try {
      return (await runner.query(sql, parameters)) as T;
    } finally {
      await runner.release();
    }
  };
  const purge = async (now = Date.now()) => {
    const cutoff = new Date(now - RETENTION_MARGIN_SECONDS * 1000);
    const [, removed] = await query<[unknown, number]>(
      `DELETE FROM signed_request_id WHERE signed_until < $1`,
      [cutoff],
    );
    return removed;
  };
  const purgeQuietly = () =>
    purge().catch((error: unknown) => {
      // The next purge tries again; until then the table only grows by what the gateway sends.
      console.warn(`Could not forget expired request ids: ${(error as Error).message}`);
    });
  const timer = setInterval(purgeQuietly, PURGE_EVERY_MS);
  timer.unref();
  return {
    firstUse: async (requestId, signedUntil) => {
      // One statement, atomic against a concurrent replay on another connection or replica: one insert wins.
      const rows = await query<unknown[]>(
        `INSERT INTO signed_request_id (request_id, signed_until) VALUES ($1, to_timestamp($2))
         ON CONFLICT (request_id) DO NOTHING RETURNING 1`,
        [requestId, signedUntil],
      );
      return rows.length === 1;
    },
    purge,
    stop: () => clearInterval(timer),
  };
}
