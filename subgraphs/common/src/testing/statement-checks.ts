import { askAreas } from './area-contracts';
import type { AreaAdapter, AreaRef, ContractSubgraph } from './area-contracts';

export interface StatementCountAdapter extends AreaAdapter {
  /** A reader of the organisation's exact figures over the units asked for. */
  token: () => string;
  /** Two periods; n areas are n/2 units, each asked for in both. */
  periods: [string, string];
  /** At least 25 units to take the first n/2 of; the units in force below province 75 if not given. */
  units?: () => Promise<string[]>;
  /** Run before each measurement, e.g. to forget the rollups kept of ended periods so figures are computed. */
  beforeEach?: () => Promise<void>;
  /** Hand-worked statement count for any number of areas, checked exactly, or the most allowed. */
  statements?: number;
  atMost?: number;
  /** Hand-worked statement count once every figure set is kept in area_rollup (read back, nothing computed). */
  kept?: number;
}

/**
 * No N+1 over areas: the gateway asks for many areas in one `_entities` call, and the subgraph's loaders must
 * answer 50 in the statements they take for 10.
 */
export function describeStatementCounts(subgraph: ContractSubgraph, adapter: StatementCountAdapter): void {
  const unitsBelow75 = async (): Promise<string[]> =>
    (
      await adapter.harness().dataSource.query(
        `SELECT code FROM ${adapter.unitTable ?? 'unit_tree'}
           WHERE parent_code = '75' AND valid_to IS NULL ORDER BY code LIMIT 25`,
      )
    ).map((r: { code: string }) => r.code);
  const measure = async (n: number, prepare: boolean): Promise<number> => {
    const units = await (adapter.units ?? unitsBelow75)();
    expect(units.length).toBeGreaterThanOrEqual(n / 2);
    const areas: AreaRef[] = units
      .slice(0, n / 2)
      .flatMap((unitCode) => adapter.periods.map((period) => ({ unitCode, period })));
    if (prepare) await adapter.beforeEach?.();
    const h = adapter.harness();
    h.queries.reset();
    const res = await askAreas(subgraph, adapter, areas, adapter.token());
    const count = h.queries.count;
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toHaveLength(n);
    return count;
  };

  describe(`${subgraph.info.name}: SQL statements for many areas`, () => {
    it('costs the same statements for 10 and for 50 areas over two periods', async () => {
      const ten = await measure(10, true);
      const fifty = await measure(50, true);
      expect(fifty).toBe(ten);
      if (adapter.statements !== undefined) expect(ten).toBe(adapter.statements);
      if (adapter.atMost !== undefined) expect(ten).toBeLessThanOrEqual(adapter.atMost);
    });

    if (adapter.kept !== undefined) {
      const kept = adapter.kept;
      it('reads kept figures back in the same statements for 10 and for 50 areas', async () => {
        await measure(50, true);
        expect(await measure(10, false)).toBe(kept);
        expect(await measure(50, false)).toBe(kept);
      });
    }
  });
}
