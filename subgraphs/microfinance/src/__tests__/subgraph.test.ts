import { startSubgraphHarness, testToken, type SubgraphHarness } from '@chung-tay/common/testing';
import { DEMO_PRODUCTS } from '../generate/demo-data';
import { microfinance } from '../subgraph';

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraphHarness(microfinance);
});
afterAll(() => h?.close());

describe('the microfinance subgraph', () => {
  it('migrates its own copy of the official unit tree', async () => {
    // Units retired in the 2025 reform are kept too (with valid_to and their successors), for the periods
    // before it: province 70 and districts 731–742.
    const [{ provinces, communes, retired }] = await h.dataSource.query(
      `SELECT count(*) FILTER (WHERE level = 'PROVINCE' AND valid_to IS NULL)::int AS provinces,
              count(*) FILTER (WHERE level = 'COMMUNE' AND valid_to IS NULL)::int AS communes,
              count(*) FILTER (WHERE valid_to IS NOT NULL)::int AS retired FROM unit_tree`,
    );
    expect({ provinces, communes, retired }).toEqual({ provinces: 34, communes: 3321, retired: 12 });
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

  it("seeds the demo lenders' price lists once, public to every organisation", async () => {
    await microfinance.seedDemoData!(h.dataSource);
    await microfinance.seedDemoData!(h.dataSource);
    const union = await testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
    const res = await h.query(
      `{ lenders { code kind products { code interestMethod repaymentFrequency monthlyInterestRate } } }`,
      {},
      union,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.lenders.map((l: { code: string }) => l.code)).toEqual(['CEP-DN', 'VBSP-DN']);
    const products = res.data!.lenders.flatMap((l: { products: { code: string }[] }) => l.products);
    expect(products.map((p: { code: string }) => p.code).sort()).toEqual(
      DEMO_PRODUCTS.map((p) => p.code).sort(),
    );
    expect(products.find((p: { code: string }) => p.code === 'VBSP-HN')).toMatchObject({
      interestMethod: 'DECLINING_BALANCE',
      repaymentFrequency: 'MONTHLY',
      monthlyInterestRate: 0.55,
    });
  });
});
