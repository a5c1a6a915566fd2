import { startTestHub, type TestHub } from '../hub-client';

// The demo hub: the People's Committee's register and every other organisation's records that point into it,
// made through the gateway by each organisation's own seeder.
let hub: TestHub;
let viewer: string;
beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  viewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
}, 240_000);
afterAll(() => hub?.close());

const PAGE = `query Households($after: String) {
  households(filter: { unitCode: "75" }, first: 25, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id code status
      unionMembers { status }
      fiveNoThreeClean { year }
      loans { status }
      frontSupport { pledges { id } }
    } } }`;

interface Row {
  id: string;
  status: string;
  unionMembers: unknown[];
  fiveNoThreeClean: unknown[];
  loans: unknown[];
  frontSupport: { pledges: unknown[] };
}

async function everyHousehold(): Promise<Row[]> {
  const rows: Row[] = [];
  for (let after: string | null = null; ;) {
    const res: { data?: Record<string, any>; errors?: unknown[] } = await hub.query(PAGE, { after }, viewer);
    expect(res.errors).toBeUndefined();
    rows.push(...res.data!.households.nodes);
    if (!res.data!.households.pageInfo.hasNextPage) return rows;
    after = res.data!.households.pageInfo.endCursor;
  }
}

describe('one graph across the five organisations', () => {
  it("reads each household with every organisation's records in one query, and they add up to each organisation's own lists", async () => {
    const rows = await everyHousehold();
    expect(rows).toHaveLength(327);
    const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);

    const totals = await hub.query(
      `{ unionMembers(filter: { unitCode: "75", linked: true }) { totalCount }
         loans(filter: { unitCode: "75" }) { totalCount }
         sponsorshipPledges(filter: { unitCode: "75" }) { totalCount }
         fiveNoThreeCleanPledges(filter: { unitCode: "75" }, first: 100) { nodes { households { id } } } }`,
      {},
      viewer,
    );
    expect(totals.errors).toBeUndefined();
    const t = totals.data!;
    const pledgedHouseholds = t.fiveNoThreeCleanPledges.nodes.flatMap(
      (p: { households: unknown[] }) => p.households,
    );

    // Every organisation contributed demo records, and the joins through Household lose and double none of them.
    for (const total of [t.unionMembers.totalCount, t.loans.totalCount, t.sponsorshipPledges.totalCount]) {
      expect(total).toBeGreaterThan(10);
    }
    expect(pledgedHouseholds.length).toBeGreaterThan(10);
    expect(sum((r) => r.unionMembers.length)).toBe(t.unionMembers.totalCount);
    expect(sum((r) => r.loans.length)).toBe(t.loans.totalCount);
    expect(sum((r) => r.frontSupport.pledges.length)).toBe(t.sponsorshipPledges.totalCount);
    expect(sum((r) => r.fiveNoThreeClean.length)).toBe(pledgedHouseholds.length);

    // The organisations work with the poor: most of their records sit with poor and near-poor households.
    const poorish = rows.filter((r) => r.status === 'POOR' || r.status === 'NEAR_POOR');
    expect(
      poorish.filter((r) => r.loans.length && r.unionMembers.length + r.fiveNoThreeClean.length).length,
    ).toBeGreaterThan(0);
  });

  it('costs each subgraph as many SQL statements for 50 households as for 10 (no N+1 across the graph)', async () => {
    const WIDE = `query($first: Int!) { households(filter: { unitCode: "75", status: [POOR, NEAR_POOR] }, first: $first) {
      nodes { code status unit { name } members { birthYear unionMembership { status } womensUnionMembership { current }
                sponsorships { status } loans { status } }
        unionMembers { status unionOrganisation { name } } unionCareActivities { kind value }
        fiveNoThreeClean { year latestReview { meetsAllCriteria } } frontSupport { disbursedTotal }
        solidarityHouse { status } loans { status standing { daysPastDue } } } } }`;
    const statements = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(hub.subgraphUrls).map(async ([name, url]) => {
            const text = await (await fetch(url.replace(/graphql$/, 'metrics'))).text();
            return [name, Number(/chung_tay_sql_statements_total\{[^}]*\} (\d+)/.exec(text)![1])] as const;
          }),
        ),
      );
    const cost = async (first: number) => {
      const before = await statements();
      const res = await hub.query(WIDE, { first }, viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data!.households.nodes).toHaveLength(first);
      const after = await statements();
      return Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!]));
    };
    await cost(10); // warm-up: plans cached, connections open
    const ten = await cost(10);
    const fifty = await cost(50);
    expect(fifty).toEqual(ten);
    for (const name of Object.keys(ten)) expect(ten[name]).toBeGreaterThan(0);
  });

  it('keeps each organisation’s personal data to itself through the gateway', async () => {
    const res = await hub.query(
      `{ unionMembers(first: 1) { nodes { fullName workplace status } }
         loans(first: 1) { nodes { principal status } } }`,
      {},
      viewer,
    );
    expect(res.data!.unionMembers.nodes[0]).toMatchObject({
      fullName: null,
      workplace: null,
      status: expect.any(String),
    });
    expect(res.data!.loans.nodes[0]).toMatchObject({ principal: null, status: expect.any(String) });
    const paths = res.errors!.map((e) => e.path!.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'unionMembers.nodes.0.fullName',
        'unionMembers.nodes.0.workplace',
        'loans.nodes.0.principal',
      ]),
    );
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});
