import { describeAccessMatrix, testToken } from '@chung-tay/common/testing';
import { info } from '../info';
import { HCMC_WARD, register, useSubgraph } from './fixtures';

const env = useSubgraph();

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
  const programme = await env.h.query(
    `mutation { registerProgramme(input: { code: "DIEN-TEST", name: "Hỗ trợ tiền điện", kind: ELECTRICITY,
      startYear: 2022, endYear: 2030, budget: 900000000 }) { id } }`,
    {},
    env.t.officer,
  );
  await env.h.query(
    `mutation($input: RecordBenefitInput!) { recordBenefit(input: $input) { id } }`,
    {
      input: {
        programmeId: programme.data!.registerProgramme.id,
        householdId: dongNai.id,
        date: '2025-03-01',
        amount: 46_000,
        note: 'Hộ có người khuyết tật nặng',
      },
    },
    env.t.officer,
  );
  hcmc = await register(env.h, env.t.hcmcOfficer, { unitCode: HCMC_WARD });
});

const READ = `query($id: ID!) { household(id: $id) { code status address
  members { fullName birthYear birthDate nationalId ethnicity }
  latestAssessment { classification incomePerPersonMonth deprivations } benefits { amount note } } }`;
const SENSITIVE = [
  ['household', 'address'],
  ['household', 'members', 0, 'birthDate'],
  ['household', 'members', 0, 'nationalId'],
  ['household', 'members', 0, 'ethnicity'],
  ['household', 'latestAssessment', 'incomePerPersonMonth'],
  ['household', 'latestAssessment', 'deprivations'],
  ['household', 'benefits', 0, 'note'],
];

describeAccessMatrix(
  { info },
  {
    harness: () => env.h,
    read: {
      document: READ,
      variables: () => ({ id: dongNai.id }),
      personal: SENSITIVE,
      check: (data, own) => {
        expect(data.household).toMatchObject({
          status: 'POOR',
          latestAssessment: { classification: 'POOR' },
        });
        expect(data.household.members[0].birthYear).toBeGreaterThan(1900);
        if (!own) return;
        expect(data.household.members[0].nationalId).toMatch(/^\d{12}$/);
        expect(data.household.latestAssessment.deprivations).toHaveLength(3);
        expect(data.household.benefits[0].note).toBe('Hộ có người khuyết tật nặng');
      },
    },
    outside: {
      byId: {
        document: `query($id: ID!) { household(id: $id) { code } }`,
        variables: () => ({ id: hcmc.id }),
        fields: ['household'],
      },
      reference: { representation: () => ({ __typename: 'Household', id: hcmc.id }), selection: 'code' },
      list: {
        document: `{ households(filter: { unitCode: "79" }) { totalCount } }`,
        total: (data) => data.households.totalCount,
      },
    },
    write: {
      document: `mutation($id: ID!) { addHouseholdMember(householdId: $id, input: { fullName: "Bùi Thị Hạnh",
        birthDate: "2015-05-05", sex: FEMALE, relationToHead: CHILD }) { id } }`,
      variables: () => ({ id: dongNai.id }),
    },
  },
);

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
