import { randomUUID } from 'node:crypto';
import { describeAccessMatrix, testToken } from '@chung-tay/common/testing';
import { info } from '../info';
import {
  ALL_YES,
  chapter,
  counts,
  FORM_GROUP,
  HCMC,
  HCMC_WARD,
  member,
  ok,
  PLEDGE,
  REVIEWS,
  tree,
  useSubgraph,
} from './fixtures';

const env = useSubgraph();

let dongNai: { communeId: string; memberId: string; groupId: string; householdId: string; personId: string };
let hcmc: { chapterId: string; memberId: string; groupId: string; pledgeId: string };

beforeAll(async () => {
  const o = env.t.officer;
  const { communes } = await tree(env.h, o);
  const lan = await member(env.h, o, communes[0]!.id, {
    phone: '0987654321',
    memberCardNumber: 'HV-ACCESS-1',
  });
  const group = (
    await ok(
      env.h,
      FORM_GROUP,
      {
        input: {
          chapterId: communes[0]!.id,
          name: 'Tổ TK&VV 1',
          lender: 'VBSP',
          leaderMemberId: lan.id,
          meetingFrequency: 'MONTHLY',
          meetingDay: 12,
          formedOn: '2024-01-10',
        },
      },
      o,
    )
  ).formSavingsLoanGroup;
  const pledge = (
    await ok(
      env.h,
      PLEDGE,
      {
        input: {
          chapterId: communes[0]!.id,
          year: 2025,
          pledgedOn: '2025-01-10',
          households: [{ householdId: lan.householdId, statusWhenPledged: 'POOR' }],
        },
      },
      o,
    )
  ).pledgeFiveNoThreeClean;
  await ok(
    env.h,
    REVIEWS,
    {
      input: {
        pledgeId: pledge.id,
        reviews: [
          { householdId: lan.householdId, reviewDate: '2025-10-01', ...ALL_YES, note: 'Chồng bỏ rượu' },
        ],
      },
    },
    o,
  );
  dongNai = {
    communeId: communes[0]!.id,
    memberId: lan.id,
    groupId: group.id,
    householdId: lan.householdId,
    personId: lan.personId,
  };

  const h = env.t.hcmcOfficer;
  const city = await chapter(env.h, h, {
    level: 'PROVINCE',
    unitCode: HCMC,
    name: 'Hội LHPN Thành phố Hồ Chí Minh',
  });
  const ward = await chapter(env.h, h, {
    level: 'COMMUNE',
    unitCode: HCMC_WARD,
    parentId: city.id,
    name: 'Hội LHPN phường',
  });
  const mai = await member(env.h, h, ward.id);
  const hcmcGroup = (
    await ok(
      env.h,
      FORM_GROUP,
      {
        input: {
          chapterId: ward.id,
          name: 'Tổ CEP phường',
          lender: 'CEP',
          leaderMemberId: mai.id,
          meetingFrequency: 'WEEKLY',
          meetingDay: 1,
          formedOn: '2024-01-10',
        },
      },
      h,
    )
  ).formSavingsLoanGroup;
  const hcmcPledge = (
    await ok(
      env.h,
      PLEDGE,
      { input: { chapterId: ward.id, year: 2025, pledgedOn: '2025-01-10', households: [] } },
      h,
    )
  ).pledgeFiveNoThreeClean;
  hcmc = { chapterId: ward.id, memberId: mai.id, groupId: hcmcGroup.id, pledgeId: hcmcPledge.id };
});

const READ = `query($member: ID!, $group: ID!, $reps: [_Any!]!) {
  womensUnionMember(id: $member) { joinedOn unitCode current fullName phone memberCardNumber }
  savingsLoanGroup(id: $group) { name lender memberCount leader { fullName } }
  _entities(representations: $reps) { ... on Household { fiveNoThreeClean { year statusWhenPledged
    reviews { criteriaMet noHungerOrPoverty cleanHouse noLawBreakingOrSocialEvils noDomesticViolence
      noPopulationPolicyViolation noMalnourishedOrDropoutChildren note } } } } }`;
const PERSONAL = [
  ['womensUnionMember', 'fullName'],
  ['womensUnionMember', 'phone'],
  ['womensUnionMember', 'memberCardNumber'],
  ['savingsLoanGroup', 'leader', 'fullName'],
  ['_entities', 0, 'fiveNoThreeClean', 0, 'reviews', 0, 'noLawBreakingOrSocialEvils'],
  ['_entities', 0, 'fiveNoThreeClean', 0, 'reviews', 0, 'noDomesticViolence'],
  ['_entities', 0, 'fiveNoThreeClean', 0, 'reviews', 0, 'noPopulationPolicyViolation'],
  ['_entities', 0, 'fiveNoThreeClean', 0, 'reviews', 0, 'noMalnourishedOrDropoutChildren'],
  ['_entities', 0, 'fiveNoThreeClean', 0, 'reviews', 0, 'note'],
];

describeAccessMatrix(
  { info },
  {
    harness: () => env.h,
    read: {
      document: READ,
      variables: () => ({
        member: dongNai.memberId,
        group: dongNai.groupId,
        reps: [{ __typename: 'Household', id: dongNai.householdId }],
      }),
      personal: PERSONAL,
      check: (data, own) => {
        expect(data.womensUnionMember).toMatchObject({ joinedOn: '2020-03-08', current: true });
        expect(data.savingsLoanGroup).toMatchObject({ name: 'Tổ TK&VV 1', lender: 'VBSP', memberCount: 1 });
        const review = data._entities[0].fiveNoThreeClean[0].reviews[0];
        expect(review).toMatchObject({ criteriaMet: 8, noHungerOrPoverty: true, cleanHouse: true });
        if (!own) return;
        expect(data.womensUnionMember).toMatchObject({ fullName: 'Nguyễn Thị Lan', phone: '0987654321' });
        expect(review).toMatchObject({ noDomesticViolence: true, note: 'Chồng bỏ rượu' });
      },
    },
    outside: {
      byId: {
        document: `query($m: ID!, $g: ID!, $p: ID!) { womensUnionMember(id: $m) { id } savingsLoanGroup(id: $g) { id }
          fiveNoThreeCleanPledge(id: $p) { id } }`,
        variables: () => ({ m: hcmc.memberId, g: hcmc.groupId, p: hcmc.pledgeId }),
        fields: ['womensUnionMember', 'savingsLoanGroup', 'fiveNoThreeCleanPledge'],
      },
      reference: {
        representation: () => ({ __typename: 'SavingsLoanGroup', id: hcmc.groupId }),
        selection: 'name',
      },
      list: {
        document: `{ savingsLoanGroups(filter: { unitCode: "79" }) { totalCount }
          womensUnionMembers(filter: { unitCode: "79" }) { totalCount }
          fiveNoThreeCleanPledges(filter: { unitCode: "79" }) { totalCount }
          womensUnionChapters(filter: { unitCode: "79" }) { totalCount } }`,
        total: (data) => Object.values(data).reduce((n: number, l: any) => n + l.totalCount, 0),
      },
    },
    write: {
      document: `mutation($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id } }`,
      variables: () => ({
        input: {
          chapterId: dongNai.communeId,
          kind: 'VOCATIONAL_TRAINING',
          householdId: randomUUID(),
          date: '2025-06-01',
          value: 1_200_000,
        },
      }),
      unchanged: () => counts(env.h),
    },
  },
);

it("a Women's Union officer may not write in another province, nor search names outside the union", async () => {
  const res = await env.h.query(
    `mutation($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id } }`,
    {
      input: {
        chapterId: hcmc.chapterId,
        kind: 'HOUSE',
        householdId: randomUUID(),
        date: '2025-06-01',
        value: 50_000_000,
      },
    },
    env.t.officer,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const search = await env.h.query(
    `{ womensUnionMembers(filter: { search: "lan" }) { totalCount } }`,
    {},
    env.t.labour,
  );
  expect(search.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it("logs the union's reads of personal data in its audit log", async () => {
  await ok(env.h, `query Members { womensUnionMembers(first: 5) { nodes { fullName } } }`, {}, env.t.viewer);
  const log = await ok(
    env.h,
    `{ womensUnionAuditLog(first: 20) { kind operation recordType recordIds fields } }`,
    {},
    env.t.admin,
  );
  expect(log.womensUnionAuditLog).toContainEqual(
    expect.objectContaining({
      kind: 'READ_SENSITIVE',
      operation: 'Members',
      recordType: 'WomensUnionMember',
      fields: ['fullName'],
    }),
  );
  expect(log.womensUnionAuditLog).toContainEqual(
    expect.objectContaining({ kind: 'WRITE', recordType: 'recordWomensUnionSupport' }),
  );
});

it('migrates its own copy of the official unit tree, with the units retired in the 2025 reform', async () => {
  const [{ provinces, communes, retired }] = await env.h.dataSource.query(
    `SELECT count(*) FILTER (WHERE level = 'PROVINCE' AND valid_to IS NULL)::int AS provinces,
            count(*) FILTER (WHERE level = 'COMMUNE' AND valid_to IS NULL)::int AS communes,
            array_agg(code ORDER BY code) FILTER (WHERE valid_to IS NOT NULL) AS retired FROM unit_tree`,
  );
  expect({ provinces, communes }).toEqual({ provinces: 34, communes: 3321 });
  expect(retired).toEqual([
    '70',
    '731',
    '732',
    '734',
    '735',
    '736',
    '737',
    '738',
    '739',
    '740',
    '741',
    '742',
  ]);
});

it('shows its audit log to its own admins only', async () => {
  const log = `{ womensUnionAuditLog(first: 1) { id } }`;
  expect((await env.h.query(log, {}, env.t.admin)).errors).toBeUndefined();
  for (const token of [
    env.t.officer,
    await testToken({ org: 'people-committee', units: ['75'], roles: ['admin'] }),
  ]) {
    expect((await env.h.query(log, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});
