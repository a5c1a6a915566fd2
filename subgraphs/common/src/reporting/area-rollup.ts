import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { todayInVietnam } from '../clock';
import type { Period } from '../period';

/**
 * Area rollups: an area figure that only looks at days already over (a finished quarter's counts, a stock on a
 * past day) is computed once and kept in the subgraph's own database (`area_rollup`), so the province view of a
 * finished period costs one indexed read instead of a pass over the whole register.
 *
 * Kept right by the database itself: every table a rolled-up figure reads carries triggers
 * (`forgetAreaRollupsOn`) that, in the writing transaction, forget every rollup whose last day is on or after the
 * earliest date the write touches — a repayment dated today forgets nothing already rolled up, a review
 * back-dated to March forgets everything from March on. Any write path (mutations, imports, the generator, SQL
 * by hand) goes through them.
 *
 * No stale rollup can slip in between. Every such write, in its trigger, counts itself on the sequence
 * `area_rollup_changes` and takes a shared advisory lock held to its commit. A subgraph computing a missing rollup
 * (1) notes the count, and gives up keeping it if a writer is in flight; (2) computes, holding no connection;
 * (3) keeps the answer only if, under the lock taken exclusively, the count has not moved. A write that came in
 * between moved the count; one that comes after waits for (3), then forgets what it kept.
 */
const LOCK = 7_312_025; // any fixed number; one lock per database
const SAFE = /^[a-z_][a-z0-9_]*$/;

export class AreaRollups1763900007000 implements MigrationInterface {
  name = 'AreaRollups1763900007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE area_rollup (
      figure varchar(60) NOT NULL,
      key text NOT NULL,
      last_day date NOT NULL,
      value jsonb NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (figure, key)
    )`);
    await q.query(`CREATE INDEX area_rollup_last_day ON area_rollup (last_day)`);
    await q.query(`CREATE SEQUENCE area_rollup_changes`);
    // What every table's triggers call: count the write, hold the lock to commit, forget the figures' rollups
    // from `since` (all of them when `everything`).
    await q.query(`CREATE FUNCTION forget_area_rollups(figures text[], since date, everything boolean)
      RETURNS void LANGUAGE plpgsql AS $forget$
      BEGIN
        PERFORM nextval('area_rollup_changes');
        PERFORM pg_advisory_xact_lock_shared(${LOCK});
        IF everything THEN
          DELETE FROM area_rollup WHERE figure = ANY(figures);
        ELSIF since IS NOT NULL THEN
          DELETE FROM area_rollup WHERE figure = ANY(figures) AND last_day >= since;
        END IF;
      END $forget$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION forget_area_rollups(text[], date, boolean)`);
    await q.query(`DROP SEQUENCE area_rollup_changes`);
    await q.query(`DROP TABLE area_rollup`);
  }
}

export interface RollupSource {
  table: string;
  /** The rolled-up figures (as named in `rolledUp`) that read this table; only they are forgotten. */
  figures: string[];
  /**
   * The table's date columns that say from which day on a row counts (a repayment's paid_on, a status change's
   * effective date). A write forgets rollups from the earliest of them, over the rows before and after; with
   * none (or a row without any), it forgets every rollup.
   */
  dates: string[];
  /**
   * Only updates that change these columns matter (e.g. a household's unit), when the rest of the row does not;
   * rows are paired by `key`.
   */
  updateOf?: string[];
  /** The table's primary key column, to pair rows before and after an update (default `id`). */
  key?: string;
  /** The writes that matter; all four unless said (a new household counts only through its status change). */
  events?: RollupEvent[];
}

export type RollupEvent = 'insert' | 'update' | 'delete' | 'truncate';

/** SQL for a migration: the triggers that make writes to `source.table` forget the rollups they change. */
export function forgetAreaRollupsOn(source: RollupSource): string[] {
  const { table, dates, figures } = source;
  const key = source.key ?? 'id';
  for (const name of [table, key, ...dates, ...(source.updateOf ?? [])])
    if (!SAFE.test(name)) throw new Error(`not a plain SQL name: ${name}`);
  if (!figures.length || figures.some((f) => !/^[A-Za-z0-9_.-]+$/.test(f)))
    throw new Error(`name the figures ${table} feeds, in letters, digits, '.', '_' or '-'`);
  const events = source.events ?? ['insert', 'update', 'delete', 'truncate'];
  const figureList = `ARRAY[${figures.map((f) => `'${f}'`).join(', ')}]`;
  const fn = `forget_area_rollups_${table}`;
  // least() ignores NULLs and is NULL only when every date is: such a row forgets everything.
  const earliest = (...aliases: string[]) =>
    dates.length
      ? `least(${aliases.flatMap((a) => dates.map((d) => `${a}.${d}`)).join(', ')})`
      : 'NULL::date';
  const updateOf = source.updateOf ?? [];
  const changed: Record<RollupEvent, string | null> = {
    insert: `SELECT ${earliest('n')} AS day FROM new_rows n`,
    // PostgreSQL allows no column list with transition tables: the rows whose watched columns changed are
    // found by pairing them.
    update: updateOf.length
      ? `SELECT ${earliest('o', 'n')} AS day FROM old_rows o JOIN new_rows n ON n.${key} = o.${key}
         WHERE (${updateOf.map((c) => `o.${c}`).join(', ')}, NULL) IS DISTINCT FROM (${updateOf.map((c) => `n.${c}`).join(', ')}, NULL)`
      : `SELECT ${earliest('o')} AS day FROM old_rows o UNION ALL SELECT ${earliest('n')} FROM new_rows n`,
    delete: `SELECT ${earliest('o')} AS day FROM old_rows o`,
    truncate: null,
  };
  /** The trigger function for an event, reading the transition tables that event declares. */
  const functionFor = (event: RollupEvent) => {
    const since = changed[event]
      ? `WITH changed AS (${changed[event]})
        SELECT min(day), bool_or(day IS NULL) INTO since, everything FROM changed;`
      : 'everything := true;';
    return `CREATE FUNCTION ${fn}_${event}() RETURNS trigger LANGUAGE plpgsql AS $rollup$
    DECLARE since date; everything boolean;
    BEGIN
      ${since}
      PERFORM forget_area_rollups(${figureList}, since, coalesce(everything, false));
      RETURN NULL;
    END $rollup$`;
  };
  const referencing: Record<RollupEvent, string> = {
    insert: 'REFERENCING NEW TABLE AS new_rows',
    update: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
    delete: 'REFERENCING OLD TABLE AS old_rows',
    truncate: '',
  };
  return events.flatMap((event) => [
    functionFor(event),
    `CREATE TRIGGER ${table}_forgets_rollups_${event} AFTER ${event.toUpperCase()} ON ${table}
       ${referencing[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}_${event}()`,
  ]);
}

/** SQL for a migration's down(): drops what forgetAreaRollupsOn made. */
export function dropForgetAreaRollupsOn(table: string): string[] {
  return ['insert', 'update', 'delete', 'truncate'].flatMap((event) => [
    `DROP TRIGGER IF EXISTS ${table}_forgets_rollups_${event} ON ${table}`,
    `DROP FUNCTION IF EXISTS forget_area_rollups_${table}_${event}()`,
  ]);
}

/** Counts of rollup reads, for /metrics and the benchmark. */
export const areaRollupCounts = { found: 0, computed: 0 };

/**
 * Wraps a batch function of area figures (keys in, answers out, in order) so that answers whose last day is over
 * are read from `area_rollup` when there, and computed and kept when not. Answers that still depend on today (a
 * running period) are always computed. Answers must be plain JSON.
 */
export function rolledUp<V>(
  dataSource: DataSource,
  figure: string,
  lastDay: (key: string) => string,
  compute: (keys: readonly string[]) => Promise<V[]>,
): (keys: readonly string[]) => Promise<V[]> {
  return async (keys) => {
    const today = todayInVietnam();
    const settled = keys.filter((k) => lastDay(k) < today);
    const answers = new Map<string, V>();
    if (settled.length) {
      const rows: { key: string; value: V }[] = await dataSource.query(
        'SELECT key, value FROM area_rollup WHERE figure = $1 AND key = ANY($2)',
        [figure, settled],
      );
      for (const r of rows) answers.set(r.key, r.value);
      areaRollupCounts.found += rows.length;
    }
    const running = keys.filter((k) => !settled.includes(k));
    if (running.length) {
      const values = await compute(running);
      running.forEach((k, i) => answers.set(k, values[i]!));
    }
    const missing = settled.filter((k) => !answers.has(k));
    if (missing.length) {
      const values = await computeAndKeep(dataSource, figure, lastDay, compute, missing);
      missing.forEach((k, i) => answers.set(k, values[i]!));
    }
    return keys.map((k) => answers.get(k)!);
  };
}

/** Computes missing rollups and keeps them unless a write to the tables they read may have come in between. */
async function computeAndKeep<V>(
  dataSource: DataSource,
  figure: string,
  lastDay: (key: string) => string,
  compute: (keys: readonly string[]) => Promise<V[]>,
  missing: readonly string[],
): Promise<V[]> {
  // (1) The count of writes so far, taken when no writer is in flight (they hold the lock until they commit).
  const count = () =>
    dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL lock_timeout = '2s'`);
      await em.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const [row] = (await em.query('SELECT last_value::text AS count FROM area_rollup_changes')) as {
        count: string;
      }[];
      return row!.count;
    });
  const before = await count().catch(lockTimedOut);
  // (2) No connection is held meanwhile: the computation takes what it needs from the pool.
  const values = await compute(missing);
  if (before === null) return values;
  // (3) Kept only if no write came in between; a write arriving now waits for this, then forgets what is kept.
  await dataSource
    .transaction(async (em) => {
      await em.query(`SET LOCAL lock_timeout = '2s'`);
      await em.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const [now] = (await em.query('SELECT last_value::text AS count FROM area_rollup_changes')) as {
        count: string;
      }[];
      if (now!.count !== before) return;
      await em.query(
        `INSERT INTO area_rollup (figure, key, last_day, value)
         SELECT $1, k, d::date, v FROM unnest($2::text[], $3::text[], $4::jsonb[]) AS t(k, d, v)
         ON CONFLICT (figure, key) DO UPDATE SET value = EXCLUDED.value, last_day = EXCLUDED.last_day,
           computed_at = now()`,
        [figure, missing, missing.map(lastDay), values.map((v) => JSON.stringify(v))],
      );
      areaRollupCounts.computed += missing.length;
    })
    .catch(lockTimedOut);
  return values;
}

/** Writers held the lock for over 2 s: the answer stands, it is just not kept this time. */
function lockTimedOut(error: unknown): null {
  if ((error as { code?: string }).code !== '55P03') throw error;
  return null;
}

/**
 * An area loader's fetch (many units, one period: see createAreaLoader) whose answers for a finished period are
 * kept as rollups under `figure`. `lastDay` is the last day the answers depend on (the period's last day for
 * flows, its stock day for stocks); while that is today or later they are computed, never kept. Units the fetch
 * leaves out are kept as `empty()`.
 */
export function rolledUpAreaFetch<R>(
  dataSource: DataSource,
  figure: string,
  fetch: (unitCodes: string[], period: Period) => Promise<Map<string, R>>,
  empty: () => R,
  lastDay: (period: Period) => string,
): (unitCodes: string[], period: Period) => Promise<Map<string, R>> {
  return async (unitCodes, period) => {
    const values = await rolledUp<R>(
      dataSource,
      figure,
      () => lastDay(period),
      async (keys) => {
        const units = keys.map((k) => k.slice(0, k.indexOf('|')));
        const found = await fetch(units, period);
        return units.map((u) => found.get(u) ?? empty());
      },
    )(unitCodes.map((u) => `${u}|${period.code}`));
    return new Map(unitCodes.map((u, i) => [u, values[i]!]));
  };
}
