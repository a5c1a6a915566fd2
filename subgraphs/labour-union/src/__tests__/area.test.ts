import { randomUUID } from 'node:crypto';
import {
  describeAreaReportVersions,
  describeAreaScope,
  describeRetiredUnits,
  describeStatementCounts,
} from '@chung-tay/common/testing';
import { info } from '../info';
import {
  COMMUNE,
  count,
  dongNaiTree,
  member,
  ok,
  organisation,
  useSubgraph,
  WARD,
  type TestMember,
} from './fixtures';

const env = useSubgraph();
/** A ward of Biên Hòa: one of the 2025 units that took over district 731. */
const BIEN_HOA = '25993';
let tree: Awaited<ReturnType<typeof dongNaiTree>>;
let bienHoa: { id: string };
const m = {} as Record<'w1' | 'w2' | 'w3' | 'w4' | 'w5' | 'w6' | 'c1' | 'c2' | 'b1', TestMember>;

const run = (query: string, input: Record<string, unknown>) => ok(env.h, query, { input }, env.t.officer);
const PLAN = `mutation($input: RecordCarePlanInput!) { recordCarePlan(input: $input) { id } }`;
const HOUSE = `mutation($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) { id } }`;
const CARE = `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`;
const GIFT = `mutation($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`;

const plan = (who: TestMember, org: string, listedStatus: string, listedDate = '2024-01-01') =>
  run(PLAN, { householdId: who.householdId, unionOrganisationId: org, listedStatus, listedDate });
const care = (who: TestMember, org: string, kind: string, date: string, value: number, source: string) =>
  run(CARE, {
    memberId: who.id,
    unionOrganisationId: org,
    kind,
    date,
    value,
    fundingSource: source,
    ...(source === 'SPONSOR' ? { sponsorName: 'Công ty CP Gỗ Tân Mai' } : {}),
  });
const house = (
  who: TestMember,
  org: string,
  kind: string,
  grantAmount: number,
  source: string,
  dates: object,
) =>
  run(HOUSE, {
    memberId: who.id,
    unionOrganisationId: org,
    kind,
    grantAmount,
    fundingSource: source,
    ...dates,
  });
const gift = (org: string, date: string, contributors: number, amount: number) =>
  run(GIFT, { unionOrganisationId: org, date, contributors, amount });

beforeAll(async () => {
  tree = await dongNaiTree(env.h, env.t.officer);
  bienHoa = await organisation(env.h, env.t.officer, {
    level: 'GRASSROOTS_UNION',
    unitCode: BIEN_HOA,
    parentId: tree.province.id,
  });
  const [ward, commune] = [tree.ward.id, tree.commune.id];
  // Ward 25195: households H1 (w1, w2), H3 (w3), H4 (w4), H6 (w6); w5 is not linked to the register.
  m.w1 = await member(env.h, env.t.officer, ward);
  m.w2 = await member(env.h, env.t.officer, ward, { householdId: m.w1.householdId, personId: randomUUID() });
  m.w3 = await member(env.h, env.t.officer, ward);
  m.w4 = await member(env.h, env.t.officer, ward);
  m.w5 = await member(env.h, env.t.officer, ward, {}, false);
  m.w6 = await member(env.h, env.t.officer, ward);
  m.c1 = await member(env.h, env.t.officer, commune);
  m.c2 = await member(env.h, env.t.officer, commune);
  m.b1 = await member(env.h, env.t.officer, bienHoa.id);

  await plan(m.w1, tree.zone.id, 'POOR'); // H1 poor, held by the zone union (unit 75)
  const { recordCarePlan: h3 } = await plan(m.w3, ward, 'NEAR_POOR');
  await ok(
    env.h,
    `mutation($id: ID!) { closeCarePlan(id: $id, closedDate: "2024-06-30") { id } }`,
    { id: h3.id },
    env.t.officer,
  );
  await plan(m.w4, ward, 'NEAR_POOR'); // H4 near-poor on the list of 1 Jan 2024 …
  await plan(m.w4, ward, 'POOR', '2024-10-01'); // … poor on the list of 1 Oct 2024
  await plan(m.w6, ward, 'POOR');
  await plan(m.c1, commune, 'NEAR_POOR');
  await plan(m.b1, bienHoa.id, 'POOR');
  await ok(
    env.h,
    `mutation($id: ID!) { updateUnionMember(id: $id, input: { status: LEFT, statusDate: "2024-06-01" }) { id } }`,
    { id: m.w6.id },
    env.t.officer,
  );

  await care(m.w1, ward, 'VISIT', '2024-02-01', 500_000, 'FOR_THE_POOR_FUND');
  await care(m.w2, ward, 'TET_GIFT', '2024-02-01', 1_234_500, 'UNION_FUND');
  await care(m.w4, ward, 'HOLIDAY_GIFT', '2024-09-02', 300_000, 'SPONSOR');
  await care(m.w1, ward, 'TET_GIFT', '2025-01-20', 700_000, 'FOR_THE_POOR_FUND'); // outside 2024
  await care(m.c1, commune, 'OTHER', '2024-11-05', 2_000_000, 'FOR_THE_POOR_FUND');
  await care(m.b1, bienHoa.id, 'VISIT', '2024-03-10', 400_000, 'FOR_THE_POOR_FUND');

  await house(m.w1, ward, 'BUILD', 60_000_000, 'FOR_THE_POOR_FUND', {
    status: 'APPROVED',
    approvedDate: '2024-10-25',
  });
  await house(m.w3, ward, 'REPAIR', 20_000_000, 'FOR_THE_POOR_FUND', {
    status: 'COMPLETED',
    approvedDate: '2024-03-01',
    completedDate: '2024-05-01',
  });
  await house(m.w2, ward, 'REPAIR', 10_000_000, 'UNION_FUND', {
    status: 'COMPLETED',
    approvedDate: '2023-11-01', // approved outside 2024, handed over inside it
    completedDate: '2024-01-15',
  });
  await house(m.w4, ward, 'REPAIR', 15_000_000, 'UNION_FUND', { status: 'PROPOSED' }); // counts nowhere
  await house(m.c1, commune, 'BUILD', 70_000_000, 'UNION_FUND', {
    status: 'APPROVED',
    approvedDate: '2024-06-01',
  });

  await gift(ward, '2024-10-20', 100, 12_345_678);
  await gift(ward, '2023-11-01', 10, 1_000_000); // outside 2024
  await gift(commune, '2024-11-10', 50, 5_000_500);
  await gift(tree.zone.id, '2024-11-01', 30, 3_000_000); // on unit 75 itself: the province only
});

const SUMMABLE = `members { active linked inPoorHouseholds inNearPoorHouseholds inPoorOrNearPoorHouseholds
    poorHouseholds nearPoorHouseholds }
  care { number valueVnd householdsReached membersReached byKind { kind number valueVnd }
    byFundingSource { fundingSource number valueVnd } }
  houses { approved { number valueVnd built { number valueVnd } repaired { number valueVnd } }
    completed { number valueVnd built { number valueVnd } repaired { number valueVnd } } }
  fund { line number valueVnd }`;
const FIGURES = `asOf ${SUMMABLE.replace('fund { line number valueVnd }', 'fund { line number valueVnd valueMillionVnd note }')}`;
/** One figure set's part of FIGURES (`care { … }`), to ask for it alone. */
const selectionOf = (set: string) => {
  const start = FIGURES.indexOf(`${set} {`);
  let depth = 0;
  for (let i = FIGURES.indexOf('{', start); ; i++) {
    depth += FIGURES[i] === '{' ? 1 : FIGURES[i] === '}' ? -1 : 0;
    if (depth === 0) return FIGURES.slice(start, i + 1);
  }
};
const FIGURES_OF = Object.fromEntries(
  ['members', 'care', 'houses', 'fund'].map((set) => [set, selectionOf(set)]),
) as Record<'members' | 'care' | 'houses' | 'fund', string>;

type Area = { unitCode: string; period: string; reportsExpected?: unknown[] };
const ENTITIES = (fields: string) =>
  `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AreaPeriod { unitCode ${fields} } } }`;
const asReps = (areas: Area[]) => areas.map((a) => ({ __typename: 'AreaPeriod', ...a }));
const query = (areas: Area[], token = env.t.viewer, fields = `labourUnion { ${FIGURES} }`) =>
  env.h.query(ENTITIES(fields), { reps: asReps(areas) }, token);
async function figures(areas: Area[], fields = FIGURES) {
  const res = await query(areas, env.t.viewer, `labourUnion { ${fields} }`);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!._entities.map((e: { labourUnion: unknown }) => e.labourUnion);
}
const one = async (unitCode: string, period: string) => (await figures([{ unitCode, period }]))[0];

/** Adds figures field by field (lists position by position; names such as `kind` and `line` must agree). */
function add(a: any, b: any): any {
  if (typeof a === 'number') return a + b;
  if (Array.isArray(a)) return a.map((x, i) => add(x, b[i]));
  if (a && typeof a === 'object') return Object.fromEntries(Object.keys(a).map((k) => [k, add(a[k], b[k])]));
  expect(a).toBe(b);
  return a;
}
const fig = (number: number, valueVnd: number) => ({ number, valueVnd });
const flow = (total: [number, number], built: [number, number], repaired: [number, number]) => ({
  ...fig(...total),
  built: fig(...built),
  repaired: fig(...repaired),
});
const fundRow = (
  line: string,
  number: number,
  valueVnd: number,
  valueMillionVnd: number,
  note: string | null,
) => ({
  line,
  number,
  valueVnd,
  valueMillionVnd,
  note,
});

describe("the union's figures for an area and a period", () => {
  it('adds up the records of a ward for 2024 (hand-worked)', async () => {
    expect(await one(WARD, '2024')).toEqual({
      asOf: '2024-12-31',
      members: {
        active: 5, // w1–w5; w6 left on 2024-06-01
        linked: 4, // w1–w4; w5 is not linked
        inPoorHouseholds: 3, // w1, w2 (H1, poor) and w4 (H4: the list of 1 Oct 2024 says poor)
        inNearPoorHouseholds: 0, // H3's plan was closed on 2024-06-30
        inPoorOrNearPoorHouseholds: 3,
        poorHouseholds: 2, // H1, H4
        nearPoorHouseholds: 0,
      },
      care: {
        number: 3, // the Tết gift of 2025-01-20 is outside 2024
        valueVnd: 2_034_500, // 500,000 + 1,234,500 + 300,000
        householdsReached: 2, // H1 (w1, w2), H4
        membersReached: 3,
        byKind: [
          { kind: 'VISIT', ...fig(1, 500_000) },
          { kind: 'TET_GIFT', ...fig(1, 1_234_500) },
          { kind: 'HOLIDAY_GIFT', ...fig(1, 300_000) },
          { kind: 'OTHER', ...fig(0, 0) },
        ],
        byFundingSource: [
          { fundingSource: 'UNION_FUND', ...fig(1, 1_234_500) },
          { fundingSource: 'FOR_THE_POOR_FUND', ...fig(1, 500_000) },
          { fundingSource: 'SPONSOR', ...fig(1, 300_000) },
        ],
      },
      houses: {
        // approved in 2024: w1's new house 60,000,000 and w3's repair 20,000,000; w4's proposal counts nowhere
        approved: flow([2, 80_000_000], [1, 60_000_000], [1, 20_000_000]),
        // handed over in 2024: w3's repair 20,000,000 and w2's repair 10,000,000 (approved in 2023)
        completed: flow([2, 30_000_000], [0, 0], [2, 30_000_000]),
      },
      fund: [
        fundRow('1', 100, 12_345_678, 12.346, '1 lần nộp quỹ, 1 công đoàn'), // the 2023 gift is outside
        fundRow('2', 3, 80_500_000, 80.5, null), // 2.1 + 2.2
        fundRow('2.1', 2, 80_000_000, 80, '1 xây mới, 1 sửa chữa'), // houses from the fund approved in 2024
        fundRow('2.2', 1, 500_000, 0.5, '1 lượt thăm, 0 suất quà'), // care from the fund: w1's visit
      ],
    });
  });

  it('gives each figure set the same figures whatever else the query asks for', async () => {
    const all = await one(WARD, '2024');
    for (const set of ['members', 'care', 'houses', 'fund'] as const) {
      const alone = await figures([{ unitCode: WARD, period: '2024' }], FIGURES_OF[set]);
      expect([set, alone[0][set]]).toEqual([set, all[set]]);
    }
  });

  it('takes members as of the last day of the period: a member who left later still counts', async () => {
    expect((await one(WARD, '2024-Q1')).members).toEqual({
      active: 6, // w6 left after 2024-03-31
      linked: 5,
      inPoorHouseholds: 3, // w1, w2 (H1), w6 (H6)
      inNearPoorHouseholds: 2, // w3 (H3, plan not yet closed), w4 (H4: only the list of 1 Jan 2024 yet)
      inPoorOrNearPoorHouseholds: 5,
      poorHouseholds: 2,
      nearPoorHouseholds: 2,
    });
  });

  it('adds up a commune, with a value rounded to the thousand đồng in millions', async () => {
    const commune = await one(COMMUNE, '2024');
    expect(commune.members).toMatchObject({
      active: 2,
      linked: 2,
      inNearPoorHouseholds: 1,
      inPoorHouseholds: 0,
    });
    expect(commune.houses.approved).toEqual(flow([1, 70_000_000], [1, 70_000_000], [0, 0]));
    expect(commune.fund).toEqual([
      fundRow('1', 50, 5_000_500, 5.001, '1 lần nộp quỹ, 1 công đoàn'),
      fundRow('2', 1, 2_000_000, 2, null),
      fundRow('2.1', 0, 0, 0, null), // c1's house is paid by the union's own funds
      fundRow('2.2', 1, 2_000_000, 2, '0 lượt thăm, 1 suất quà'),
    ]);
  });

  it('rolls a province up from all its communes plus the records of the province unit itself', async () => {
    const communes: string[] = (
      await env.h.dataSource.query(
        `SELECT code FROM unit_tree WHERE parent_code = '75' AND valid_to IS NULL ORDER BY code`,
      )
    ).map((r: { code: string }) => r.code);
    expect(communes).toEqual(expect.arrayContaining([WARD, COMMUNE, BIEN_HOA]));
    const [province, ...parts] = await figures(
      [{ unitCode: '75', period: '2024' }, ...communes.map((unitCode) => ({ unitCode, period: '2024' }))],
      SUMMABLE,
    );
    const sum = parts.reduce(add);
    expect(sum.care.number).toBe(5); // ward 3, commune 1, Biên Hòa 1
    // The zone union sits on unit 75: its gift (30 workers, 3,000,000) counts for the province and no commune.
    sum.fund[0] = {
      ...sum.fund[0],
      number: sum.fund[0].number + 30,
      valueVnd: sum.fund[0].valueVnd + 3_000_000,
    };
    expect(province).toEqual(sum);
  });

  it('answers the retired province 70 and district 731 for 2024 with the records of their successors (hand-worked)', async () => {
    expect((await one('70', '2024')).care.number).toBe(4); // the ward's 3 and the commune's 1
    expect((await one('731', '2024')).care.number).toBe(1); // Biên Hòa's visit
    expect((await one('70', '2025-6M')).care.number).toBe(1); // ended 2025-06-30: still answers
  });
});

const REPORT = `id section unitCode period version status submittedAt reviewComment
  figures { fund { line number valueVnd } care { number valueVnd } }`;
const PREPARE = `mutation($section: ReportSection!, $unit: String!, $period: PeriodCode!) {
  prepareLabourUnionAreaReport(section: $section, unitCode: $unit, period: $period) { ${REPORT} } }`;
const SUBMIT = `mutation($id: ID!) { submitLabourUnionAreaReport(id: $id) { ${REPORT} } }`;
const LIVE = `fund { line number valueVnd } care { number valueVnd }`;

const subgraph = { info };
const areaAdapter = { harness: () => env.h, figures: FIGURES };
describeRetiredUnits(subgraph, {
  ...areaAdapter,
  figures: SUMMABLE,
  token: () => env.t.viewer,
  retired: [
    { unitCode: '70', period: '2024' },
    { unitCode: '731', period: '2024' },
  ],
  afterEnd: { unitCode: '70', period: '2026-Q1' },
});
describeAreaScope(subgraph, {
  ...areaAdapter,
  inside: { unitCode: '75', period: '2024' },
  // 70's successors are not all inside the ward
  narrow: { units: [WARD], outside: [COMMUNE, '70'].map((unitCode) => ({ unitCode, period: '2024' })) },
  section: 'UNION_CARE',
});
// units and their parents (2), then members, care, houses and gifts once per period (8)
describeStatementCounts(subgraph, {
  ...areaAdapter,
  token: () => env.t.viewer,
  periods: ['2024', '2025-Q1'],
  atMost: 10,
});

describeAreaReportVersions(subgraph, {
  ...areaAdapter,
  figures: LIVE,
  tokens: () => env.t,
  section: 'UNION_CARE',
  otherSection: 'POVERTY_REDUCTION',
  area: { unitCode: WARD, period: '2025-Q1' },
  spare: { unitCode: '75', period: '2024' },
  // w1's Tết gift of 20 Jan 2025 (700,000) is in the first draft; a visit of 450,000 recorded after it.
  draft: { care: { number: 1, valueVnd: 700_000 } },
  recordAfterDraft: () =>
    run(CARE, {
      memberId: m.w3.id,
      unionOrganisationId: tree.ward.id,
      kind: 'VISIT',
      date: '2025-02-10',
      value: 450_000,
      fundingSource: 'FOR_THE_POOR_FUND',
    }).then(() => undefined),
});

describe('report versions of the union sections', () => {
  it('moves the area by exactly the visit recorded after the first draft', async () => {
    const [live] = await figures([{ unitCode: WARD, period: '2025-Q1' }], LIVE);
    expect(live.care).toEqual({ number: 2, valueVnd: 1_150_000 });
    expect(live.fund[3]).toEqual({ line: '2.2', number: 2, valueVnd: 1_150_000 });
  });

  it('counts its reports on time, late, missing and not yet due from the expected reports it is given', async () => {
    // Submitted today for a due date far ahead: on time.
    const onTime = { section: 'UNION_CARE', unit: COMMUNE, period: '2025-Q2' };
    const { prepareLabourUnionAreaReport: draft } = await ok(env.h, PREPARE, onTime, env.t.officer);
    await ok(env.h, SUBMIT, { id: draft.id }, env.t.officer);
    const expected = (section: string, unitCode: string, period: string, dueOn: string) => ({
      section,
      unitCode,
      period,
      dueOn,
    });
    const area = {
      unitCode: '75',
      period: '2025',
      reportsExpected: [
        expected('UNION_CARE', WARD, '2025-Q1', '2025-04-05'), // first submitted today: late
        expected('UNION_CARE', COMMUNE, '2025-Q1', '2025-04-05'), // nothing: missing
        expected('UNION_CARE', COMMUNE, '2025-Q2', '2099-07-05'), // submitted today: on time
        expected('UNION_FUND', '75', '2027', '2027-11-30'), // not yet due
        expected('POVERTY_REDUCTION', '75', '2025-Q1', '2025-04-05'), // another organisation's section
      ],
    };
    const res = await query(
      [area],
      env.t.viewer,
      `labourUnionReporting { expected submitted onTime late
      missing notYetDue accepted returned reports { section unitCode period timeliness status version } }`,
    );
    expect(res.errors).toBeUndefined();
    const reporting = res.data!._entities[0].labourUnionReporting;
    expect(reporting).toMatchObject({
      expected: 4,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      notYetDue: 1,
      accepted: 1,
      returned: 0,
    });
    expect(reporting.reports.map((r: { timeliness: string }) => r.timeliness)).toEqual([
      'LATE',
      'MISSING',
      'ON_TIME',
      'NOT_YET_DUE',
    ]);
    expect(reporting.reports[0]).toMatchObject({ status: 'ACCEPTED', version: 2 });

    // A caller of the ward alone is answered only for the ward, whatever units the representation names.
    const narrow = await query(
      [{ ...area, unitCode: WARD }],
      env.t.wardOfficer,
      'labourUnionReporting { expected reports { unitCode period status } }',
    );
    expect(narrow.errors).toBeUndefined();
    expect(narrow.data!._entities[0].labourUnionReporting).toEqual({
      expected: 1,
      reports: [{ unitCode: WARD, period: '2025-Q1', status: 'ACCEPTED' }],
    });
  });
});

describe('writes on units retired in the 2025 reform', () => {
  it('refuse an organisation on a retired unit, and records for an organisation already on one', async () => {
    const res = await env.h.query(
      `mutation($input: RegisterUnionOrganisationInput!) { registerUnionOrganisation(input: $input) { id } }`,
      {
        input: {
          code: 'LDLD-70',
          name: 'Liên đoàn Lao động tỉnh Bình Phước',
          level: 'PROVINCE_FEDERATION',
          unitCode: '70',
        },
      },
      env.t.officer,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' });
    expect(res.errors?.[0]?.message).toMatch(/retired on 2025-06-30/);

    // A union of Biên Hòa city kept on the old district from before the reform.
    const [{ id: old }] = await env.h.dataSource.query(
      `INSERT INTO union_organisation (code, name, level, parent_id, unit_code)
       VALUES ('CDCS-731-OLD', 'Công đoàn cơ sở cũ Biên Hòa', 'GRASSROOTS_UNION', $1, '731') RETURNING id`,
      [tree.province.id],
    );
    const before = await Promise.all(['fund_gift', 'union_member'].map((t) => count(env.h, t)));
    for (const [mutation, input] of [
      [GIFT, { unionOrganisationId: old, date: '2024-10-20', contributors: 5, amount: 500_000 }],
      [
        `mutation($input: RegisterUnionMemberInput!) { registerUnionMember(input: $input) { id } }`,
        {
          memberNumber: 'DV-731-0001',
          fullName: 'Trần Văn Bình',
          unionOrganisationId: old,
          workplace: 'Công ty Cổ phần Sonadezi',
          joinedDate: '2018-05-01',
        },
      ],
    ] as const) {
      const refused = await env.h.query(mutation, { input }, env.t.officer);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.unionOrganisationId',
      });
      expect(refused.errors?.[0]?.message).toMatch(/retired on 2025-06-30.*25993/);
    }
    expect(await Promise.all(['fund_gift', 'union_member'].map((t) => count(env.h, t)))).toEqual(before);
  });
});
