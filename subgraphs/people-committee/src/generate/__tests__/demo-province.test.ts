import { startSubgraphHarness, type SubgraphHarness } from '@chung-tay/common/testing';
import { subgraph } from '../../subgraph';
import { seedDemoData } from '../demo-data';

// The demo's province is configuration (DEMO_PROVINCE), not a constant: here Ho Chi Minh City (79), not Đồng Nai.
let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraphHarness(subgraph);
});
afterAll(() => h?.close());

const rows = <T = Record<string, unknown>>(sql: string): Promise<T[]> => h.dataSource.query(sql);

describe('the demo register of another province', () => {
  it('refuses a province the unit register does not hold, writing nothing', async () => {
    await expect(seedDemoData(h.dataSource, { province: '99' })).rejects.toThrow(
      'demo data: no province 99 in force in the unit register',
    );
    expect(await rows(`SELECT id FROM household`)).toEqual([]);
  });

  it('puts every household, target and report obligation in the province given', async () => {
    await seedDemoData(h.dataSource, { province: '79' });
    const parents = await rows<{ parent_code: string; n: number }>(
      `SELECT u.parent_code, count(*)::int AS n FROM household h JOIN administrative_unit u ON u.code = h.unit_code
       GROUP BY u.parent_code`,
    );
    expect(parents.map((p) => p.parent_code)).toEqual(['79']);
    expect(parents[0]!.n).toBeGreaterThan(200);
    const scopes = await rows<{ code: string }>(
      `SELECT DISTINCT unit_code AS code FROM target UNION SELECT DISTINCT scope_unit_code FROM report_obligation`,
    );
    expect(scopes.map((s) => s.code)).toEqual(['79']);
  });
});
