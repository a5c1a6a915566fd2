import { startSubgraphHarness, testToken, type SubgraphHarness } from '@chung-tay/common/testing';
import { fatherlandFront } from '../subgraph';

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraphHarness(fatherlandFront);
});
afterAll(() => h?.close());

describe('the fatherland-front subgraph', () => {
  it('migrates its own copy of the official unit tree, with the units retired in 2025', async () => {
    const [{ provinces, communes }] = await h.dataSource.query(
      `SELECT count(*) FILTER (WHERE level = 'PROVINCE')::int AS provinces,
              count(*) FILTER (WHERE level = 'COMMUNE')::int AS communes FROM unit_tree WHERE valid_to IS NULL`,
    );
    expect({ provinces, communes }).toEqual({ provinces: 34, communes: 3321 });
    const [bp] = await h.dataSource.query(
      `SELECT valid_to::text, successor_codes FROM unit_tree WHERE code = '70'`,
    );
    expect(bp).toMatchObject({ valid_to: '2025-06-30', successor_codes: expect.arrayContaining(['25222']) });
  });

  it('shows its audit log to its own admins only', async () => {
    const log = `{ fatherlandFrontAuditLog(first: 1) { id } }`;
    const own = await h.query(
      log,
      {},
      await testToken({ org: 'fatherland-front', units: ['75'], roles: ['admin'] }),
    );
    expect(own.errors).toBeUndefined();
    const other = await h.query(
      log,
      {},
      await testToken({ org: 'people-committee', units: ['75'], roles: ['admin'] }),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
