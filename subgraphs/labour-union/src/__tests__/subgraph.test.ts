import { startSubgraphHarness, testToken, type SubgraphHarness } from '@chung-tay/common/testing';
import { labourUnion } from '../subgraph';

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraphHarness(labourUnion);
});
afterAll(() => h?.close());

describe('the labour-union subgraph', () => {
  it('migrates its own copy of the official unit tree', async () => {
    // Units retired in the 2025 reform are kept too (with valid_to), for the periods before it.
    const [{ provinces, communes }] = await h.dataSource.query(
      `SELECT count(*) FILTER (WHERE level = 'PROVINCE')::int AS provinces,
              count(*) FILTER (WHERE level = 'COMMUNE')::int AS communes FROM unit_tree WHERE valid_to IS NULL`,
    );
    expect({ provinces, communes }).toEqual({ provinces: 34, communes: 3321 });
  });

  it('shows its audit log to its own admins only', async () => {
    const log = `{ labourUnionAuditLog(first: 1) { id } }`;
    const own = await h.query(
      log,
      {},
      await testToken({ org: 'labour-union', units: ['75'], roles: ['admin'] }),
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
