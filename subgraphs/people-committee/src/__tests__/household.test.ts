import { postGraphQL, testGatewayKey } from '@chung-tay/common/testing';
import { COMMUNE, householdInput, HCMC_WARD, REGISTER, register, useSubgraph, WARD } from './fixtures';

const env = useSubgraph();

const count = async (table: string) =>
  Number((await env.h.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('registering a household', () => {
  it('stores the household, its members and the first status, derived from its unit', async () => {
    const hh = await register(env.h, env.t.officer, {
      unitCode: WARD,
      initialStatus: 'POOR',
      statusSince: '2024-01-01',
    });
    expect(hh).toMatchObject({
      status: 'POOR',
      poorCategory: 'A',
      areaType: 'URBAN',
      unit: { code: WARD, name: 'Phường Bình Phước' },
      head: { fullName: 'Nguyễn Văn Hùng' },
      statusHistory: [{ status: 'POOR', effectiveDate: '2024-01-01', reason: 'REGISTRATION' }],
    });
    expect(hh.members).toHaveLength(2);
    const read = await env.h.query(
      `query($id: ID!) { household(id: $id) { code members { fullName } } }`,
      { id: hh.id },
      env.t.viewer,
    );
    expect(read.data!.household.members.map((m: { fullName: string }) => m.fullName).sort()).toEqual([
      'Nguyễn Văn Hùng',
      'Trần Thị Mai',
    ]);
  });

  it('refuses a bad national ID, naming the member, and writes nothing', async () => {
    const [households, people] = [await count('household'), await count('person')];
    const input = householdInput();
    input.members[1]!.nationalId = '075071001234'; // male digit for a female member born 1971
    const res = await env.h.query(REGISTER, { input }, env.t.officer);
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.members[1].nationalId' },
    });
    expect(res.errors![0]!.message).toMatch(/sex MALE/);
    expect([await count('household'), await count('person')]).toEqual([households, people]);
  });

  it('reports every malformed field from input validation', async () => {
    const input = householdInput({ code: 'bad code', address: 'x' });
    input.members[0]!.nationalId = '12345';
    const res = await env.h.query(REGISTER, { input }, env.t.officer);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['input.code', 'input.address', 'input.members[0].nationalId']),
    );
  });

  it('refuses unknown or retired unit codes, future dates and a second use of a national ID', async () => {
    const bad = await env.h.query(REGISTER, { input: householdInput({ unitCode: '99999' }) }, env.t.officer);
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.unitCode' },
    });
    const future = await env.h.query(
      REGISTER,
      { input: householdInput({ statusSince: '2999-01-01' }) },
      env.t.officer,
    );
    expect(future.errors?.[0]).toMatchObject({ extensions: { field: 'input.statusSince' } });
    const first = householdInput();
    await env.h.query(REGISTER, { input: first }, env.t.officer);
    const again = householdInput();
    again.members[0]!.nationalId = first.members[0]!.nationalId;
    const dup = await env.h.query(REGISTER, { input: again }, env.t.officer);
    expect(dup.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', field: 'input.members[0].nationalId' },
    });
  });

  it("lets only People's Committee officers of the unit write", async () => {
    for (const token of [env.t.viewer, env.t.union, env.t.hcmcOfficer]) {
      const res = await env.h.query(REGISTER, { input: householdInput() }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const ok = await env.h.query(
      REGISTER,
      { input: householdInput({ unitCode: HCMC_WARD }) },
      env.t.hcmcOfficer,
    );
    expect(ok.errors).toBeUndefined();
  });

  it("answers 401 UNAUTHENTICATED without the gateway's assertion, or with one another key signed", async () => {
    const none = await env.h.query(`{ povertyStandards { code } }`);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(env.h.url, `{ povertyStandards { code } }`, {}, env.t.viewer, {
      subgraph: 'people-committee',
      signer: testGatewayKey().signer, // the gateway's key id, another key
    });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.message).toMatch(/signature does not verify/);
  });
});

describe('listing households', () => {
  const LIST = `query($filter: HouseholdFilter, $first: Int, $after: String) {
    households(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } nodes { code unitCode status } } }`;

  it('filters by unit subtree, status and names with or without diacritics, and pages by cursor', async () => {
    await register(env.h, env.t.officer, { unitCode: COMMUNE, initialStatus: 'NEAR_POOR' }, [
      'Lê Thị Hường',
      'Phạm Đức Anh',
    ]);
    const byName = await env.h.query(LIST, { filter: { search: 'le thi huong' } }, env.t.viewer);
    expect(byName.data!.households.totalCount).toBe(1);
    const accented = await env.h.query(LIST, { filter: { search: 'Đức Anh' } }, env.t.viewer);
    expect(accented.data!.households.nodes[0].status).toBe('NEAR_POOR');

    const province = await env.h.query(LIST, { filter: { unitCode: '75' }, first: 2 }, env.t.viewer);
    const all = province.data!.households;
    // Reads are scoped to the caller's units: a viewer for Đồng Nai sees none of Hồ Chí Minh City's households.
    const inHcmc = await env.h.query(LIST, { filter: { unitCode: '79' } }, env.t.viewer);
    expect(inHcmc.data!.households.totalCount).toBe(0);
    const byHcmc = await env.h.query(LIST, { filter: { unitCode: '79' } }, env.t.hcmcOfficer);
    expect(byHcmc.data!.households.totalCount).toBe(1);
    expect(all.totalCount).toBe((await count('household')) - 1);
    expect(all.nodes).toHaveLength(2);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = await env.h.query(
      LIST,
      { filter: { unitCode: '75' }, first: 100, after: all.pageInfo.endCursor },
      env.t.viewer,
    );
    const codes = [...all.nodes, ...next.data!.households.nodes].map((n: { code: string }) => n.code);
    expect(new Set(codes).size).toBe(all.totalCount);
    expect(next.data!.households.pageInfo.hasNextPage).toBe(false);

    const poor = await env.h.query(LIST, { filter: { status: ['NEAR_POOR'] } }, env.t.viewer);
    expect(poor.data!.households.nodes.every((n: { status: string }) => n.status === 'NEAR_POOR')).toBe(true);
  });

  it('rejects a page size over 100 and a forged cursor', async () => {
    const big = await env.h.query(LIST, { first: 500 }, env.t.viewer);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await env.h.query(LIST, { after: 'nonsense' }, env.t.viewer);
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('federation', () => {
  it('resolves Household and Person references through _entities', async () => {
    const hh = await register(env.h, env.t.officer);
    const res = await env.h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Household { code status } ... on Person { fullName } ... on AdministrativeUnit { name } } }`,
      {
        reps: [
          { __typename: 'Household', id: hh.id },
          { __typename: 'Person', id: hh.members[0].id },
          { __typename: 'AdministrativeUnit', code: '75' },
          { __typename: 'Household', id: '00000000-0000-0000-0000-000000000000' },
        ],
      },
      env.t.viewer,
    );
    expect(res.data!._entities).toEqual([
      { code: hh.code, status: 'NOT_POOR' },
      { fullName: hh.members[0].fullName },
      { name: 'Đồng Nai' },
      null,
    ]);
  });
});

describe('only through the gateway', () => {
  it('refuses requests without the gateway assertion to /graphql, _service and _entities included, but not health checks', async () => {
    for (const query of [
      '{ povertyStandards { code } }',
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Household", id: "x" }]) { __typename } }',
    ]) {
      const res = await postGraphQL(env.h.url, query, {}, env.t.officer, { assert: false });
      expect(res.status).toBe(401);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringContaining('answers only requests the gateway sends'),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect((await fetch(new URL('/healthz', env.h.url))).status).toBe(200);
    expect((await fetch(new URL('/readyz', env.h.url))).status).toBe(200);
  });
});
