import { randomUUID } from 'node:crypto';
import {
  describeAreaReportVersions,
  describeAreaScope,
  describeRetiredUnits,
  describeStatementCounts,
} from '@chung-tay/common/testing';
import { percent1 } from '../area/area-figures.sql';
import { info } from '../info';
import {
  COMMUNE,
  COMMUNE_B,
  DISBURSE,
  donate,
  openFund,
  pledge,
  PROVINCE,
  receive,
  registerPerson,
  sponsor,
  useSubgraph,
} from './fixtures';

/*
 * The Front's area figures on a fixture worked out by hand. Commune A = 25222 (Bù Gia Mập), commune B = 25225
 * (Đăk Ơ), both in the former province 70 (Bình Phước, retired 2025-06-30, now in Đồng Nai 75). Period 2025-Q3:
 * 1 Jul – 30 Sep 2025, stocks on 30 Sep (month 2025-09).
 *
 * Funds (opened 2025-01-01):
 *   A:  +20,000,000 on 06-10 (before), −1,000,000 gift to hA1 on 06-20 (before) → opening 19,000,000;
 *       +15,000,000 on 08-01; −500,000 gift to hA2 on 08-15; −2,000,000 medical to hA2 on 09-30 (last day);
 *       +5,000,000 on 10-02 (after: not counted) → in 15,000,000 (1), out 2,500,000 (2), 1 household,
 *       closing 19,000,000 + 15,000,000 − 2,500,000 = 31,500,000.
 *   B:  +8,000,000 on 07-15; −700,000 gift to hB1 on 07-20 → closing 7,300,000.
 *   75 (the province's own fund): +100,000,000 on 07-01 (first day); −20,000,000 its share of house H1 (hA3) paid
 *       the day building began, 07-01; −3,000,000 gift to hA1 on 08-20 → out 23,000,000 (2), 2 households,
 *       closing 77,000,000.
 * Houses: H1 in A, BUILD 50,000,000 (province fund 20,000,000 + state 30,000,000), approved 06-01, begun 07-01,
 *   handed over 09-10; H3 in A approved 09-01, cancelled 09-20; H2 in B, REPAIR 10,000,000 approved 08-01, not
 *   begun. A: approved 1 (H3), built 1, value 50,000,000, in progress 0. B: approved 1, in progress 1.
 * Needs list (listed 2025-01-10): a1, a2, a3 in A (a3 removed 09-15); b1, b2 in B; b3 listed 10-05 (after).
 * Pledges (sponsors: commune A, commune B, district unit D1 in A with 12 staff, a provincial enterprise P; and
 *   district unit D2 of the province, 8 staff, sponsoring no one):
 *   p1 a1 ← commune A 500,000/month, 2025-01..12, signed 01-20; months 01–06 paid 06-30, 07–08 paid 08-10,
 *      09 unpaid → in Q3: 2 payments, 1,000,000; arrears on 09-30: 500,000.
 *   p2 a2 ← D1 600,000, 2025-07..2026-06, signed 07-05; 07 paid 07-10; 08 paid 400,000 on 08-10; 09 paid 10-05
 *      (after the day) → in Q3: 2 payments, 1,000,000; arrears: 200,000 + 600,000 = 800,000.
 *   p3 b1 ← P 1,000,000, 2025-01..12, signed 01-20; months 01–09 paid 07-15 → in Q3: 9 payments, 9,000,000;
 *      arrears 0.
 *   p4 b2 ← commune B 400,000 + P 600,000, 2025-09..2026-08, signed 10-01 (after the day): not counted.
 *   A: 2 in need, signed 1, active 2 (p1, p2), 1,100,000 a month, paid 2,000,000 (4), arrears 1,300,000 (2).
 *   B: 2 in need, signed 0, active 1 (p3), 1,000,000 a month, paid 9,000,000 (9), arrears 0.
 * Coverage on 09-30: A: a1 (commune) and a2 (D1) locally: 2 of 2 = 100 %, ≥ ceil(1.4) = 2 ✓; the commune
 *   sponsors 1 < 2 ✗; D1 1.0 ≥ 1 ✓. B: b1 province only, b2 not covered: 0 of 2 ✗; commune 0 < 2 ✗.
 *   75: 4 in need, 2 locally = 50.0 %; communes 2, meeting 70 % 1 → rule not met; D1 ✓, D2 0 < 0.5 ✗.
 */

const env = useSubgraph();
const h = { a1: randomUUID(), a2: randomUUID(), a3: randomUUID(), b1: randomUUID() };
let fundA: string;

const FIGURES = `unitCode period fatherlandFront { asOf
  fund { openingBalance donations donationCount disbursements disbursementCount householdsSupported closingBalance }
  houses { approved built repaired completedValue inProgress }
  sponsorship { peopleInNeed pledgesSigned activePledges pledgedPerMonth paid paymentCount arrears pledgesInArrears }
  coverage { coveredLocally coveredByProvinceOnly notCovered provinceList localSharePercent communesChecked
    communesMeetingSeventyPercent seventyPercentRuleMet communesSponsoringTwo districtUnitsChecked
    districtUnitsMeetingRule allRulesMet } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AreaPeriod { ${FIGURES} } } }`;

const SECTION = 'FRONT_FUND_AND_SPONSORSHIP';
const subgraph = { info };
const areaAdapter = {
  harness: () => env.h,
  figures: FIGURES.slice(FIGURES.indexOf('fatherlandFront {') + 'fatherlandFront {'.length, -1),
};
const rep = (unitCode: string, period: string) => ({ __typename: 'AreaPeriod', unitCode, period });
const areas = (reps: object[], token = env.t.officer) => env.h.query(ENTITIES, { reps }, token);
async function figures(unitCode: string, period: string, token?: string) {
  const res = await areas([rep(unitCode, period)], token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!._entities[0].fatherlandFront;
}

const payOut = (fundId: string, purpose: string, householdId: string, amount: number, date: string) =>
  env.ok(DISBURSE, { input: { fundId, purpose, householdId, amount, date } });
const pay = (pledgeId: string, months: string[], paidOn: string, amountPerMonth?: number) =>
  env.ok(
    `mutation($input: RecordSponsorshipPaymentInput!) { recordSponsorshipPayment(input: $input) { id } }`,
    { input: { pledgeId, months, paidOn, amountPerMonth } },
  );
const house = (input: Record<string, unknown>) =>
  env.ok(`mutation($input: RecordSolidarityHouseInput!) { recordSolidarityHouse(input: $input) { id } }`, {
    input: { householdId: randomUUID(), ...input },
  });
const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2025-${String(from + i).padStart(2, '0')}`);

beforeAll(async () => {
  fundA = (await openFund(env, COMMUNE, '2025-01-01')).id;
  const fundB = (await openFund(env, COMMUNE_B, '2025-01-01')).id;
  const fundP = (await openFund(env, PROVINCE, '2025-01-01')).id;
  await donate(env, fundA, 20_000_000, '2025-06-10');
  await payOut(fundA, 'GIFT', h.a1, 1_000_000, '2025-06-20');
  await donate(env, fundA, 15_000_000, '2025-08-01');
  await payOut(fundA, 'GIFT', h.a2, 500_000, '2025-08-15');
  await payOut(fundA, 'MEDICAL', h.a2, 2_000_000, '2025-09-30');
  await donate(env, fundA, 5_000_000, '2025-10-02');
  await donate(env, fundB, 8_000_000, '2025-07-15');
  await payOut(fundB, 'GIFT', h.b1, 700_000, '2025-07-20');
  await donate(env, fundP, 100_000_000, '2025-07-01', 'AGENCY');
  await payOut(fundP, 'GIFT', h.a1, 3_000_000, '2025-08-20');

  await house({
    unitCode: COMMUNE,
    work: 'BUILD',
    amount: 50_000_000,
    approvedOn: '2025-06-01',
    startedOn: '2025-07-01',
    completedOn: '2025-09-10',
    fundingSources: [
      { source: 'FRONT_FUND', amount: 20_000_000, fundId: fundP },
      { source: 'STATE_BUDGET', amount: 30_000_000 },
    ],
  });
  const h3 = await house({
    unitCode: COMMUNE,
    work: 'BUILD',
    amount: 40_000_000,
    approvedOn: '2025-09-01',
    fundingSources: [{ source: 'STATE_BUDGET', amount: 40_000_000 }],
  });
  await env.ok(`mutation($id: ID!) { cancelSolidarityHouse(id: $id, cancelledOn: "2025-09-20") { id } }`, {
    id: h3.recordSolidarityHouse.id,
  });
  await house({
    unitCode: COMMUNE_B,
    work: 'REPAIR',
    amount: 10_000_000,
    approvedOn: '2025-08-01',
    fundingSources: [{ source: 'COMMUNITY', amount: 10_000_000, contributor: 'Bà con ấp 3' }],
  });

  const [a1, a2, a3] = await receive(env, COMMUNE, [registerPerson(), registerPerson(), registerPerson()]);
  const [b1, b2] = await receive(env, COMMUNE_B, [registerPerson(), registerPerson()]);
  await receive(env, COMMUNE_B, [registerPerson()], '2025-10-05');
  await env.ok(
    `mutation($id: ID!) { removeFromNeedsList(id: $id, input: { removedOn: "2025-09-15", reason: ESCAPED_POVERTY }) { id } }`,
    { id: a3!.id },
  );
  const communeA = await sponsor(env, 'COMMUNE', COMMUNE, 'UBND và Ủy ban MTTQ xã Bù Gia Mập');
  const communeB = await sponsor(env, 'COMMUNE', COMMUNE_B, 'UBND và Ủy ban MTTQ xã Đăk Ơ');
  const d1 = await sponsor(env, 'DISTRICT_UNIT', COMMUNE, 'Trạm Y tế xã Bù Gia Mập', 12);
  await sponsor(env, 'DISTRICT_UNIT', PROVINCE, 'Chi cục Thống kê khu vực', 8);
  const p = await sponsor(env, 'ENTERPRISE', PROVINCE, 'Tổng Công ty Tín Nghĩa');

  const p1 = await pledge(env, a1!.id, [[communeA.id, 500_000]]);
  await pay(p1.id, months(1, 6), '2025-06-30');
  await pay(p1.id, months(7, 8), '2025-08-10');
  const p2 = await pledge(env, a2!.id, [[d1.id, 600_000]], {
    start: '2025-07',
    end: '2026-06',
    signedOn: '2025-07-05',
  });
  await pay(p2.id, ['2025-07'], '2025-07-10');
  await pay(p2.id, ['2025-08'], '2025-08-10', 400_000);
  await pay(p2.id, ['2025-09'], '2025-10-05');
  const p3 = await pledge(env, b1!.id, [[p.id, 1_000_000]]);
  await pay(p3.id, months(1, 9), '2025-07-15');
  await pledge(
    env,
    b2!.id,
    [
      [communeB.id, 400_000],
      [p.id, 600_000],
    ],
    { start: '2025-09', end: '2026-08', signedOn: '2025-10-01' },
  );
}, 60_000);

const A_Q3 = {
  asOf: '2025-09-30',
  fund: {
    openingBalance: 19_000_000,
    donations: 15_000_000,
    donationCount: 1,
    disbursements: 2_500_000,
    disbursementCount: 2,
    householdsSupported: 1,
    closingBalance: 31_500_000,
  },
  houses: { approved: 1, built: 1, repaired: 0, completedValue: 50_000_000, inProgress: 0 },
  sponsorship: {
    peopleInNeed: 2,
    pledgesSigned: 1,
    activePledges: 2,
    pledgedPerMonth: 1_100_000,
    paid: 2_000_000,
    paymentCount: 4,
    arrears: 1_300_000,
    pledgesInArrears: 2,
  },
  coverage: {
    coveredLocally: 2,
    coveredByProvinceOnly: 0,
    notCovered: 0,
    provinceList: 0,
    localSharePercent: 100,
    communesChecked: 1,
    communesMeetingSeventyPercent: 1,
    seventyPercentRuleMet: true,
    communesSponsoringTwo: 0,
    districtUnitsChecked: 1,
    districtUnitsMeetingRule: 1,
    allRulesMet: false,
  },
};
const B_Q3 = {
  asOf: '2025-09-30',
  fund: {
    openingBalance: 0,
    donations: 8_000_000,
    donationCount: 1,
    disbursements: 700_000,
    disbursementCount: 1,
    householdsSupported: 1,
    closingBalance: 7_300_000,
  },
  houses: { approved: 1, built: 0, repaired: 0, completedValue: 0, inProgress: 1 },
  sponsorship: {
    peopleInNeed: 2,
    pledgesSigned: 0,
    activePledges: 1,
    pledgedPerMonth: 1_000_000,
    paid: 9_000_000,
    paymentCount: 9,
    arrears: 0,
    pledgesInArrears: 0,
  },
  coverage: {
    coveredLocally: 0,
    coveredByProvinceOnly: 1,
    notCovered: 1,
    provinceList: 2,
    localSharePercent: 0,
    communesChecked: 1,
    communesMeetingSeventyPercent: 0,
    seventyPercentRuleMet: false,
    communesSponsoringTwo: 0,
    districtUnitsChecked: 0,
    districtUnitsMeetingRule: 0,
    allRulesMet: false,
  },
};

/** The counts and amounts that add up over units (shares, rule verdicts and the day do not). */
const NOT_ADDITIVE = new Set(['asOf', 'localSharePercent', 'seventyPercentRuleMet', 'allRulesMet']);
function additive(f: object): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const [group, values] of Object.entries(f)) {
    if (typeof values !== 'object') continue;
    for (const [k, v] of Object.entries(values as object)) {
      if (!NOT_ADDITIVE.has(k)) flat[`${group}.${k}`] = v as number;
    }
  }
  return flat;
}
const sum = (...parts: Record<string, number>[]) =>
  Object.fromEntries(Object.keys(parts[0]!).map((k) => [k, parts.reduce((s, p) => s + (p[k] ?? 0), 0)]));

describe('the Front’s figures for an area and a period', () => {
  it('gives a commune’s figures as worked out by hand, records outside the period left out', async () => {
    expect(await figures(COMMUNE, '2025-Q3')).toEqual(A_Q3);
    expect(await figures(COMMUNE_B, '2025-Q3')).toEqual(B_Q3);
    // The 5,000,000 given on 2025-10-02 and the September payment made on 10-05 fall in the next quarter.
    const q4 = await figures(COMMUNE, '2025-Q4');
    expect(q4.fund).toMatchObject({ openingBalance: 31_500_000, donations: 5_000_000, donationCount: 1 });
    expect(q4.sponsorship).toMatchObject({ paid: 600_000, paymentCount: 1 });
  });

  it('totals the province over its communes and its own committee’s records', async () => {
    // The province's own fund (in 100,000,000; out 23,000,000 to hA1 and hA3, two households) and its district
    // unit D2 (checked, falls short) belong to 75 and to no commune.
    const own = {
      ...Object.fromEntries(Object.keys(additive(A_Q3)).map((k) => [k, 0])),
      'fund.donations': 100_000_000,
      'fund.donationCount': 1,
      'fund.disbursements': 23_000_000,
      'fund.disbursementCount': 2,
      'fund.householdsSupported': 2,
      'fund.closingBalance': 77_000_000,
      'coverage.districtUnitsChecked': 1,
    };
    const province = await figures(PROVINCE, '2025-Q3');
    expect(additive(province)).toEqual(sum(additive(A_Q3), additive(B_Q3), own));
    expect(province.fund).toMatchObject({ openingBalance: 19_000_000, closingBalance: 115_800_000 });
    expect(province.coverage).toMatchObject({
      localSharePercent: 50,
      communesChecked: 2,
      communesMeetingSeventyPercent: 1,
      seventyPercentRuleMet: false,
      districtUnitsChecked: 2,
      districtUnitsMeetingRule: 1,
      allRulesMet: false,
    });
  });

  it('answers the retired province 70 for the first half of 2025 with the records of its communes (hand-worked)', async () => {
    const retired = await figures('70', '2025-6M');
    // By 30 June: A's fund 20,000,000 in, 1,000,000 out; p1 and p3 signed; p1's six months paid on 06-30, p3's
    // paid only on 07-15, so its six months are in arrears on the day; H1 approved and not yet handed over.
    expect(retired).toMatchObject({
      asOf: '2025-06-30',
      fund: { donations: 20_000_000, disbursements: 1_000_000, closingBalance: 19_000_000 },
      houses: { approved: 1, inProgress: 1, built: 0 },
      sponsorship: {
        peopleInNeed: 5,
        pledgesSigned: 2,
        activePledges: 2,
        paid: 3_000_000,
        arrears: 6_000_000,
        pledgesInArrears: 1,
      },
      coverage: { coveredLocally: 1, coveredByProvinceOnly: 1, notCovered: 3, localSharePercent: 20 },
    });
  });

  it('shows another organisation’s viewer the figures under the threshold rule', async () => {
    // Another organisation's viewer of the province reads them under the threshold rule: the commune's one
    // donation (15,000,000) and its two sponsored people show nowhere, balances either side included.
    const union = await figures(COMMUNE, '2025-Q3', env.t.union);
    const none = (keys: string) => Object.fromEntries(keys.split(' ').map((k) => [k, null]));
    expect(union).toEqual({
      asOf: '2025-09-30',
      fund: none(
        'openingBalance donations donationCount disbursements disbursementCount householdsSupported closingBalance',
      ),
      houses: { ...none('approved built completedValue'), repaired: 0, inProgress: 0 },
      sponsorship: none(
        'peopleInNeed pledgesSigned activePledges pledgedPerMonth paid paymentCount arrears pledgesInArrears',
      ),
      coverage: {
        ...A_Q3.coverage,
        ...none('coveredLocally localSharePercent seventyPercentRuleMet'),
      },
    });
  });

  it('rounds the local share to one decimal, half away from zero', () => {
    expect(percent1(7, 12)).toBe(58.3);
    expect(percent1(2, 3)).toBe(66.7);
    expect(percent1(1, 16)).toBe(6.3);
    expect(percent1(0, 5)).toBe(0);
  });
});

describeRetiredUnits(subgraph, {
  ...areaAdapter,
  token: () => env.t.officer,
  retired: [{ unitCode: '70', period: '2025-6M' }],
  additive,
  afterEnd: { unitCode: '70', period: '2026-Q1' },
  section: SECTION,
  officer: () => env.t.officer,
});
describeAreaScope(subgraph, {
  ...areaAdapter,
  inside: { unitCode: PROVINCE, period: '2025-Q3' },
  narrow: { units: [COMMUNE], outside: [{ unitCode: COMMUNE_B, period: '2025-Q3' }] },
  section: SECTION,
});

describe('writes refuse units retired in 2025', () => {
  it('takes no new fund, campaign or sponsor for the former province 70, and writes nothing', async () => {
    const before = await Promise.all(['front_fund', 'front_campaign', 'front_sponsor'].map(env.count));
    const attempts = [
      `mutation { openFrontFund(input: { unitCode: "70", name: "Quỹ Vì người nghèo tỉnh Bình Phước", openedOn: "2024-01-01" }) { id } }`,
      `mutation { createFrontCampaign(input: { code: "VNN-BP-2026", name: "Vì người nghèo Bình Phước", unitCode: "70",
        startDate: "2026-01-01", endDate: "2026-12-31" }) { id } }`,
      `mutation { registerFrontSponsor(input: { kind: ENTERPRISE, unitCode: "70", name: "Công ty CP Cao su Phú Riềng" }) { id } }`,
    ];
    for (const mutation of attempts) {
      const res = await env.h.query(mutation, {}, env.t.officer);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitCode' });
      expect(res.errors?.[0]?.message).toMatch(/retired on 2025-06-30.*25222/);
    }
    expect(await Promise.all(['front_fund', 'front_campaign', 'front_sponsor'].map(env.count))).toEqual(
      before,
    );
  });
});

const PREPARE = `mutation($section: ReportSection!, $unit: String!, $period: PeriodCode!) {
  prepareFatherlandFrontAreaReport(section: $section, unitCode: $unit, period: $period) {
    id version status figures { fund { donations donationCount closingBalance } sponsorship { paid } } } }`;
const SUBMIT = `mutation($id: ID!) { submitFatherlandFrontAreaReport(id: $id) { id status submittedAt } }`;

describeAreaReportVersions(subgraph, {
  ...areaAdapter,
  figures: 'fund { donations donationCount closingBalance } sponsorship { paid }',
  tokens: () => env.t,
  section: SECTION,
  otherSection: 'UNION_CARE',
  area: { unitCode: COMMUNE, period: '2025-Q4' },
  spare: { unitCode: COMMUNE, period: '2025-Q3' },
  draft: { fund: { donations: 5_000_000, donationCount: 1 }, sponsorship: { paid: 600_000 } },
  // A donation recorded afterwards moves the live figures, never the stored version.
  recordAfterDraft: async () => {
    await donate(env, fundA, 1_000_000, '2025-11-05');
  },
});

describe('report versions of the Front’s section', () => {
  const prepare = (unit: string, period: string, token = env.t.officer, section = SECTION) =>
    env.h.query(PREPARE, { section, unit, period }, token);

  it('moves the area by the donation recorded after the first draft', async () => {
    expect((await figures(COMMUNE, '2025-Q4')).fund).toMatchObject({
      donations: 6_000_000,
      donationCount: 2,
    });
  });

  it('counts on-time, late, missing and not-yet-due reports of the Front from the expected list', async () => {
    // B's 2025-Q3 report submitted now against a due day far ahead: on time.
    const b = (await prepare(COMMUNE_B, '2025-Q3')).data!.prepareFatherlandFrontAreaReport;
    await env.ok(SUBMIT, { id: b.id });
    const expected = [
      { section: SECTION, unitCode: COMMUNE, period: '2025-Q4', dueOn: '2026-01-05' }, // submitted now: late
      { section: SECTION, unitCode: COMMUNE_B, period: '2025-Q3', dueOn: '2099-12-31' }, // on time
      { section: SECTION, unitCode: COMMUNE_B, period: '2025-Q4', dueOn: '2026-01-05' }, // missing
      { section: SECTION, unitCode: COMMUNE, period: '2099-Q1', dueOn: '2099-04-05' }, // not yet due
      { section: 'UNION_CARE', unitCode: COMMUNE, period: '2025-Q4', dueOn: '2026-01-05' }, // not the Front's
    ];
    const res = await env.h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AreaPeriod { fatherlandFrontReporting {
        expected submitted onTime late missing notYetDue accepted returned
        reports { unitCode period timeliness status version } } } } }`,
      { reps: [{ ...rep(PROVINCE, '2025'), reportsExpected: expected }] },
      env.t.viewer,
    );
    expect(res.errors).toBeUndefined();
    const reporting = res.data!._entities[0].fatherlandFrontReporting;
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
    expect(reporting.reports).toEqual([
      { unitCode: COMMUNE, period: '2025-Q4', timeliness: 'LATE', status: 'ACCEPTED', version: 2 },
      { unitCode: COMMUNE_B, period: '2025-Q3', timeliness: 'ON_TIME', status: 'SUBMITTED', version: 1 },
      { unitCode: COMMUNE_B, period: '2025-Q4', timeliness: 'MISSING', status: null, version: null },
      { unitCode: COMMUNE, period: '2099-Q1', timeliness: 'NOT_YET_DUE', status: null, version: null },
    ]);
  });
});

// One statement for the unit rows (the province above the communes is among them), then per figure set (fund,
// houses, sponsorship, coverage) and period the rollups looked up, the count of writes taken under the rollup
// lock (a transaction of 5), the one figures statement, and the rollups kept under the lock again (6); once all
// is kept, the unit rows and the rollups looked up.
describeStatementCounts(subgraph, {
  ...areaAdapter,
  token: () => env.t.viewer,
  periods: ['2025-Q3', '2025-Q4'],
  // The province too: its lineage is shorter than a commune's, yet its figures load in the same batches.
  units: async () => [
    PROVINCE,
    ...(
      await env.h.dataSource.query(
        `SELECT code FROM unit_tree WHERE parent_code = '75' AND level = 'COMMUNE' ORDER BY code LIMIT 25`,
      )
    ).map((c: { code: string }) => c.code),
  ],
  beforeEach: async () => {
    await env.h.dataSource.query(`DELETE FROM area_rollup`);
  },
  statements: 1 + 4 * 2 * (1 + 5 + 1 + 6),
  kept: 1 + 4 * 2,
});
