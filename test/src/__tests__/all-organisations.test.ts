import { ORGANISATIONS } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';

// The demo hub: the People's Committee's register and every other organisation's records that point into it,
// made through the gateway by each organisation's own seeder.
let hub: TestHub;
let viewer: string;
/** Each organisation's viewer: the owner reads its figures exact; others get them under the threshold rule. */
const ownViewer: Record<string, string> = {};
beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  viewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
  for (const org of ORGANISATIONS) {
    const field = org.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    ownViewer[field] = await hub.token({ org, units: ['75'], roles: ['viewer'] });
  }
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

// ---------------------------------------------------------------------------------------------------------------
// The area-and-period view: every organisation's figures for a unit and period, rolled up the unit tree.

const ORG_FIELDS = ['peopleCommittee', 'labourUnion', 'womensUnion', 'fatherlandFront', 'microfinance'];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
const named = (t: TypeRef): TypeRef => (t.kind === 'NON_NULL' ? named(t.ofType!) : t);

/** Every whole-number figure (Int or Money, outside lists) of the organisations' figure types, as paths. */
async function additiveFigures(): Promise<string[]> {
  const types = new Map<string, { name: string; type: TypeRef }[]>();
  const load = async (name: string) => {
    if (types.has(name)) return types.get(name)!;
    const res = await hub.query(
      `query($n: String!) { __type(name: $n) { fields { name type { kind name ofType { kind name ofType { kind name } } } } } }`,
      { n: name },
      viewer,
    );
    types.set(name, res.data!.__type.fields);
    return types.get(name)!;
  };
  const paths: string[] = [];
  const walk = async (typeName: string, prefix: string) => {
    for (const f of await load(typeName)) {
      const t = named(f.type);
      // How the figures were protected is no figure.
      if (f.name === 'disclosure') continue;
      // A year is a label, not an amount.
      if (t.kind === 'SCALAR' && (t.name === 'Int' || t.name === 'Money') && f.name !== 'year') {
        paths.push(`${prefix}.${f.name}`);
      }
      if (t.kind === 'OBJECT') await walk(t.name!, `${prefix}.${f.name}`);
    }
  };
  for (const f of await load('AreaPeriod')) {
    if (ORG_FIELDS.includes(f.name)) await walk(named(f.type).name!, f.name);
  }
  return paths;
}

/** `a.b.c` paths → a GraphQL selection. */
function selection(paths: string[]): string {
  const tree: Record<string, any> = {};
  for (const p of paths) p.split('.').reduce((node, k) => (node[k] ??= {}), tree);
  const print = (node: Record<string, any>): string =>
    Object.entries(node)
      .map(([k, v]) => (Object.keys(v).length ? `${k} { ${print(v)} }` : k))
      .join(' ');
  return print(tree);
}
const valueAt = (o: any, path: string) => path.split('.').reduce((v, k) => v?.[k], o) as number;

/** Each organisation's figures as its own viewer reads them (exact: sums can be checked). */
async function figuresOf(units: string[], period: string, paths: string[]) {
  const out = new Map<string, any>(units.map((u) => [u, {}]));
  for (const org of ORG_FIELDS) {
    const own = paths.filter((p) => p.startsWith(`${org}.`));
    if (!own.length) continue;
    for (let i = 0; i < units.length; i += 8) {
      const batch = units.slice(i, i + 8);
      const res = await hub.query(
        `query($p: PeriodCode!) { ${batch
          .map((u) => `u${u}: areaPeriod(unitCode: "${u}", period: $p) { ${selection(own)} }`)
          .join(' ')} }`,
        { p: period },
        ownViewer[org],
      );
      expect(res.errors).toBeUndefined();
      for (const u of batch) Object.assign(out.get(u), res.data![`u${u}`]);
    }
  }
  return out;
}

describe('the area-and-period view on the demo data', () => {
  it('gives a unit retired in 2025 exactly the sum of its successors, for every organisation', async () => {
    const paths = await additiveFigures();
    for (const org of ORG_FIELDS) expect(paths.some((p) => p.startsWith(`${org}.`))).toBe(true);
    const units = await hub.query(
      `{ a: administrativeUnit(code: "70") { successorCodes } b: administrativeUnit(code: "731") { successorCodes } }`,
      {},
      viewer,
    );
    for (const [retired, successors] of [
      ['70', units.data!.a.successorCodes as string[]],
      ['731', units.data!.b.successorCodes as string[]],
    ] as const) {
      const whole = (await figuresOf([retired], '2025', paths)).get(retired);
      const parts = await figuresOf(successors, '2025', paths);
      for (const path of paths) {
        const sum = [...parts.values()].reduce((n, f) => n + valueAt(f, path), 0);
        expect({ retired, path, value: valueAt(whole, path) }).toEqual({ retired, path, value: sum });
      }
    }
  });

  it('gives the province at least the sum of its communes (organisations also record at province level), and exactly for the register', async () => {
    const paths = await additiveFigures();
    const communes = (await hub.query(`{ administrativeUnits(parentCode: "75") { code level } }`, {}, viewer))
      .data!.administrativeUnits.filter((u: { level: string }) => u.level === 'COMMUNE')
      .map((u: { code: string }) => u.code);
    expect(communes).toHaveLength(95);
    const province = (await figuresOf(['75'], '2026-Q3', paths)).get('75');
    const parts = await figuresOf(communes, '2026-Q3', paths);
    let nonZero = 0;
    for (const path of paths) {
      const sum = [...parts.values()].reduce((n, f) => n + valueAt(f, path), 0);
      if (path.startsWith('peopleCommittee.')) {
        expect({ path, value: valueAt(province, path) }).toEqual({ path, value: sum });
      } else if (!/target/i.test(path)) {
        // Targets are set per level (the province's own savings target is not its chapters' added up).
        expect({ path, atLeast: valueAt(province, path) >= sum }).toEqual({ path, atLeast: true });
      }
      if (sum > 0) nonZero += 1;
    }
    expect(nonZero).toBeGreaterThan(paths.length / 4);
  });

  it('expects every report the obligations name and counts each one once', async () => {
    const res = await hub.query(
      `{ areaPeriod(unitCode: "75", period: "2026") { reportsExpected { section }
        ${ORG_FIELDS.map((o) => `${o}Reporting { expected submitted onTime late missing notYetDue reports { timeliness } }`).join(' ')} } }`,
      {},
      viewer,
    );
    expect(res.errors).toBeUndefined();
    const area = res.data!.areaPeriod;
    // Communes report poverty reduction quarterly (95 × 4); each organisation's provincial body its sections:
    // union care 4 quarters + the fund report, Women's Union 3/6/9 months + year, Front 4, lender 4.
    expect(area.reportsExpected).toHaveLength(95 * 4 + 5 + 4 + 4 + 4);
    let expected = 0;
    for (const org of ORG_FIELDS) {
      const r = area[`${org}Reporting`];
      const count = (t: string) => r.reports.filter((x: { timeliness: string }) => x.timeliness === t).length;
      expect(r).toMatchObject({
        expected: r.reports.length,
        onTime: count('ON_TIME'),
        late: count('LATE'),
        missing: count('MISSING'),
        notYetDue: count('NOT_YET_DUE'),
        submitted: count('ON_TIME') + count('LATE'),
      });
      expected += r.expected;
    }
    expect(expected).toBe(area.reportsExpected.length);
    // The demo organisations sent their Q1–Q3 sections today, after they were due.
    expect(area.labourUnionReporting.late).toBeGreaterThanOrEqual(3);
  });
});
