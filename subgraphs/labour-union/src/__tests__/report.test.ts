import { dongNaiTree, member, ok, useSubgraph, WARD, type TestMember } from './fixtures';

const env = useSubgraph();
let tree: Awaited<ReturnType<typeof dongNaiTree>>;
const m = {} as Record<'w1' | 'w2' | 'c1' | 'c2', TestMember>;

const run = (query: string, input: Record<string, unknown>) => ok(env.h, query, { input }, env.t.officer);
const PLAN = `mutation($input: RecordCarePlanInput!) { recordCarePlan(input: $input) { id } }`;
const HOUSE = `mutation($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) { id } }`;
const CARE = `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`;
const GIFT = `mutation($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`;

beforeAll(async () => {
  tree = await dongNaiTree(env.h, env.t.officer);
  const [ward, commune] = [tree.ward.id, tree.commune.id];
  m.w1 = await member(env.h, env.t.officer, ward);
  m.w2 = await member(env.h, env.t.officer, ward);
  m.c1 = await member(env.h, env.t.officer, commune);
  m.c2 = await member(env.h, env.t.officer, commune, {}, false);
  const plan = (who: TestMember, org: string, listedStatus: string) =>
    run(PLAN, {
      householdId: who.householdId,
      unionOrganisationId: org,
      listedStatus,
      listedDate: '2024-01-01',
    });
  await plan(m.w1, tree.zone.id, 'POOR');
  const { recordCarePlan: closing } = await plan(m.w2, ward, 'POOR');
  await ok(
    env.h,
    `mutation($id: ID!) { closeCarePlan(id: $id, closedDate: "2024-06-30") { id } }`,
    { id: closing.id },
    env.t.officer,
  );
  await plan(m.c1, commune, 'NEAR_POOR');

  const house = (
    who: TestMember,
    org: string,
    kind: string,
    grantAmount: number,
    fundingSource: string,
    dates: object,
  ) => run(HOUSE, { memberId: who.id, unionOrganisationId: org, kind, grantAmount, fundingSource, ...dates });
  await house(m.w1, ward, 'BUILD', 60_000_000, 'FOR_THE_POOR_FUND', {
    status: 'APPROVED',
    approvedDate: '2024-10-25',
  });
  await house(m.w2, ward, 'REPAIR', 20_000_000, 'FOR_THE_POOR_FUND', {
    status: 'COMPLETED',
    approvedDate: '2024-03-01',
    completedDate: '2024-05-01',
  });
  await house(m.c1, commune, 'BUILD', 70_000_000, 'UNION_FUND', {
    status: 'APPROVED',
    approvedDate: '2024-06-01',
  });
  await house(m.c2, commune, 'REPAIR', 15_000_000, 'FOR_THE_POOR_FUND', { status: 'PROPOSED' });

  const care = (
    who: TestMember,
    org: string,
    kind: string,
    date: string,
    value: number,
    fundingSource: string,
    sponsorName?: string,
  ) =>
    run(CARE, { memberId: who.id, unionOrganisationId: org, kind, date, value, fundingSource, sponsorName });
  await care(m.w1, ward, 'VISIT', '2024-11-01', 500_000, 'FOR_THE_POOR_FUND');
  await care(m.w2, ward, 'TET_GIFT', '2024-02-01', 1_234_500, 'FOR_THE_POOR_FUND');
  await care(m.c1, commune, 'TET_GIFT', '2024-02-01', 800_000, 'UNION_FUND');
  await care(m.c1, commune, 'HOLIDAY_GIFT', '2024-04-30', 300_000, 'SPONSOR', 'Công ty CP Gỗ Tân Mai');

  await run(GIFT, { unionOrganisationId: ward, date: '2024-10-20', contributors: 100, amount: 12_345_678 });
  await run(GIFT, { unionOrganisationId: commune, date: '2024-11-10', contributors: 50, amount: 5_000_500 });
  await run(GIFT, { unionOrganisationId: ward, date: '2023-11-01', contributors: 10, amount: 1_000_000 });
});

const FUND = `query($org: ID, $unit: String, $period: PeriodCode!) {
  unionFundReport(unionOrganisationId: $org, unitCode: $unit, period: $period) {
    period dueDate campaignStartDate campaignEndDate rows { line number valueVnd valueMillionVnd note } } }`;
const rowsOf = async (vars: Record<string, unknown>, token = env.t.viewer) =>
  (await ok(env.h, FUND, vars, token)).unionFundReport;
const row = (line: string, number: number, valueVnd: number, valueMillionVnd: number) =>
  expect.objectContaining({ line, number, valueVnd, valueMillionVnd });

describe('the For-the-Poor campaign report (seed 001)', () => {
  it('computes rows 1, 2, 2.1 and 2.2 for the province federation and every union below it', async () => {
    const report = await rowsOf({ org: tree.province.id, period: '2024' });
    expect(report).toMatchObject({
      period: '2024',
      dueDate: '2024-11-30',
      campaignStartDate: '2024-10-17',
      campaignEndDate: '2024-11-18',
    });
    expect(report.rows).toEqual([
      row('1', 150, 17_346_178, 17.346),
      row('2', 4, 81_734_500, 81.735),
      row('2.1', 2, 80_000_000, 80),
      row('2.2', 2, 1_734_500, 1.735),
    ]);
    expect(report.rows.map((r: { note: string }) => r.note)).toEqual([
      '2 lần nộp quỹ, 2 công đoàn',
      null,
      '1 xây mới, 1 sửa chữa',
      '1 lượt thăm, 1 suất quà',
    ]);
  });

  it('narrows to a union organisation, a unit or a quarter; only yearly reports have the 30 November date', async () => {
    const commune = await rowsOf({ org: tree.commune.id, period: '2024' });
    expect(commune.rows).toEqual([
      row('1', 50, 5_000_500, 5.001),
      row('2', 0, 0, 0),
      row('2.1', 0, 0, 0),
      row('2.2', 0, 0, 0),
    ]);
    const ward = await rowsOf({ unit: WARD, period: '2024' });
    expect(ward.rows[0]).toEqual(row('1', 100, 12_345_678, 12.346));
    expect(ward.rows[1]).toEqual(row('2', 4, 81_734_500, 81.735));
    const quarter = await rowsOf({ unit: '75', period: '2024-Q4' });
    expect(quarter.dueDate).toBeNull();
    expect(quarter.rows.slice(2)).toEqual([row('2.1', 1, 60_000_000, 60), row('2.2', 1, 500_000, 0.5)]);
    expect((await rowsOf({ org: tree.province.id, period: '2023' })).rows[0]).toEqual(
      row('1', 10, 1_000_000, 1),
    );
  });

  it('is read by any organisation inside its units, and refused outside them or without exactly one scope', async () => {
    expect((await rowsOf({ unit: '75', period: '2024' }, env.t.pc)).rows[0].number).toBe(150);
    for (const vars of [{ org: tree.province.id }, { unit: '75' }]) {
      const res = await env.h.query(FUND, { ...vars, period: '2024' }, env.t.hcmcOfficer);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const vars of [{}, { org: tree.province.id, unit: '75' }]) {
      const res = await env.h.query(FUND, { ...vars, period: '2024' }, env.t.viewer);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'unionOrganisationId',
      });
    }
  });
});

const CARE_REPORT = `query($org: ID, $unit: String, $period: PeriodCode!) {
  unionCareReport(unionOrganisationId: $org, unitCode: $unit, period: $period) {
    householdsWithPlans poorHouseholdsListed nearPoorHouseholdsListed membersInPlannedHouseholds
    householdsReached membersReached care { number valueVnd valueMillionVnd }
    careByKind { kind number valueVnd } careByFundingSource { fundingSource number valueVnd }
    housesApproved { number valueVnd } housesCompleted { number valueVnd } fundGifts { number valueVnd } } }`;

describe('the care report to the city federation (seed 000)', () => {
  it('counts planned households, members, care by kind and source, houses and gifts for a period', async () => {
    const { unionCareReport: year } = await ok(
      env.h,
      CARE_REPORT,
      { org: tree.province.id, period: '2024' },
      env.t.viewer,
    );
    expect(year).toEqual({
      householdsWithPlans: 3,
      poorHouseholdsListed: 2,
      nearPoorHouseholdsListed: 1,
      membersInPlannedHouseholds: 3,
      householdsReached: 3,
      membersReached: 3,
      care: { number: 4, valueVnd: 2_834_500, valueMillionVnd: 2.835 },
      careByKind: [
        { kind: 'VISIT', number: 1, valueVnd: 500_000 },
        { kind: 'TET_GIFT', number: 2, valueVnd: 2_034_500 },
        { kind: 'HOLIDAY_GIFT', number: 1, valueVnd: 300_000 },
        { kind: 'OTHER', number: 0, valueVnd: 0 },
      ],
      careByFundingSource: [
        { fundingSource: 'UNION_FUND', number: 1, valueVnd: 800_000 },
        { fundingSource: 'FOR_THE_POOR_FUND', number: 2, valueVnd: 1_734_500 },
        { fundingSource: 'SPONSOR', number: 1, valueVnd: 300_000 },
      ],
      housesApproved: { number: 3, valueVnd: 150_000_000 },
      housesCompleted: { number: 1, valueVnd: 20_000_000 },
      fundGifts: { number: 150, valueVnd: 17_346_178 },
    });
  });

  it('leaves out plans closed before the quarter and care outside it', async () => {
    const { unionCareReport: q3 } = await ok(
      env.h,
      CARE_REPORT,
      { unit: '75', period: '2024-Q3' },
      env.t.viewer,
    );
    expect(q3).toMatchObject({
      householdsWithPlans: 2,
      membersInPlannedHouseholds: 2,
      householdsReached: 0,
      care: { number: 0, valueVnd: 0, valueMillionVnd: 0 },
      housesApproved: { number: 0, valueVnd: 0 },
    });
  });
});
