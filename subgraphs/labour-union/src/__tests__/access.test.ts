import { testToken } from '@chung-tay/common/testing';
import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { dongNaiTree, HCMC_WARD, member, ok, organisation, useSubgraph, type TestMember } from './fixtures';

const env = useSubgraph();
const matrix = ORGANISATIONS.flatMap((org) => ROLES.map((role) => [org, role] as const));

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

describe.each(matrix)('%s %s', (org, role) => {
  let token: string;
  beforeAll(async () => {
    token = await testToken({ org, units: ['75'], roles: [role] });
  });
  const union = org === 'labour-union';

  it(`reads a member of its province${union ? ' with' : ' without'} the union's personal data`, async () => {
    const res = await env.h.query(READ, { id: dongNai.id }, token);
    const read = res.data!.unionMember;
    expect(read).toMatchObject({
      status: 'ACTIVE',
      unionOrganisation: { level: 'GRASSROOTS_UNION' },
      careActivities: [{ kind: 'TET_GIFT', value: 1_500_000, fundingSource: 'SPONSOR' }],
    });
    if (union) {
      expect(res.errors).toBeUndefined();
      expect(read).toMatchObject({ fullName: 'Đỗ Thị Lan', workplace: 'Công ty TNHH May Đồng Nai' });
      expect(read.careActivities[0].sponsorName).toBe('Công ty TNHH Changshin Việt Nam');
    } else {
      expect(read).toMatchObject({ memberNumber: null, fullName: null, workplace: null });
      expect(read.careActivities[0]).toMatchObject({ sponsorName: null, note: null });
      const paths = res.errors!.map((e) => e.path);
      for (const path of PERSONAL) expect(paths).toContainEqual(path);
      expect(
        res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && /personal data/.test(e.message)),
      ).toBe(true);
    }
  });

  it('cannot read a member of another province, by id, by list, by reference or through the household', async () => {
    const byId = await env.h.query(
      `query($id: ID!) { unionMember(id: $id) { status } }`,
      { id: hcmc.id },
      token,
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byId.data?.unionMember ?? null).toBeNull();
    const list = await env.h.query(`{ unionMembers(filter: { unitCode: "79" }) { totalCount } }`, {}, token);
    expect(list.data!.unionMembers.totalCount).toBe(0);
    const ref = await env.h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on UnionMember { status } } }`,
      { reps: [{ __typename: 'UnionMember', id: hcmc.id }] },
      token,
    );
    expect(ref.data!._entities).toEqual([null]);
    expect(ref.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
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
  });

  it(`${union && role !== 'viewer' ? 'may' : 'may not'} write the union's records`, async () => {
    const res = await env.h.query(
      `mutation($id: ID!) { recordFundGift(input: { unionOrganisationId: $id, date: "2025-11-01", contributors: 3,
        amount: 300000 }) { id } }`,
      { id: tree.ward.id },
      token,
    );
    if (union && role !== 'viewer') expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

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
