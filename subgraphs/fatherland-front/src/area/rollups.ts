import { rolledUp, todayInVietnam, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';

/**
 * An area loader's fetch (many units, one period) whose answers for a finished period are kept in `area_rollup`
 * (the kit's rolledUp): the province view of a finished quarter becomes one indexed read. `figure` names the
 * answers there; the triggers of the AreaRollupTriggers migration forget them when a write touches a table they
 * are computed from. `lastDay` is the last day the answers depend on: the period's last day once it is over;
 * while it runs (or has not begun) the answers depend on today and are computed, never kept, as rolledUp does.
 * Units the fetch leaves out are kept as `empty()`.
 */
export function rolledUpFetch<R>(
  dataSource: DataSource,
  figure: string,
  fetch: (unitCodes: string[], period: Period) => Promise<Map<string, R>>,
  empty: () => R,
  lastDay: (period: Period) => string,
): (unitCodes: string[], period: Period) => Promise<Map<string, R>> {
  const batch = (period: Period) =>
    rolledUp<R>(
      dataSource,
      figure,
      () => lastDay(period),
      async (keys) => {
        const units = keys.map((k) => k.slice(0, k.indexOf('|')));
        const found = await fetch(units, period);
        return units.map((u) => found.get(u) ?? empty());
      },
    );
  return async (unitCodes, period) => {
    if (lastDay(period) >= todayInVietnam()) return fetch(unitCodes, period);
    const values = await oneAtATime(dataSource, () =>
      batch(period)(unitCodes.map((u) => `${u}|${period.code}`)),
    );
    return new Map(unitCodes.map((u, i) => [u, values[i]!]));
  };
}

/**
 * Finished periods' rollups are read (and computed when missing) one batch at a time per database:
 * - rolledUp keeps what it computes only if it gets the database's rollup lock, which concurrent batches (two
 *   periods of a request, the figure sets of one area) would take from each other, computing again next time;
 * - it computes a missing rollup with a pooled connection held for its transaction plus another for the
 *   computation: as many at once as the pool has connections (a 24-period trend, a few dashboards) would each
 *   wait for one more, for ever.
 * A batch found in area_rollup is one indexed read, so waiting here is short unless a rollup is being computed.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

function oneAtATime<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  const before = queues.get(dataSource) ?? Promise.resolve();
  const result = before.then(run);
  queues.set(
    dataSource,
    result.catch(() => undefined),
  );
  return result;
}
