import {
  addUp,
  areaFieldOf,
  reportCount,
  sortedLists,
  figuresOfAreas,
  numbersIn,
  successorsOf,
  askAreas,
} from './area-contracts';
import type { AreaAdapter, AreaRef, ContractSubgraph } from './area-contracts';

export interface RetiredUnitAdapter extends AreaAdapter {
  /** A reader of the organisation's exact figures over the units asked for. */
  token: () => string;
  /**
   * Units retired in the 2025 reform, each with a period inside their life. Among their successors at least one
   * must have records in the period, so a zero answer cannot pass.
   */
  retired: AreaRef[];
  /**
   * The part of a figure set that adds up over units (counts and amounts), from what `figures` selects: leave
   * out ratios, dates and targets. All of it when not given.
   */
  additive?: (figures: Record<string, unknown>) => unknown;
  /** A retired unit and a period after its end. */
  afterEnd: AreaRef;
  /** The organisation's section and its officer: preparing a report for `afterEnd` is refused the same way. */
  section?: string;
  officer?: () => string;
}

/**
 * The 2025 reform, as every organisation answers it: a retired unit's figures for a period of its life are the
 * sum over the units that took it over, and a period after its end is refused, naming the period.
 */
export function describeRetiredUnits(subgraph: ContractSubgraph, adapter: RetiredUnitAdapter): void {
  const additive = adapter.additive ?? ((f: Record<string, unknown>) => f);

  describe(`${subgraph.info.name}: units retired in the 2025 reform`, () => {
    for (const { unitCode, period } of adapter.retired) {
      it(`answers ${unitCode} for ${period} as the sum of the units that took it over`, async () => {
        const successors = await successorsOf(adapter, unitCode);
        expect(successors.length).toBeGreaterThan(0);
        const [whole, ...parts] = await figuresOfAreas(
          subgraph,
          adapter,
          [unitCode, ...successors].map((u) => ({ unitCode: u, period })),
          adapter.token(),
        );
        const sum = parts.map(additive).reduce(addUp);
        expect(sortedLists(additive(whole!))).toEqual(sortedLists(sum));
        expect(numbersIn(sum).some((n) => n !== 0)).toBe(true);
      });
    }

    it('refuses a retired unit for a period after it ended, naming the period', async () => {
      const res = await askAreas(subgraph, adapter, [adapter.afterEnd], adapter.token());
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/ended on \d{4}-\d{2}-\d{2}/),
        extensions: { code: 'BAD_USER_INPUT', field: 'period' },
      });
      expect(res.data?._entities ?? [null]).toEqual([null]);
      if (!adapter.section || !adapter.officer) return;
      const Org = areaFieldOf(subgraph).replace(/^\w/, (c) => c.toUpperCase());
      const before = await reportCount(adapter);
      const prepared = await adapter.harness().query(
        `mutation($s: ReportSection!, $u: String!, $p: PeriodCode!) {
          prepare${Org}AreaReport(section: $s, unitCode: $u, period: $p) { id } }`,
        { s: adapter.section, u: adapter.afterEnd.unitCode, p: adapter.afterEnd.period },
        adapter.officer(),
      );
      expect(prepared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(await reportCount(adapter)).toBe(before);
    });
  });
}
