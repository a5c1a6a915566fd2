import { testToken } from '@chung-tay/common/testing';
import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { HCMC_WARD, register, useSubgraph } from './fixtures';

const env = useSubgraph();
const matrix = ORGANISATIONS.flatMap((org) => ROLES.map((role) => [org, role] as const));

let dongNai: { id: string; members: { id: string }[] };
let hcmc: { id: string };
beforeAll(async () => {
  dongNai = await register(env.h, env.t.officer, { initialStatus: 'POOR', statusSince: '2022-01-01' });
  await env.h.query(
    `mutation($id: ID!) { recordAssessment(input: { householdId: $id, reviewKind: PERIODIC, reviewDate: "2024-10-10",
      incomePerPersonMonth: 1200000, deprivations: [EMPLOYMENT, CLEAN_WATER, HOUSING_AREA] }) { id } }`,
    { id: dongNai.id },
    env.t.officer,
  );
  hcmc = await register(env.h, env.t.hcmcOfficer, { unitCode: HCMC_WARD });
});

const READ = `query($id: ID!) { household(id: $id) { code status address
  members { fullName birthYear birthDate nationalId ethnicity }
  latestAssessment { classification incomePerPersonMonth deprivations } } }`;
const SENSITIVE = [
  ['household', 'address'],
  ['household', 'members', 0, 'birthDate'],
  ['household', 'members', 0, 'nationalId'],
  ['household', 'members', 0, 'ethnicity'],
  ['household', 'latestAssessment', 'incomePerPersonMonth'],
  ['household', 'latestAssessment', 'deprivations'],
];

describe.each(matrix)('%s %s', (org, role) => {
  let token: string;
  beforeAll(async () => {
    token = await testToken({ org, units: ['75'], roles: [role] });
  });
  const pc = org === 'people-committee';

  it(`reads a household of its province${pc ? ' with' : ' without'} personal data`, async () => {
    const res = await env.h.query(READ, { id: dongNai.id }, token);
    const household = res.data!.household;
    expect(household).toMatchObject({ status: 'POOR', latestAssessment: { classification: 'POOR' } });
    expect(household.members[0].birthYear).toBeGreaterThan(1900);
    if (pc) {
      expect(res.errors).toBeUndefined();
      expect(household.members[0].nationalId).toMatch(/^\d{12}$/);
      expect(household.latestAssessment.deprivations).toHaveLength(3);
    } else {
      expect(household.address).toBeNull();
      expect(household.members[0]).toMatchObject({ birthDate: null, nationalId: null, ethnicity: null });
      expect(household.latestAssessment).toMatchObject({ incomePerPersonMonth: null, deprivations: null });
      const paths = res.errors!.map((e) => e.path);
      for (const path of SENSITIVE) expect(paths).toContainEqual(path);
      expect(
        res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && /personal data/.test(e.message)),
      ).toBe(true);
    }
  });

  it('cannot read a household of another province, by id, by list or by reference', async () => {
    const byId = await env.h.query(`query($id: ID!) { household(id: $id) { code } }`, { id: hcmc.id }, token);
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byId.data?.household ?? null).toBeNull();
    const list = await env.h.query(`{ households(filter: { unitCode: "79" }) { totalCount } }`, {}, token);
    expect(list.data!.households.totalCount).toBe(0);
    const ref = await env.h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { code } } }`,
      { reps: [{ __typename: 'Household', id: hcmc.id }] },
      token,
    );
    expect(ref.data!._entities).toEqual([null]);
    expect(ref.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it(`${pc && role !== 'viewer' ? 'may' : 'may not'} write the register`, async () => {
    const res = await env.h.query(
      `mutation($id: ID!) { addHouseholdMember(householdId: $id, input: { fullName: "Bùi Thị Hạnh",
        birthDate: "2015-05-05", sex: FEMALE, relationToHead: CHILD }) { id } }`,
      { id: dongNai.id },
      token,
    );
    if (pc && role !== 'viewer') expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

it("a People's Committee officer may not write in another province", async () => {
  const res = await env.h.query(
    `mutation($id: ID!) { addHouseholdMember(householdId: $id, input: { fullName: "Bùi Thị Hạnh",
      birthDate: "2015-05-05", sex: FEMALE, relationToHead: CHILD }) { id } }`,
    { id: hcmc.id },
    env.t.officer,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it("other organisations find households by code, never by a member's name", async () => {
  const union = await testToken({ org: 'labour-union', units: ['75'], roles: ['officer'] });
  const hh = await register(env.h, env.t.officer, {}, ['Dương Văn Khánh', 'Lý Thị Loan']);
  const SEARCH = `query($s: String!) { households(filter: { search: $s }) { totalCount nodes { head { fullName } } } }`;
  expect(
    (await env.h.query(SEARCH, { s: 'duong van khanh' }, env.t.viewer)).data!.households.totalCount,
  ).toBe(1);
  expect((await env.h.query(SEARCH, { s: 'duong van khanh' }, union)).data!.households.totalCount).toBe(0);
  const byCode = await env.h.query(SEARCH, { s: hh.code }, union);
  expect(byCode.data!.households.totalCount).toBe(1);
  expect(byCode.data!.households.nodes[0].head.fullName).toBeNull();
});
