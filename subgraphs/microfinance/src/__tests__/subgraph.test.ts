import { startSubgraphHarness, testToken, type SubgraphHarness } from '@chung-tay/common/testing';
import { microfinance } from '../subgraph';

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraphHarness(microfinance);
});
afterAll(() => h?.close());

describe('the microfinance subgraph', () => {
  it('migrates its own copy of the official unit tree', async () => {
    const [{ provinces, communes }] = await h.dataSource.query(
      `SELECT count(*) FILTER (WHERE level = 'PROVINCE')::int AS provinces,
              count(*) FILTER (WHERE level = 'COMMUNE')::int AS communes FROM unit_tree`,
    );
    expect({ provinces, communes }).toEqual({ provinces: 34, communes: 3321 });
  });

  it('shows its audit log to its own admins only', async () => {
    const log = `{ microfinanceAuditLog(first: 1) { id } }`;
    const own = await h.query(
      log,
      {},
      await testToken({ org: 'microfinance', units: ['75'], roles: ['admin'] }),
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
