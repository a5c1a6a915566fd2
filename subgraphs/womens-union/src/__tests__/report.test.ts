import { randomUUID } from 'node:crypto';
import {
  ALL_YES,
  COMMUNE,
  count,
  FORM_GROUP,
  member,
  ok,
  PLEDGE,
  REVIEWS,
  tree,
  useSubgraph,
  WARD,
} from './fixtures';

const env = useSubgraph();

const REPORT = `query($id: ID!, $period: PeriodCode!) { womensUnionReport(chapterId: $id, period: $period) {
  id period periodStart periodEnd dueOn status submittedOn
  fiveNoThreeClean { pledges targetHouseholds pledged reviewed meetingAllCriteria meetingNoHungerOrPoverty achievedPercent }
  savingsDay { targetAmount contributedAmount contributions contributingMembers achievedPercent }
  savingsLoanGroups { lender groups formed members }
  support { kind activities households value }
  members { members joined left } } }`;
const SUPPORT = `mutation($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id kind value unitCode } }`;

let province: { id: string };
let commune: { id: string; branch: { id: string } };
let ward: { id: string };
const pledged = Array.from({ length: 4 }, () => randomUUID());

beforeAll(async () => {
  const t = await tree(env.h, env.t.officer, [COMMUNE, WARD]);
  province = t.province;
  commune = t.communes[0]!;
  ward = t.communes[1]!;
  const o = env.t.officer;
  // Members: one of long standing, three joining in 2025 (one of them leaving in August).
  const m1 = await member(env.h, o, commune.branch.id, { joinedOn: '2019-01-01' });
  const m2 = await member(env.h, o, commune.id, { joinedOn: '2025-02-01' });
  const m3 = await member(env.h, o, commune.id, { joinedOn: '2025-05-01' });
  const m4 = await member(env.h, o, ward.id, { joinedOn: '2025-08-01' });
  await ok(
    env.h,
    `mutation($id: ID!) { endWomensUnionMembership(id: $id, leftOn: "2025-08-20") { id } }`,
    { id: m4.id },
    o,
  );
  // Pledges: the commune pledges 10 for 2025 and names 3 (one added in July); the ward pledges 5 and names 1.
  const p = (
    await ok(
      env.h,
      PLEDGE,
      {
        input: {
          chapterId: commune.id,
          year: 2025,
          pledgedOn: '2025-01-20',
          households: pledged.slice(0, 2).map((householdId) => ({ householdId, statusWhenPledged: 'POOR' })),
        },
      },
      o,
    )
  ).pledgeFiveNoThreeClean;
  await ok(
    env.h,
    `mutation($input: AddFiveNoThreeCleanHouseholdsInput!) { addFiveNoThreeCleanHouseholds(input: $input) { id } }`,
    {
      input: {
        pledgeId: p.id,
        addedOn: '2025-07-01',
        households: [{ householdId: pledged[2], statusWhenPledged: 'NEAR_POOR' }],
      },
    },
    o,
  );
  await ok(
    env.h,
    PLEDGE,
    {
      input: {
        chapterId: ward.id,
        year: 2025,
        pledgedOn: '2025-02-01',
        targetHouseholds: 5,
        households: [{ householdId: pledged[3], statusWhenPledged: 'POOR' }],
      },
    },
    o,
  );
  const review = (householdId: string, reviewDate: string, overrides = {}) => ({
    householdId,
    reviewDate,
    ...ALL_YES,
    ...overrides,
  });
  await ok(
    env.h,
    REVIEWS,
    {
      input: {
        pledgeId: p.id,
        reviews: [
          review(pledged[0]!, '2025-03-15', { noHungerOrPoverty: false }),
          review(pledged[0]!, '2025-09-10'),
          review(pledged[1]!, '2025-06-10', { cleanAlley: false }),
        ],
      },
    },
    o,
  );
  // Savings day: the province runs it, the commune has a target; gifts in March and October.
  const campaign = (
    await ok(
      env.h,
      `mutation($input: LaunchSavingsDayCampaignInput!) { launchSavingsDayCampaign(input: $input) { id } }`,
      {
        input: {
          chapterId: province.id,
          year: 2025,
          name: 'Ngày tiết kiệm 2025',
          startsOn: '2025-03-01',
          endsOn: '2025-10-20',
          targetAmount: 40_000_000,
        },
      },
      o,
    )
  ).launchSavingsDayCampaign;
  await ok(
    env.h,
    `mutation($input: SetSavingsDayTargetInput!) { setSavingsDayTarget(input: $input) { id } }`,
    { input: { campaignId: campaign.id, chapterId: commune.id, amount: 4_000_000 } },
    o,
  );
  for (const gift of [
    { memberId: m1.id, date: '2025-03-08', amount: 200_000 },
    { memberId: m2.id, date: '2025-03-20', amount: 300_000 },
    { chapterId: commune.branch.id, date: '2025-10-10', amount: 1_500_000 },
  ]) {
    await ok(
      env.h,
      `mutation($input: RecordSavingsDayContributionInput!) { recordSavingsDayContribution(input: $input) { id } }`,
      { input: { campaignId: campaign.id, ...gift } },
      o,
    );
  }
  // Groups: a VBSP group formed in 2024, a CEP group formed in May 2025.
  await ok(
    env.h,
    FORM_GROUP,
    {
      input: {
        chapterId: commune.id,
        name: 'Tổ VBSP 1',
        lender: 'VBSP',
        leaderMemberId: m1.id,
        memberIds: [],
        meetingFrequency: 'MONTHLY',
        meetingDay: 10,
        formedOn: '2024-06-01',
      },
    },
    o,
  );
  await ok(
    env.h,
    FORM_GROUP,
    {
      input: {
        chapterId: commune.id,
        name: 'Tổ CEP 1',
        lender: 'CEP',
        leaderMemberId: m2.id,
        memberIds: [m3.id, m1.id],
        meetingFrequency: 'FORTNIGHTLY',
        meetingDay: 4,
        formedOn: '2025-05-15',
      },
    },
    o,
  );
  // Support: a scholarship in February, a house in August (in the ward).
  await ok(
    env.h,
    SUPPORT,
    {
      input: {
        chapterId: commune.id,
        kind: 'SCHOLARSHIP',
        householdId: pledged[0],
        personId: randomUUID(),
        date: '2025-02-14',
        value: 2_000_000,
      },
    },
    o,
  );
  await ok(
    env.h,
    SUPPORT,
    {
      input: {
        chapterId: commune.branch.id,
        kind: 'SCHOLARSHIP',
        householdId: pledged[1],
        date: '2025-03-01',
        value: 1_500_000,
      },
    },
    o,
  );
  await ok(
    env.h,
    SUPPORT,
    {
      input: {
        chapterId: ward.id,
        kind: 'HOUSE',
        householdId: pledged[3],
        date: '2025-08-05',
        value: 60_000_000,
        note: 'Mái ấm tình thương',
      },
    },
    o,
  );
});

describe('the periodic report', () => {
  it('adds up a commune chapter and its branches for the first 3 months', async () => {
    const { womensUnionReport: r } = await ok(
      env.h,
      REPORT,
      { id: commune.id, period: '2025-Q1' },
      env.t.viewer,
    );
    expect(r).toEqual({
      id: `${commune.id}:2025-Q1`,
      period: '2025-Q1',
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      dueOn: '2025-04-05',
      status: 'OVERDUE',
      submittedOn: null,
      fiveNoThreeClean: {
        pledges: 1,
        targetHouseholds: 10,
        pledged: 2,
        reviewed: 1,
        meetingAllCriteria: 0,
        meetingNoHungerOrPoverty: 0,
        achievedPercent: 0,
      },
      savingsDay: {
        targetAmount: 4_000_000,
        contributedAmount: 500_000,
        contributions: 2,
        contributingMembers: 2,
        achievedPercent: 12.5,
      },
      savingsLoanGroups: [{ lender: 'VBSP', groups: 1, formed: 0, members: 1 }],
      support: [{ kind: 'SCHOLARSHIP', activities: 2, households: 2, value: 3_500_000 }],
      members: { members: 2, joined: 1, left: 0 },
    });
  });

  it('adds up the whole province for 9 months, cumulative from January', async () => {
    const { womensUnionReport: r } = await ok(
      env.h,
      REPORT,
      { id: province.id, period: '2025-9M' },
      env.t.viewer,
    );
    expect(r).toMatchObject({
      periodStart: '2025-01-01',
      periodEnd: '2025-09-30',
      dueOn: '2025-10-05',
      fiveNoThreeClean: {
        pledges: 2,
        targetHouseholds: 15,
        pledged: 4,
        reviewed: 2,
        meetingAllCriteria: 1,
        meetingNoHungerOrPoverty: 2,
        achievedPercent: 6.67,
      },
      savingsDay: { targetAmount: 40_000_000, contributedAmount: 500_000, contributions: 2 },
      savingsLoanGroups: [
        { lender: 'CEP', groups: 1, formed: 1, members: 3 },
        { lender: 'VBSP', groups: 1, formed: 0, members: 1 },
      ],
      support: [
        { kind: 'HOUSE', activities: 1, households: 1, value: 60_000_000 },
        { kind: 'SCHOLARSHIP', activities: 2, households: 2, value: 3_500_000 },
      ],
      members: { members: 3, joined: 3, left: 1 },
    });
    const year = await ok(env.h, REPORT, { id: province.id, period: '2025' }, env.t.viewer);
    expect(year.womensUnionReport.savingsDay.contributedAmount).toBe(2_000_000);
    expect(year.womensUnionReport.dueOn).toBe('2026-01-05');
  });

  it('takes only the 3, 6 and 9 months and the year', async () => {
    for (const period of ['2025-Q2', '2025-07']) {
      const res = await env.h.query(REPORT, { id: commune.id, period }, env.t.viewer);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringContaining('not a Women'),
        extensions: { code: 'BAD_USER_INPUT', field: 'period' },
      });
    }
    const malformed = await env.h.query(REPORT, { id: commune.id, period: '2025-H1' }, env.t.viewer);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records when a chapter sent its report: on time, late, once', async () => {
    const SUBMIT = `mutation($id: ID!, $period: PeriodCode!, $on: LocalDate) {
      submitWomensUnionReport(chapterId: $id, period: $period, submittedOn: $on) { status submittedOn dueOn } }`;
    const onTime = await ok(
      env.h,
      SUBMIT,
      { id: commune.id, period: '2025-6M', on: '2025-07-04' },
      env.t.communeOfficer,
    );
    expect(onTime.submitWomensUnionReport).toEqual({
      status: 'SUBMITTED_ON_TIME',
      submittedOn: '2025-07-04',
      dueOn: '2025-07-05',
    });
    const late = await ok(env.h, SUBMIT, { id: ward.id, period: '2025-6M', on: '2025-07-09' }, env.t.officer);
    expect(late.submitWomensUnionReport.status).toBe('SUBMITTED_LATE');
    const before = await count(env.h, 'report_submission');
    const twice = await env.h.query(SUBMIT, { id: commune.id, period: '2025-6M' }, env.t.officer);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'period' });
    const early = await env.h.query(
      SUBMIT,
      { id: commune.id, period: '2025-9M', on: '2025-09-01' },
      env.t.officer,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'submittedOn' });
    const otherCommune = await env.h.query(SUBMIT, { id: ward.id, period: '2025-9M' }, env.t.communeOfficer);
    expect(otherCommune.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const labour = await env.h.query(SUBMIT, { id: commune.id, period: '2025-9M' }, env.t.labour);
    expect(labour.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(env.h, 'report_submission')).toBe(before);

    const all = await ok(
      env.h,
      `{ womensUnionReports(period: "2025-6M") { totalCount nodes { chapter { unitCode } status fiveNoThreeClean { pledged } } } }`,
      {},
      env.t.labour,
    );
    expect(all.womensUnionReports).toEqual({
      totalCount: 2,
      nodes: [
        // Another organisation reads statuses; 1 and 2 pledged households are withheld from it (threshold rule).
        { chapter: { unitCode: WARD }, status: 'SUBMITTED_LATE', fiveNoThreeClean: { pledged: null } },
        { chapter: { unitCode: COMMUNE }, status: 'SUBMITTED_ON_TIME', fiveNoThreeClean: { pledged: null } },
      ],
    });
  });

  it('keeps a commune officer to her own chapters’ reports', async () => {
    const res = await env.h.query(REPORT, { id: province.id, period: '2025' }, env.t.communeOfficer);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('support activities', () => {
  it('lists support by period and kind, and shows a household its support, notes to the union only', async () => {
    const list = await ok(
      env.h,
      `{ womensUnionSupportActivities(filter: { period: "2025-6M", kind: [SCHOLARSHIP] }) { totalCount nodes { value date } } }`,
      {},
      env.t.viewer,
    );
    expect(list.womensUnionSupportActivities).toEqual({
      totalCount: 2,
      nodes: [
        { value: 2_000_000, date: '2025-02-14' },
        { value: 1_500_000, date: '2025-03-01' },
      ],
    });
    const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { womensUnionSupport { kind value note chapter { unitCode } } } } }`;
    const reps = [{ __typename: 'Household', id: pledged[3] }];
    expect((await ok(env.h, QUERY, { reps }, env.t.viewer))._entities[0].womensUnionSupport).toEqual([
      { kind: 'HOUSE', value: 60_000_000, note: 'Mái ấm tình thương', chapter: { unitCode: WARD } },
    ]);
    const other = await env.h.query(QUERY, { reps }, env.t.labour);
    expect(other.data!._entities[0].womensUnionSupport[0].note).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses non-positive values and future dates, writing nothing', async () => {
    const before = await count(env.h, 'support_activity');
    const base = {
      chapterId: commune.id,
      kind: 'LIVELIHOOD_GIFT',
      householdId: randomUUID(),
      date: '2025-05-01',
      value: 5_000_000,
    };
    const zero = await env.h.query(SUPPORT, { input: { ...base, value: 0 } }, env.t.officer);
    expect(zero.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.value');
    const future = await env.h.query(SUPPORT, { input: { ...base, date: '2999-05-01' } }, env.t.officer);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const labour = await env.h.query(SUPPORT, { input: base }, env.t.labour);
    expect(labour.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(env.h, 'support_activity')).toBe(before);
  });
});
