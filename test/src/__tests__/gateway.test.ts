import { startTestHub, type TestHub } from '../hub-client';

let hub: TestHub;
let officer: string;
let viewer: string;
beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  officer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  viewer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
});
afterAll(() => hub?.close());

describe('the hub through its gateway', () => {
  it('serves the demo province: households with Vietnamese names, statuses that add up', async () => {
    const res = await hub.query(
      `{ all: households(filter: { unitCode: "75" }) { totalCount }
         poor: households(filter: { unitCode: "75", status: [POOR] }) { totalCount }
         nearPoor: households(filter: { unitCode: "75", status: [NEAR_POOR] }) { totalCount }
         rest: households(filter: { unitCode: "75", status: [ESCAPED_POVERTY, ESCAPED_NEAR_POVERTY, NOT_POOR] }) { totalCount } }`,
      {},
      viewer,
    );
    expect(res.errors).toBeUndefined();
    const { all, poor, nearPoor, rest } = res.data!;
    expect(all.totalCount).toBeGreaterThanOrEqual(200);
    expect(poor.totalCount).toBeGreaterThan(0);
    expect(poor.totalCount + nearPoor.totalCount + rest.totalCount).toBe(all.totalCount);
    const names = await hub.query(
      `{ households(filter: { unitCode: "75" }) { nodes { head { fullName } } } }`,
      {},
      officer,
    );
    for (const node of names.data!.households.nodes)
      expect(node.head.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
  });

  it('registers a household, reviews it and reads it back with its unit and members in one query', async () => {
    const reg = await hub.query(
      `mutation { registerHousehold(input: { code: "E2E-0001", unitCode: "25222", address: "Ấp 2",
          initialStatus: POOR, statusSince: "2023-01-01",
          members: [{ fullName: "Hoàng Văn Nam", birthDate: "1980-04-01", sex: MALE, relationToHead: HEAD, nationalId: "075080123456" }] })
        { id } }`,
      {},
      officer,
    );
    expect(reg.errors).toBeUndefined();
    const id = reg.data!.registerHousehold.id;
    const review = await hub.query(
      `mutation($id: ID!) { recordAssessment(input: { householdId: $id, reviewKind: PERIODIC, reviewDate: "2025-10-15",
        incomePerPersonMonth: 1400000, deprivations: [EMPLOYMENT, CLEAN_WATER, HOUSING_QUALITY] }) { classification } }`,
      { id },
      officer,
    );
    expect(review.data!.recordAssessment.classification).toBe('POOR');
    const read = await hub.query(
      `query($id: ID!) { household(id: $id) { code status poorCategory areaType unit { name parent { name } }
        members { fullName nationalId } latestAssessment { deprivationCount standard { code } } } }`,
      { id },
      officer,
    );
    expect(read.data!.household).toEqual({
      code: 'E2E-0001',
      status: 'POOR',
      poorCategory: 'A',
      areaType: 'RURAL',
      unit: { name: 'Xã Bù Gia Mập', parent: { name: 'Đồng Nai' } },
      members: [{ fullName: 'Hoàng Văn Nam', nationalId: '075080123456' }],
      latestAssessment: { deprivationCount: 3, standard: { code: 'VN-2022-2025' } },
    });
  });

  it('passes on bad-input errors with the field, and refuses writes by other organisations', async () => {
    const bad = await hub.query(
      `mutation { registerHousehold(input: { code: "E2E-0002", unitCode: "25222", address: "Ấp 2",
          members: [{ fullName: "Hoàng Văn Nam", birthDate: "2090-04-01", sex: MALE, relationToHead: HEAD }] }) { id } }`,
      {},
      officer,
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('in the future'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.members[0].birthDate' },
    });
    const union = await hub.query(
      `mutation { setTarget(input: { unitCode: "75", year: 2026, metric: POOR_HOUSEHOLD_REDUCTION, targetPercent: 10 }) { id } }`,
      {},
      viewer,
    );
    expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses missing, forged and expired tokens at the gateway with 401 and a clear message', async () => {
    const none = await hub.query(`{ povertyStandards { code } }`);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Authorization: Bearer'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const forged = await hub.query(`{ povertyStandards { code } }`, {}, `${viewer.slice(0, -3)}abc`);
    expect([forged.status, forged.errors?.[0]?.message]).toEqual([401, expect.stringMatching(/signature/)]);
    const expired = await hub.token({
      org: 'labour-union',
      units: ['75'],
      roles: ['viewer'],
      expiresIn: '-1m',
    });
    const old = await hub.query(`{ povertyStandards { code } }`, {}, expired);
    expect([old.status, old.errors?.[0]?.message]).toEqual([401, expect.stringMatching(/expired/)]);
    expect(JSON.stringify([none, forged, old])).not.toContain('stacktrace');
  });
  it('serves the explorer from its own files, with nothing loaded from elsewhere', async () => {
    const page = await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } }).then((r) => r.text());
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources).toEqual(expect.arrayContaining(['/explorer/graphiql.js', '/explorer/react.js']));
    expect(sources.every((s) => s.startsWith('/'))).toBe(true);
    for (const s of sources) {
      const asset = await fetch(new URL(s, hub.gatewayUrl));
      expect(asset.status).toBe(200);
    }
  });

  it('reports subgraph health and readiness', async () => {
    const url = new URL(hub.subgraphUrls['people-committee']!);
    const ready = await fetch(new URL('/readyz', url)).then((r) => r.json());
    expect(ready).toEqual({ status: 'ready', subgraph: 'people-committee' });
  });
});

describe('query limits at the gateway', () => {
  const post = (body: string, token = viewer) =>
    fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });

  it('refuses a query nested too deep before any subgraph runs it', async () => {
    const deep = `{ households(first: 1) { nodes { members { household { members { household { members { household {
      members { household { members { fullName } } } } } } } } } } } }`;
    const res = await hub.query(deep, {}, viewer);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: povertyStandards { code }`).join(' ');
    const res = await hub.query(`{ ${aliases} }`, {}, viewer);
    expect(res.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses batched requests and over-large bodies', async () => {
    const batch = await post(
      JSON.stringify([
        { query: '{ povertyStandards { code } }' },
        { query: '{ povertyStandards { code } }' },
      ]),
    );
    expect(batch.status).toBe(400);
    const big = await post(
      JSON.stringify({ query: `{ povertyStandards { code } } # ${'x'.repeat(200_000)}` }),
    );
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});
