import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@chung-tay/common';
import { count, dongNaiTree, member, ok, organisation, useSubgraph, WARD, type TestMember } from './fixtures';

const env = useSubgraph();
let tree: Awaited<ReturnType<typeof dongNaiTree>>;
let worker: TestMember;
beforeAll(async () => {
  tree = await dongNaiTree(env.h, env.t.officer);
  worker = await member(env.h, env.t.officer, tree.ward.id, { fullName: 'Lê Thị Hoa' });
});

const PLAN = `mutation Plan($input: RecordCarePlanInput!) { recordCarePlan(input: $input) {
  id status listedStatus listedDate household { id } members { id } unionOrganisation { id } } }`;
const CARE = `mutation Care($input: RecordCareActivityInput!) { recordCareActivity(input: $input) {
  id kind date value fundingSource householdId member { id } household { id } programme { id } } }`;
const HOUSE = `mutation House($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) {
  id status kind grantAmount approvedDate completedDate householdId member { id } } }`;
const GIFT = `mutation Gift($input: RecordFundGiftInput!) { recordFundGift(input: $input) {
  id campaignYear date contributors amount unionOrganisation { id } } }`;

const care = (overrides: Record<string, unknown> = {}) => ({
  kind: 'TET_GIFT',
  date: '2025-01-20',
  unionOrganisationId: tree.zone.id,
  memberId: worker.id,
  value: 1_000_000,
  fundingSource: 'UNION_FUND',
  occasion: 'Tết Ất Tỵ 2025',
  ...overrides,
});

/** Expects BAD_USER_INPUT naming `field`, and no new row in `table`. */
async function refused(
  mutation: string,
  input: Record<string, unknown>,
  table: string,
  field: string,
  message?: RegExp,
) {
  const before = await count(env.h, table);
  const res = await env.h.query(mutation, { input }, env.t.officer);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(res.errors![0]!.extensions)).toContain(field);
  if (message) expect(res.errors![0]!.message).toMatch(message);
  expect(await count(env.h, table)).toBe(before);
}

describe('care plans', () => {
  it("plans care for a listed household where a member of the organisation's tree lives", async () => {
    const input = {
      householdId: worker.householdId,
      unionOrganisationId: tree.province.id,
      listedStatus: 'POOR',
      listedDate: '2024-01-01',
      listReference: '42206/SLĐTBXH-VPB',
      goals: 'Thăm hỏi dịp Tết; xét hỗ trợ Mái ấm công đoàn',
    };
    const data = await ok(env.h, PLAN, { input }, env.t.officer);
    expect(data.recordCarePlan).toMatchObject({
      status: 'ACTIVE',
      listedStatus: 'POOR',
      household: { id: worker.householdId },
      members: [{ id: worker.id }],
    });
    const again = await env.h.query(PLAN, { input }, env.t.officer);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.listedDate' });
  });

  it("refuses a household without a member of the organisation's tree, and a future list", async () => {
    const base = {
      unionOrganisationId: tree.commune.id,
      listedStatus: 'NEAR_POOR',
      listedDate: '2024-01-01',
    };
    await refused(
      PLAN,
      { ...base, householdId: worker.householdId },
      'care_plan',
      'input.householdId',
      /no member/,
    );
    await refused(PLAN, { ...base, householdId: randomUUID() }, 'care_plan', 'input.householdId');
    await refused(
      PLAN,
      {
        ...base,
        unionOrganisationId: tree.zone.id,
        householdId: worker.householdId,
        listedDate: '2999-01-01',
      },
      'care_plan',
      'input.listedDate',
      /future/,
    );
  });

  it('closes a plan once, not before its list', async () => {
    const m = await member(env.h, env.t.officer, tree.commune.id);
    const input = {
      householdId: m.householdId,
      unionOrganisationId: tree.commune.id,
      listedStatus: 'NEAR_POOR',
      listedDate: '2024-01-01',
    };
    const { recordCarePlan: plan } = await ok(env.h, PLAN, { input }, env.t.officer);
    const CLOSE = `mutation($id: ID!, $d: LocalDate!) { closeCarePlan(id: $id, closedDate: $d, reason: "Hộ đã thoát nghèo") {
      status closedDate closedReason } }`;
    const early = await env.h.query(CLOSE, { id: plan.id, d: '2023-12-31' }, env.t.officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ field: 'closedDate' });
    const closed = await ok(env.h, CLOSE, { id: plan.id, d: '2025-12-01' }, env.t.officer);
    expect(closed.closeCarePlan).toEqual({
      status: 'CLOSED',
      closedDate: '2025-12-01',
      closedReason: 'Hộ đã thoát nghèo',
    });
    const twice = await env.h.query(CLOSE, { id: plan.id, d: '2025-12-02' }, env.t.officer);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('care activities', () => {
  it("records a gift to a member and files it under the member's household", async () => {
    const programmeId = randomUUID();
    const data = await ok(env.h, CARE, { input: care({ programmeId }) }, env.t.officer);
    expect(data.recordCareActivity).toMatchObject({
      kind: 'TET_GIFT',
      value: 1_000_000,
      householdId: worker.householdId,
      member: { id: worker.id },
      household: { id: worker.householdId },
      programme: { id: programmeId },
    });
  });

  it('records a visit to a household by its id when a member of the tree lives there', async () => {
    const input = care({
      kind: 'VISIT',
      memberId: null,
      householdId: worker.householdId,
      fundingSource: 'FOR_THE_POOR_FUND',
    });
    const data = await ok(env.h, CARE, { input }, env.t.officer);
    expect(data.recordCareActivity).toMatchObject({
      kind: 'VISIT',
      member: null,
      householdId: worker.householdId,
    });
  });

  it.each([
    ['no member and no household', { memberId: null }, 'input.memberId', /name the member/],
    [
      'a member outside the giving organisation',
      { unionOrganisationId: 'commune' },
      'input.memberId',
      /does not belong/,
    ],
    [
      'a household that is not the member’s',
      { householdId: randomUUID() },
      'input.householdId',
      /linked to household/,
    ],
    ['a sponsor without a name', { fundingSource: 'SPONSOR' }, 'input.sponsorName', /sponsor/],
    ['a sponsor name for union money', { sponsorName: 'Công ty ABC' }, 'input.sponsorName', /SPONSOR/],
    ['a future date', { date: '2999-01-01' }, 'input.date', /future/],
    ['a value of 0 đồng', { value: 0 }, 'input.value', /more than 0/],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field, message) => {
    const input = care(overrides);
    if ('unionOrganisationId' in overrides) input.unionOrganisationId = tree.commune.id;
    await refused(CARE, input, 'care_activity', field, message);
  });

  it('refuses care dated after the member left the union', async () => {
    const m = await member(env.h, env.t.officer, tree.ward.id);
    await ok(
      env.h,
      `mutation($id: ID!) { updateUnionMember(id: $id, input: { status: LEFT, statusDate: "2024-12-31" }) { id } }`,
      { id: m.id },
      env.t.officer,
    );
    await refused(CARE, care({ memberId: m.id }), 'care_activity', 'input.memberId', /left the union/);
    await ok(env.h, CARE, { input: care({ memberId: m.id, date: '2024-02-01' }) }, env.t.officer);
  });

  it('lists care by period, kind and funding source, newest first', async () => {
    const LIST = `query($filter: CareActivityFilter) { careActivities(filter: $filter) { totalCount nodes { date kind } } }`;
    const list = async (filter: Record<string, unknown>) =>
      (await ok(env.h, LIST, { filter }, env.t.viewer)).careActivities;
    const year = await list({ period: '2025', unionOrganisationId: tree.province.id });
    expect(year.totalCount).toBe(2);
    expect((await list({ period: '2025-Q1', kind: ['VISIT'] })).totalCount).toBe(1);
    expect((await list({ fundingSource: ['FOR_THE_POOR_FUND'] })).totalCount).toBe(1);
    // Care counts where the giving organisation is placed: the industrial-zone union sits on the province.
    expect((await list({ unitCode: WARD })).totalCount).toBe(0);
    expect((await list({ unitCode: '75' })).totalCount).toBe((await list({})).totalCount);
    const dates = (await list({})).nodes.map((n: { date: string }) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('union houses', () => {
  let builder: TestMember;
  beforeAll(async () => {
    builder = await member(env.h, env.t.officer, tree.ward.id, { fullName: 'Phạm Văn Tài' });
  });
  const house = (overrides: Record<string, unknown> = {}) => ({
    memberId: builder.id,
    unionOrganisationId: tree.province.id,
    kind: 'BUILD',
    grantAmount: 60_000_000,
    fundingSource: 'FOR_THE_POOR_FUND',
    status: 'APPROVED',
    approvedDate: '2024-10-20',
    ...overrides,
  });

  it.each([
    ['an approval without its date', { approvedDate: null }, 'input.approvedDate'],
    [
      'a hand-over before the approval',
      { status: 'COMPLETED', completedDate: '2024-09-01' },
      'input.completedDate',
    ],
    ['a grant of 0 đồng', { grantAmount: 0 }, 'input.grantAmount'],
    ['a member outside the granting organisation', { unionOrganisationId: 'commune' }, 'input.memberId'],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field) => {
    const input = house(overrides);
    if ('unionOrganisationId' in overrides) input.unionOrganisationId = tree.commune.id;
    await refused(HOUSE, input, 'union_house', field);
  });

  it('records a grant, hands the house over and keeps one build per household', async () => {
    const { recordUnionHouse: grant } = await ok(env.h, HOUSE, { input: house() }, env.t.officer);
    expect(grant).toMatchObject({
      status: 'APPROVED',
      householdId: builder.householdId,
      member: { id: builder.id },
    });
    const second = await env.h.query(
      HOUSE,
      { input: house({ kind: 'REPAIR', grantAmount: 20_000_000 }) },
      env.t.officer,
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.memberId' });
    const UPDATE = `mutation($id: ID!, $input: UpdateUnionHouseInput!) { updateUnionHouse(id: $id, input: $input) {
      status completedDate } }`;
    const backwards = await env.h.query(
      UPDATE,
      { id: grant.id, input: { status: 'PROPOSED' } },
      env.t.officer,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ field: 'input.status' });
    const undated = await env.h.query(
      UPDATE,
      { id: grant.id, input: { status: 'COMPLETED' } },
      env.t.officer,
    );
    expect(undated.errors?.[0]?.extensions).toMatchObject({ field: 'input.completedDate' });
    const done = await ok(
      env.h,
      UPDATE,
      { id: grant.id, input: { status: 'COMPLETED', completedDate: '2025-01-15' } },
      env.t.officer,
    );
    expect(done.updateUnionHouse).toEqual({ status: 'COMPLETED', completedDate: '2025-01-15' });
    const rebuild = await env.h.query(HOUSE, { input: house({ approvedDate: '2025-02-01' }) }, env.t.officer);
    expect(rebuild.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.memberId' });
    const repair = await ok(
      env.h,
      HOUSE,
      { input: house({ kind: 'REPAIR', grantAmount: 25_000_000, status: 'PROPOSED', approvedDate: null }) },
      env.t.officer,
    );
    expect(repair.recordUnionHouse).toMatchObject({ status: 'PROPOSED', approvedDate: null });
    const LIST = `query($filter: UnionHouseFilter) { unionHouses(filter: $filter) { totalCount nodes { status } } }`;
    const all = (await ok(env.h, LIST, { filter: { householdId: builder.householdId } }, env.t.viewer))
      .unionHouses;
    expect(all.nodes.map((n: { status: string }) => n.status)).toEqual(['PROPOSED', 'COMPLETED']);
    const approved = await ok(
      env.h,
      LIST,
      { filter: { approvedIn: '2024-Q4', status: ['COMPLETED'] } },
      env.t.viewer,
    );
    expect(approved.unionHouses.totalCount).toBe(1);
  });
});

describe('fund gifts', () => {
  const gift = (overrides: Record<string, unknown> = {}) => ({
    unionOrganisationId: tree.ward.id,
    date: '2024-11-05',
    contributors: 120,
    amount: 18_500_000,
    ...overrides,
  });

  it('records gifts handed over during the campaign, its year taken from the date', async () => {
    const data = await ok(env.h, GIFT, { input: gift() }, env.t.officer);
    expect(data.recordFundGift).toMatchObject({ campaignYear: 2024, contributors: 120, amount: 18_500_000 });
    const last = await ok(
      env.h,
      GIFT,
      { input: gift({ date: '2025-11-18', campaignYear: 2025 }) },
      env.t.officer,
    );
    expect(last.recordFundGift.campaignYear).toBe(2025);
  });

  it.each([
    [
      'a day before the campaign',
      { date: '2024-10-16' },
      'input.date',
      /outside the 2024 campaign \(2024-10-17 to 2024-11-18\)/,
    ],
    ['a day after it', { date: '2024-11-19' }, 'input.date', /outside the 2024 campaign/],
    [
      "another year's campaign",
      { date: '2024-11-05', campaignYear: 2025 },
      'input.date',
      /outside the 2025 campaign/,
    ],
    ['no contributors', { contributors: 0 }, 'input.contributors', /at least 1/],
    ['a negative amount', { amount: -5 }, 'input.amount', /more than 0/],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field, message) => {
    await refused(GIFT, gift(overrides), 'fund_gift', field, message);
  });

  it('refuses a campaign date still to come', async () => {
    const year = Number(todayInVietnam().slice(0, 4)) + 1;
    await refused(GIFT, gift({ date: `${year}-11-01` }), 'fund_gift', 'input.date', /future/);
  });

  it('lists gifts by campaign and by organisation with those below it', async () => {
    const other = await organisation(env.h, env.t.officer, {
      level: 'GRASSROOTS_UNION',
      unitCode: WARD,
      parentId: tree.province.id,
    });
    await ok(env.h, GIFT, { input: gift({ unionOrganisationId: other.id }) }, env.t.officer);
    const LIST = `query($filter: FundGiftFilter) { fundGifts(filter: $filter) { totalCount } }`;
    const total = async (filter: Record<string, unknown>) =>
      (await ok(env.h, LIST, { filter }, env.t.viewer)).fundGifts.totalCount;
    expect(await total({ campaignYear: 2024 })).toBe(2);
    expect(await total({ unionOrganisationId: tree.zone.id })).toBe(2);
    expect(await total({ unionOrganisationId: tree.province.id, period: '2024-11' })).toBe(2);
  });
});

it('lets only Labour Union officers and admins write', async () => {
  for (const token of [env.t.viewer, env.t.pc]) {
    const res = await env.h.query(
      GIFT,
      { input: { unionOrganisationId: tree.ward.id, date: '2024-11-05', contributors: 1, amount: 1 } },
      token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});
