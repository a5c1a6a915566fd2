import { randomUUID } from 'node:crypto';
import {
  describeAreaReportVersions,
  describeAreaScope,
  describeRetiredUnits,
  describeStatementCounts,
  successorsOf,
} from '@chung-tay/common/testing';
import { info } from '../info';
import { todayInVietnam } from '@chung-tay/common';
import {
  ALL_YES,
  chapter,
  COMMUNE,
  counts,
  FORM_GROUP,
  member,
  ok,
  PLEDGE,
  PROVINCE,
  REVIEWS,
  tree,
  useSubgraph,
  WARD,
} from './fixtures';

const env = useSubgraph();

const FIGURES = `womensUnion { stocksAsOf
  fiveNoThreeClean { year pledges targetHouseholds householdsPledged householdsReviewed householdsMeetingAllCriteria
    householdsMeetingNoHungerOrPoverty achievedPercent }
  savingsDay { collectedAmount contributions contributingMembers yearToDateAmount targetAmount achievedPercent }
  savingsLoanGroups { groups groupsFormed members byLender { lender groups groupsFormed members } }
  support { activities households value byKind { kind activities households value } }
  membership { members joined left } }`;
/** The figures inside `womensUnion { … }`, for the kit's area contracts. */
const subgraph = { info };
const areaAdapter = { harness: () => env.h, figures: FIGURES.slice('womensUnion {'.length, -1) };
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaPeriod { unitCode period ${FIGURES} } } }`;
const SUPPORT = `mutation($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id } }`;
const GIVE = `mutation($input: RecordSavingsDayContributionInput!) { recordSavingsDayContribution(input: $input) { id } }`;
const REPORT = `id section unitCode period version status takenAt submittedAt reviewComment figures { support { value activities } }`;
const PREPARE = `mutation($section: ReportSection!, $unitCode: String!, $period: PeriodCode!) {
  prepareWomensUnionAreaReport(section: $section, unitCode: $unitCode, period: $period) { ${REPORT} } }`;
const SUBMIT = `mutation($id: ID!) { submitWomensUnionAreaReport(id: $id) { ${REPORT} } }`;

type Figures = Record<string, any>;
const rep = (unitCode: string, period: string) => ({ __typename: 'AreaPeriod', unitCode, period });

async function areas(reps: Record<string, unknown>[], token = env.t.officer) {
  const res = await env.h.query(ENTITIES, { r: reps }, token);
  return { errors: res.errors, figures: (res.data?._entities ?? []).map((e: any) => e?.womensUnion ?? null) };
}
async function figuresOf(unitCode: string, period: string, token = env.t.officer): Promise<Figures> {
  const { errors, figures } = await areas([rep(unitCode, period)], token);
  if (errors) throw new Error(JSON.stringify(errors));
  return figures[0];
}

/** The figures that add up over units: everything but the target, the percentages and the dates. */
function additive(f: Figures): Figures {
  const { stocksAsOf: _d, fiveNoThreeClean, savingsDay, ...rest } = f;
  const { achievedPercent: _p, year: _y, ...pledges } = fiveNoThreeClean;
  const { achievedPercent: _q, targetAmount: _t, ...savings } = savingsDay;
  return { ...rest, fiveNoThreeClean: pledges, savingsDay: savings };
}
/** Adds figure sets field by field; lists by lender or kind are added per lender or kind. */
function sum(sets: Figures[]): Figures {
  const add = (a: any, b: any): any => {
    if (typeof a === 'number') return a + b;
    if (Array.isArray(a)) {
      const key = (x: any) => x.lender ?? x.kind;
      const merged = new Map<string, any>(a.map((x: any) => [key(x), x]));
      for (const x of b) merged.set(key(x), merged.has(key(x)) ? add(merged.get(key(x)), x) : x);
      return [...merged.values()].sort((x, y) => (key(x) < key(y) ? -1 : 1));
    }
    if (a && typeof a === 'object')
      return Object.fromEntries(
        Object.keys(a).map((k) => [k, typeof a[k] === 'string' ? a[k] : add(a[k], b[k])]),
      );
    return a;
  };
  return sets.reduce(add);
}

let commune: { id: string; branch: { id: string } };
let ward: { id: string; branch: { id: string } };
let province: { id: string };
let a1: { id: string; householdId: string };

/**
 * Bù Gia Mập (25222) and Bình Phước ward (25195), both once in Bình Phước (70), under the Đồng Nai union; the
 * records are placed around the period 2025-9M (1 Jan – 30 Sep 2025) so that some fall outside it.
 */
beforeAll(async () => {
  const o = env.t.officer;
  const t = await tree(env.h, o, [COMMUNE, WARD]);
  province = t.province;
  commune = t.communes[0]!;
  ward = t.communes[1]!;
  // Members of 25222: a1 (branch, 2019), a2 (2025-02), a3 (2025-05, left 2025-08-20), a4 (joined after 9M).
  a1 = await member(env.h, o, commune.branch.id, { joinedOn: '2019-01-01' });
  const a2 = await member(env.h, o, commune.id, { joinedOn: '2025-02-01' });
  const a3 = await member(env.h, o, commune.id, { joinedOn: '2025-05-01' });
  await member(env.h, o, commune.id, { joinedOn: '2025-10-05' });
  await ok(
    env.h,
    `mutation($id: ID!) { endWomensUnionMembership(id: $id, leftOn: "2025-08-20") { id } }`,
    { id: a3.id },
    o,
  );
  const b1 = await member(env.h, o, ward.id, { joinedOn: '2020-01-01' });

  // "5 không 3 sạch": 25222 pledges 10 for 2025 naming h1, h2, then h3 (July) and h4 (October, after 9M); its 2024
  // pledge names h5. 25195 pledges 4 naming h6.
  const h = Array.from({ length: 7 }, () => randomUUID());
  const pledgeOf = async (
    chapterId: string,
    year: number,
    pledgedOn: string,
    ids: string[],
    target?: number,
  ) =>
    (
      await ok(
        env.h,
        PLEDGE,
        {
          input: {
            chapterId,
            year,
            pledgedOn,
            ...(target ? { targetHouseholds: target } : {}),
            households: ids.map((householdId) => ({ householdId, statusWhenPledged: 'POOR' })),
          },
        },
        o,
      )
    ).pledgeFiveNoThreeClean as { id: string };
  const p2025 = await pledgeOf(commune.id, 2025, '2025-01-20', [h[1]!, h[2]!]);
  const add = (pledgeId: string, addedOn: string, householdId: string) =>
    ok(
      env.h,
      `mutation($input: AddFiveNoThreeCleanHouseholdsInput!) { addFiveNoThreeCleanHouseholds(input: $input) { id } }`,
      { input: { pledgeId, addedOn, households: [{ householdId, statusWhenPledged: 'NEAR_POOR' }] } },
      o,
    );
  await add(p2025.id, '2025-07-01', h[3]!);
  await add(p2025.id, '2025-10-10', h[4]!);
  const p2024 = await pledgeOf(commune.id, 2024, '2024-01-15', [h[5]!]);
  const pWard = await pledgeOf(ward.id, 2025, '2025-02-01', [h[6]!], 4);
  const review = (householdId: string, reviewDate: string, overrides = {}) => ({
    householdId,
    reviewDate,
    ...ALL_YES,
    ...overrides,
  });
  const reviews = (pledgeId: string, list: unknown[]) =>
    ok(env.h, REVIEWS, { input: { pledgeId, reviews: list } }, o);
  await reviews(p2025.id, [
    review(h[1]!, '2025-03-15', { noHungerOrPoverty: false }),
    review(h[1]!, '2025-09-10'),
    review(h[2]!, '2025-06-10', { cleanAlley: false }),
    review(h[2]!, '2025-11-01'),
    review(h[3]!, '2025-09-30'),
  ]);
  await reviews(p2024.id, [review(h[5]!, '2024-11-20')]);
  await reviews(pWard.id, [review(h[6]!, '2025-04-01')]);

  // Savings day 2025: the province runs it (40M from above) and gives 25222 4M (its branch 1M of that), 25195 3M.
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
  ).launchSavingsDayCampaign as { id: string };
  for (const [chapterId, amount] of [
    [commune.id, 4_000_000],
    [commune.branch.id, 1_000_000],
    [ward.id, 3_000_000],
  ] as const) {
    await ok(
      env.h,
      `mutation($input: SetSavingsDayTargetInput!) { setSavingsDayTarget(input: $input) { id } }`,
      { input: { campaignId: campaign.id, chapterId, amount } },
      o,
    );
  }
  for (const gift of [
    { memberId: a1.id, date: '2025-03-08', amount: 200_000 },
    { memberId: a2.id, date: '2025-03-20', amount: 300_000 },
    { chapterId: commune.branch.id, date: '2025-10-10', amount: 1_500_000 },
    { memberId: b1.id, date: '2025-03-09', amount: 100_000 },
  ]) {
    await ok(env.h, GIVE, { input: { campaignId: campaign.id, ...gift } }, o);
  }

  // Groups: a VBSP group in 25222 since 2024 (a1), a CEP group formed 2025-05-15 (a2, a1); a VBSP group in 25195
  // formed after 9M.
  const group = (
    chapterId: string,
    name: string,
    lender: string,
    leader: string,
    others: string[],
    formedOn: string,
  ) =>
    ok(
      env.h,
      FORM_GROUP,
      {
        input: {
          chapterId,
          name,
          lender,
          leaderMemberId: leader,
          memberIds: others,
          meetingFrequency: 'MONTHLY',
          meetingDay: 10,
          formedOn,
        },
      },
      o,
    );
  await group(commune.id, 'Tổ VBSP 1', 'VBSP', a1.id, [], '2024-06-01');
  await group(commune.id, 'Nhóm CEP 1', 'CEP', a2.id, [a1.id], '2025-05-15');
  await group(ward.id, 'Tổ VBSP 2', 'VBSP', b1.id, [], '2025-10-01');

  // Support: in 25222 a scholarship (Feb) and a livelihood gift (Aug) to one household, a house in November; in
  // 25195 a vocational training in May.
  const give = (chapterId: string, kind: string, householdId: string, date: string, value: number) =>
    ok(env.h, SUPPORT, { input: { chapterId, kind, householdId, date, value } }, o);
  await give(commune.id, 'SCHOLARSHIP', a1.householdId, '2025-02-14', 2_000_000);
  await give(commune.branch.id, 'LIVELIHOOD_GIFT', a1.householdId, '2025-08-01', 5_000_000);
  await give(commune.id, 'HOUSE', a2.householdId, '2025-11-01', 60_000_000);
  await give(ward.id, 'VOCATIONAL_TRAINING', b1.householdId, '2025-05-05', 1_500_000);
});

describe("the Women's Union figures of an area and period", () => {
  it('counts a commune by hand', async () => {
    expect(await figuresOf(COMMUNE, '2025-9M')).toEqual({
      stocksAsOf: '2025-09-30',
      fiveNoThreeClean: {
        year: 2025,
        pledges: 1, // the 2024 pledge is another year
        targetHouseholds: 10,
        householdsPledged: 3, // h1, h2, h3; h4 was added on 10 October
        householdsReviewed: 3,
        householdsMeetingAllCriteria: 2, // h1 (latest 10 Sep), h3; h2's latest by 30 Sep misses "clean alley"
        householdsMeetingNoHungerOrPoverty: 3,
        achievedPercent: 20, // 2 / 10
      },
      savingsDay: {
        collectedAmount: 500_000, // 200 000 + 300 000; the branch's 1 500 000 came on 10 October
        contributions: 2,
        contributingMembers: 2,
        yearToDateAmount: 500_000,
        targetAmount: 4_000_000, // the commune's; its branch's 1M is a share of it
        achievedPercent: 12.5, // 500 000 / 4 000 000
      },
      savingsLoanGroups: {
        groups: 2,
        groupsFormed: 1, // the CEP group in May
        members: 2, // a1 (in both), a2
        byLender: [
          { lender: 'CEP', groups: 1, groupsFormed: 1, members: 2 },
          { lender: 'VBSP', groups: 1, groupsFormed: 0, members: 1 },
        ],
      },
      support: {
        activities: 2, // the house came in November
        households: 1,
        value: 7_000_000, // 2 000 000 + 5 000 000
        byKind: [
          { kind: 'LIVELIHOOD_GIFT', activities: 1, households: 1, value: 5_000_000 },
          { kind: 'SCHOLARSHIP', activities: 1, households: 1, value: 2_000_000 },
        ],
      },
      membership: { members: 2, joined: 2, left: 1 }, // a1, a2 on 30 Sep; a2, a3 joined; a3 left
    });
  });

  it('counts only records dated in the period, stocks on its last day', async () => {
    const q3 = await figuresOf(COMMUNE, '2025-Q3');
    expect(q3.savingsDay).toMatchObject({ collectedAmount: 0, contributions: 0, yearToDateAmount: 500_000 });
    expect(q3.support).toMatchObject({ activities: 1, value: 5_000_000 });
    expect(q3.savingsLoanGroups).toMatchObject({ groups: 2, groupsFormed: 0 });
    expect(q3.membership).toEqual({ members: 2, joined: 0, left: 1 });
    const q4 = await figuresOf(COMMUNE, '2025-Q4');
    expect(q4.fiveNoThreeClean).toMatchObject({ householdsPledged: 4, householdsMeetingAllCriteria: 3 });
    expect(q4.savingsDay).toMatchObject({ collectedAmount: 1_500_000, yearToDateAmount: 2_000_000 });
    expect(q4.support).toMatchObject({ activities: 1, value: 60_000_000 });
    expect((await figuresOf(COMMUNE, '2026')).stocksAsOf).toBe(todayInVietnam()); // a period still running
  });

  it("adds a province up from its communes; its savings target is the province union's", async () => {
    const [prov, a, b] = (
      await areas([rep(PROVINCE, '2025-9M'), rep(COMMUNE, '2025-9M'), rep(WARD, '2025-9M')])
    ).figures;
    expect(additive(prov)).toEqual(sum([additive(a), additive(b)]));
    expect(prov.fiveNoThreeClean).toMatchObject({ targetHouseholds: 14, householdsMeetingAllCriteria: 3 });
    expect(prov.fiveNoThreeClean.achievedPercent).toBe(21.43); // 3 / 14 = 21.428…
    expect(prov.savingsDay).toMatchObject({
      collectedAmount: 600_000,
      targetAmount: 40_000_000,
      achievedPercent: 1.5,
    });
    expect(b.savingsDay).toMatchObject({ targetAmount: 3_000_000, achievedPercent: 3.33 }); // 100 000 / 3M
  });

  it('answers for Bình Phước (70), retired in 2025, with the records of the forty communes that took it over', async () => {
    expect(await successorsOf(areaAdapter, '70')).toHaveLength(40);
    const old = await figuresOf('70', '2025-9M');
    expect(old.membership.members).toBe(3);
    // No union worked on unit 70: its target is the communes' (4M + 3M), not the Đồng Nai union's 40M.
    expect(old.savingsDay.targetAmount).toBe(7_000_000);
  });

  it('shows counts to another organisation under the threshold rule, and a commune officer her commune', async () => {
    const labour = await areas([rep(PROVINCE, '2025-9M')], env.t.labour);
    expect(labour.errors).toBeUndefined();
    // Another organisation reads them under the threshold rule: three members are fewer than five.
    expect(labour.figures[0].membership.members).toBeNull();
    expect((await figuresOf(COMMUNE, '2025-9M', env.t.communeOfficer)).membership.members).toBe(2);
  });
});

describeRetiredUnits(subgraph, {
  ...areaAdapter,
  token: () => env.t.officer,
  retired: [{ unitCode: '70', period: '2025-9M' }],
  additive,
  afterEnd: { unitCode: '70', period: '2026-Q1' },
});
describeAreaScope(subgraph, {
  ...areaAdapter,
  inside: { unitCode: PROVINCE, period: '2025-9M' },
  // her commune is one of the forty successors of 70
  narrow: {
    units: [COMMUNE],
    outside: [PROVINCE, '70'].map((unitCode) => ({ unitCode, period: '2025-9M' })),
  },
  section: 'WOMENS_UNION_PROGRESS',
});
describeStatementCounts(subgraph, {
  ...areaAdapter,
  token: () => env.t.officer,
  periods: ['2025-9M', '2025-Q3'],
  units: async () => [
    PROVINCE,
    ...(
      await env.h.dataSource.query(
        `SELECT code FROM unit_tree WHERE parent_code = '75' AND valid_to IS NULL ORDER BY code LIMIT 24`,
      )
    ).map((r: { code: string }) => r.code),
  ],
});

describe("the union's writes and the 2025 reform", () => {
  it('refuses chapters on units retired in 2025 and writes nothing', async () => {
    const before = await counts(env.h);
    for (const input of [
      { level: 'DISTRICT', unitCode: '731', parentId: province.id, name: 'Hội LHPN thành phố Biên Hòa' },
      { level: 'PROVINCE', unitCode: '70', name: 'Hội LHPN tỉnh Bình Phước' },
    ]) {
      const res = await env.h.query(
        `mutation($input: CreateWomensUnionChapterInput!) { createWomensUnionChapter(input: $input) { id } }`,
        { input },
        env.t.officer,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' });
      expect(res.errors?.[0]?.message).toMatch(/retired on 2025-06-30/);
    }
    expect(await counts(env.h)).toEqual(before);
    // A 2025 commune that took over part of Biên Hòa (731) is fine.
    expect(
      await chapter(env.h, env.t.officer, {
        level: 'COMMUNE',
        unitCode: '26005',
        parentId: province.id,
        name: 'Hội LHPN phường Hố Nai',
      }),
    ).toMatchObject({ unitCode: '26005' });
  });
});

describeAreaReportVersions(subgraph, {
  ...areaAdapter,
  figures: 'support { value activities }',
  tokens: () => env.t,
  section: 'WOMENS_UNION_PROGRESS',
  otherSection: 'UNION_CARE',
  area: { unitCode: WARD, period: '2025-9M' },
  spare: { unitCode: COMMUNE, period: '2025-Q1' },
  // The ward's vocational training of May (1,500,000); a livelihood gift of 1,000,000 in September after it.
  draft: { support: { value: 1_500_000, activities: 1 } },
  recordAfterDraft: async () => {
    await ok(
      env.h,
      SUPPORT,
      {
        input: {
          chapterId: ward.branch.id,
          kind: 'LIVELIHOOD_GIFT',
          householdId: randomUUID(),
          date: '2025-09-15',
          value: 1_000_000,
        },
      },
      env.t.officer,
    );
  },
});

describe("the union's report sections", () => {
  const prepare = (
    unitCode: string,
    period: string,
    token = env.t.officer,
    section = 'WOMENS_UNION_PROGRESS',
  ) => env.h.query(PREPARE, { section, unitCode, period }, token);

  it('moves the area by the support recorded after the first draft, and lists both versions', async () => {
    expect((await figuresOf(WARD, '2025-9M')).support).toMatchObject({ value: 2_500_000, activities: 2 });
    const versions = (
      await ok(
        env.h,
        `query { womensUnionAreaReports(unitCode: "75", period: "2025") { version status } }`,
        {},
        env.t.officer,
      )
    ).womensUnionAreaReports;
    expect(versions).toEqual([
      { version: 2, status: 'ACCEPTED' },
      { version: 1, status: 'RETURNED' },
    ]);
  });

  it('counts its expected reports on time, late, missing and not yet due', async () => {
    const o = env.t.officer;
    for (const period of ['2025-Q1', '2026']) {
      const draft = (await prepare(COMMUNE, period)).data!.prepareWomensUnionAreaReport;
      await ok(env.h, SUBMIT, { id: draft.id }, o);
    }
    const expected = (section: string, unitCode: string, period: string, dueOn: string) => ({
      section,
      unitCode,
      period,
      dueOn,
    });
    const res = await env.h.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaPeriod { womensUnionReporting {
        expected submitted onTime late missing notYetDue accepted returned
        reports { unitCode period timeliness status version } } } } }`,
      {
        r: [
          {
            ...rep(PROVINCE, '2025'),
            reportsExpected: [
              expected('WOMENS_UNION_PROGRESS', COMMUNE, '2025-Q1', '2025-04-05'), // submitted today: late
              expected('WOMENS_UNION_PROGRESS', WARD, '2025-Q1', '2025-04-05'), // missing
              expected('WOMENS_UNION_PROGRESS', WARD, '2025-9M', '2025-10-05'), // late, accepted
              expected('UNION_CARE', COMMUNE, '2025-Q1', '2025-04-05'), // the Labour Union's
            ],
          },
          {
            ...rep(PROVINCE, '2026'),
            reportsExpected: [
              expected('WOMENS_UNION_PROGRESS', COMMUNE, '2026', '2027-01-05'), // on time
              expected('WOMENS_UNION_PROGRESS', WARD, '2026', '2027-01-05'), // not yet due
            ],
          },
        ],
      },
      env.t.viewer,
    );
    expect(res.errors).toBeUndefined();
    const [y2025, y2026] = res.data!._entities.map((e: any) => e.womensUnionReporting);
    expect(y2025).toMatchObject({
      expected: 3,
      submitted: 2,
      onTime: 0,
      late: 2,
      missing: 1,
      notYetDue: 0,
      accepted: 1,
      returned: 0,
    });
    expect(y2025.reports.map((r: any) => [r.unitCode, r.period, r.timeliness, r.status, r.version])).toEqual([
      [COMMUNE, '2025-Q1', 'LATE', 'SUBMITTED', 1],
      [WARD, '2025-Q1', 'MISSING', null, null],
      [WARD, '2025-9M', 'LATE', 'ACCEPTED', 2],
    ]);
    expect(y2026).toMatchObject({ expected: 2, submitted: 1, onTime: 1, late: 0, missing: 0, notYetDue: 1 });
  });
});
