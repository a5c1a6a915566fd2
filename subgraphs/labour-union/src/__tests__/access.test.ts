import { describeAccessMatrix } from '@chung-tay/common/testing';
import { info } from '../info';
import { dongNaiTree, HCMC_WARD, member, ok, organisation, useSubgraph, type TestMember } from './fixtures';

const env = useSubgraph();

let tree: Awaited<ReturnType<typeof dongNaiTree>>;
let dongNai: TestMember;
let hcmc: TestMember;
beforeAll(async () => {
  tree = await dongNaiTree(env.h, env.t.officer);
  dongNai = await member(env.h, env.t.officer, tree.ward.id, { fullName: 'Đỗ Thị Lan' });
  await ok(
    env.h,
    `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`,
    {
      input: {
        kind: 'TET_GIFT',
        date: '2025-01-20',
        unionOrganisationId: tree.ward.id,
        memberId: dongNai.id,
        value: 1_500_000,
        fundingSource: 'SPONSOR',
        sponsorName: 'Công ty TNHH Changshin Việt Nam',
        note: 'Chồng bị tai nạn lao động',
      },
    },
    env.t.officer,
  );
  const hcmcFederation = await organisation(env.h, env.t.hcmcOfficer, {
    level: 'PROVINCE_FEDERATION',
    unitCode: '79',
  });
  const hcmcUnion = await organisation(env.h, env.t.hcmcOfficer, {
    level: 'GRASSROOTS_UNION',
    unitCode: HCMC_WARD,
    parentId: hcmcFederation.id,
  });
  hcmc = await member(env.h, env.t.hcmcOfficer, hcmcUnion.id);
});

const READ = `query($id: ID!) { unionMember(id: $id) { id status joinedDate memberNumber fullName workplace
  unionOrganisation { level } careActivities { kind value fundingSource sponsorName note } } }`;
const PERSONAL = [
  ['unionMember', 'memberNumber'],
  ['unionMember', 'fullName'],
  ['unionMember', 'workplace'],
  ['unionMember', 'careActivities', 0, 'sponsorName'],
  ['unionMember', 'careActivities', 0, 'note'],
];

describeAccessMatrix(
  { info },
  {
    harness: () => env.h,
    read: {
      document: READ,
      variables: () => ({ id: dongNai.id }),
      personal: PERSONAL,
      check: (data, own) => {
        expect(data.unionMember).toMatchObject({
          status: 'ACTIVE',
          unionOrganisation: { level: 'GRASSROOTS_UNION' },
          careActivities: [{ kind: 'TET_GIFT', value: 1_500_000, fundingSource: 'SPONSOR' }],
        });
        if (!own) return;
        expect(data.unionMember).toMatchObject({
          fullName: 'Đỗ Thị Lan',
          workplace: 'Công ty TNHH May Đồng Nai',
        });
        expect(data.unionMember.careActivities[0].sponsorName).toBe('Công ty TNHH Changshin Việt Nam');
      },
    },
    outside: {
      byId: {
        document: `query($id: ID!) { unionMember(id: $id) { status } }`,
        variables: () => ({ id: hcmc.id }),
        fields: ['unionMember'],
      },
      reference: { representation: () => ({ __typename: 'UnionMember', id: hcmc.id }), selection: 'status' },
      list: {
        document: `{ unionMembers(filter: { unitCode: "79" }) { totalCount } }`,
        total: (data) => data.unionMembers.totalCount,
      },
      // Nor through the register's household or person.
      more: async (token) => {
        const household = await env.h.query(
          `query($reps: [_Any!]!) { _entities(representations: $reps) {
            ... on Household { unionMembers { id } } ... on Person { unionMembership { id } } } }`,
          {
            reps: [
              { __typename: 'Household', id: hcmc.householdId },
              { __typename: 'Person', id: hcmc.personId },
            ],
          },
          token,
        );
        expect(household.data!._entities).toEqual([{ unionMembers: [] }, { unionMembership: null }]);
      },
    },
    write: {
      document: `mutation($id: ID!) { recordFundGift(input: { unionOrganisationId: $id, date: "2025-11-01",
        contributors: 3, amount: 300000 }) { id } }`,
      variables: () => ({ id: tree.ward.id }),
    },
  },
);

it('a union officer may not write for an organisation outside the units of their token', async () => {
  const res = await env.h.query(
    `mutation($input: RegisterUnionMemberInput!) { registerUnionMember(input: $input) { id } }`,
    {
      input: {
        memberNumber: 'HCM-000001',
        fullName: 'Võ Văn Nam',
        unionOrganisationId: tree.commune.id,
        workplace: 'Trường THCS Bù Gia Mập',
        joinedDate: '2020-01-01',
      },
    },
    env.t.wardOfficer,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it("logs reads of the union's personal data and every change, with the member's id", async () => {
  await env.h.query(
    `query MemberCard($id: ID!) { unionMember(id: $id) { fullName status } }`,
    { id: dongNai.id },
    env.t.viewer,
  );
  await env.h.query(
    `query OtherRead($id: ID!) { unionMember(id: $id) { fullName status } }`,
    { id: dongNai.id },
    env.t.pc,
  );
  const reads = await env.h.dataSource.query(
    `SELECT operation, record_type, record_ids, fields FROM audit_entry WHERE kind = 'READ_SENSITIVE' ORDER BY id`,
  );
  expect(reads).toContainEqual({
    operation: 'MemberCard',
    record_type: 'UnionMember',
    record_ids: [dongNai.id],
    fields: ['fullName'],
  });
  expect(reads.some((r: { operation: string }) => r.operation === 'OtherRead')).toBe(false);
  const [write] = await env.h.dataSource.query(
    `SELECT record_type, organisation FROM audit_entry WHERE kind = 'WRITE' AND $1 = ANY(record_ids)`,
    [dongNai.id],
  );
  expect(write).toEqual({ record_type: 'registerUnionMember', organisation: 'labour-union' });
});

it("a fund gift's note is the Labour Union's only: another organisation reads the gift, not the note", async () => {
  const gift = await env.h.query(
    `mutation($id: ID!) { recordFundGift(input: { unionOrganisationId: $id, date: "2025-11-02",
      contributors: 2, amount: 200000, note: "Gia đình anh Nam góp thêm vì con ốm" }) { id } }`,
    { id: tree.ward.id },
    env.t.officer,
  );
  const READ = `query($id: ID!) { fundGift(id: $id) { amount note } }`;
  const variables = { id: gift.data!.recordFundGift.id };
  const own = await env.h.query(READ, variables, env.t.viewer);
  expect(own.data!.fundGift).toEqual({ amount: 200000, note: 'Gia đình anh Nam góp thêm vì con ốm' });
  const other = await env.h.query(READ, variables, env.t.pc);
  expect(other.data!.fundGift).toEqual({ amount: 200000, note: null });
  expect(other.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
    [['fundGift', 'note'], 'FORBIDDEN'],
  ]);
});
