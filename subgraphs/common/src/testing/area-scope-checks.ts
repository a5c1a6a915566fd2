import { ORGANISATIONS } from '../organisations';
import { areaFieldOf, askAreas } from './area-contracts';
import type { AreaAdapter, AreaRef, ContractSubgraph } from './area-contracts';
import { testToken } from './subgraph-harness';

export interface AreaScopeAdapter extends AreaAdapter {
  /** An area of a province with the organisation's records (e.g. unit 75), read by everyone holding it. */
  inside: AreaRef;
  /**
   * A caller holding only `units` (a commune, a ward) reads them and is refused each area of `outside`: a unit
   * beside it, the province above it, a retired unit whose successors are not all inside.
   */
  narrow: { units: string[]; outside: AreaRef[] };
  /** The organisation's section: the caller of a unit below is refused preparing it for the areas outside. */
  section?: string;
  /** A province the organisation's officers of which hold nothing of `inside`; 79 (Hồ Chí Minh City) if not given. */
  elsewhere?: string;
}

/**
 * Who reads an organisation's area figures: the organisation's people and every other organisation's viewers
 * inside their units (aggregates, under the threshold rule), nobody outside them — through `_entities`, as the
 * gateway asks, and through the organisation's list of reports.
 */
export function describeAreaScope(subgraph: ContractSubgraph, adapter: AreaScopeAdapter): void {
  const org = subgraph.info.name;
  const field = areaFieldOf(subgraph);
  const refused = async (area: AreaRef, token: string) => {
    const res = await askAreas(subgraph, adapter, [area], token);
    expect([area, res.errors?.[0]?.extensions?.code]).toEqual([area, 'FORBIDDEN']);
    expect(res.data?._entities ?? [null]).toEqual([null]);
  };

  describe(`${org}: areas inside and outside the caller's units`, () => {
    it("refuses the organisation's officer of another province, through _entities and the list of reports", async () => {
      const token = await testToken({ org, units: [adapter.elsewhere ?? '79'], roles: ['officer'] });
      await refused(adapter.inside, token);
      const list = await adapter
        .harness()
        .query(
          `query($u: String!) { ${field}AreaReports(unitCode: $u) { id } }`,
          { u: adapter.inside.unitCode },
          token,
        );
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('answers a caller of a unit below for that unit and refuses what is outside it', async () => {
      const token = await testToken({ org, units: adapter.narrow.units, roles: ['viewer'] });
      const own = await askAreas(
        subgraph,
        adapter,
        [{ ...adapter.inside, unitCode: adapter.narrow.units[0]! }],
        token,
      );
      expect(own.errors).toBeUndefined();
      expect(own.data!._entities[0][field]).not.toBeNull();
      for (const area of adapter.narrow.outside) await refused(area, token);
      if (!adapter.section) return;
      const officer = await testToken({ org, units: adapter.narrow.units, roles: ['officer'] });
      const Org = field.replace(/^\w/, (c) => c.toUpperCase());
      for (const area of adapter.narrow.outside) {
        const res = await adapter.harness().query(
          `mutation($s: ReportSection!, $u: String!, $p: PeriodCode!) {
            prepare${Org}AreaReport(section: $s, unitCode: $u, period: $p) { id } }`,
          { s: adapter.section, u: area.unitCode, p: area.period },
          officer,
        );
        expect([area, res.errors?.[0]?.extensions?.code]).toEqual([area, 'FORBIDDEN']);
      }
    });

    it("shows the area's figures to every other organisation's viewer inside its units", async () => {
      for (const other of ORGANISATIONS.filter((o) => o !== org)) {
        const token = await testToken({ org: other, units: [adapter.inside.unitCode], roles: ['viewer'] });
        const res = await askAreas(subgraph, adapter, [adapter.inside], token);
        expect([other, res.errors]).toEqual([other, undefined]);
        expect(res.data!._entities[0][field]).not.toBeNull();
      }
    });
  });
}
