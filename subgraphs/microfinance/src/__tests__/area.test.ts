import {
  describeAreaReportVersions,
  describeAreaScope,
  describeRetiredUnits,
  describeStatementCounts,
  testToken,
} from '@chung-tay/common/testing';
import { info } from '../info';
import {
  centreWithGroup,
  count,
  gql,
  makeLoan,
  registerBorrower,
  repay,
  setupLender,
  useSubgraph,
  type LoanTerms,
} from './fixtures';

/*
 * The lenders' figures for areas, worked out by hand for 2025-Q2 (1 Apr – 30 Jun 2025; stocks on 30 Jun).
 * CEP (groups required): product A weekly, flat 1.3 %/month = 0.3 %/week: 10,400,000 over 13 weeks is
 * 800,000 principal + 31,200 interest = 831,200 a week; product B monthly, 1 %/month on the declining balance:
 * 12,000,000 over 12 months is 1,000,000 principal a month + 120,000, 110,000, 100,000 … interest.
 * VBSP: monthly, 1 %/month declining: 6,000,000 over 6 months is 1,000,000 + 60,000 first.
 *
 * Commune 25222 (Xã Bù Gia Mập, formerly in province 70 Bình Phước)
 *   L1 CEP A disbursed 7 Apr; paid #1–#4 (14 Apr … 5 May). On 30 Jun #5 (12 May) … #11 (23 Jun) are late:
 *      49 days past due (31–60), outstanding 10,400,000 − 4 × 800,000 = 7,200,000, overdue principal
 *      7 × 800,000 = 5,600,000, arrears 7 × 831,200 = 5,818,400. Q2: disbursed 10,400,000; repaid 3,200,000
 *      principal, 124,800 interest.
 *   L2 CEP B disbursed 15 Jan (before Q2), paid #1–#5 on the 15th: Q2 repaid #3–#5 = 3,000,000 principal,
 *      100,000 + 90,000 + 80,000 = 270,000 interest; outstanding 7,000,000, current.
 *   L3 VBSP, the same borrower as L2, disbursed 20 May, #1 paid 20 Jun: Q2 disbursed 6,000,000, repaid
 *      1,000,000 + 60,000; outstanding 5,000,000, current.
 *   L4 CEP A disbursed 7 Jul (after Q2): not in Q2 at all.
 *   Q2: disbursed 2 loans, 16,400,000; repaid 7,200,000 principal, 454,800 interest; outstanding 3 loans of
 *   2 borrowers, 19,200,000; overdue 1 loan, 5,600,000 principal, arrears 5,818,400; PAR30 7,200,000 ÷
 *   19,200,000 = 37.50 %.
 * Ward 25195 (Phường Bình Phước, formerly in province 70)
 *   L5 CEP B disbursed 10 Dec 2024, paid #1 only: oldest unpaid #2 (10 Feb) is 140 days late (over 90);
 *      outstanding 11,000,000; overdue #2–#6 = 5,000,000 principal, arrears 5,450,000.
 *   L6 CEP A disbursed 6 Jan, nothing paid, written off 30 May: Q2 written off 1 loan, 10,400,000; out of
 *      the portfolio. PAR30 11,000,000 ÷ 11,000,000 = 100 %.
 * Ward 26005 (Phường Hố Nai, formerly in district 731 Biên Hòa)
 *   L7 CEP A disbursed 2 Jun, paid #1–#4 (9 … 30 Jun): Q2 disbursed 10,400,000, repaid 3,200,000 + 124,800;
 *      outstanding 7,200,000, current.
 *   L8 CEP B disbursed 20 Mar (before Q2), paid #1 (20 Apr) and #2 (20 May): Q2 repaid 2,000,000 +
 *      120,000 + 110,000; #3 (20 Jun) unpaid: 10 days late (1–30), outstanding 10,000,000, overdue
 *      1,000,000, arrears 1,100,000. PAR30 0 %.
 * Province 75 = the three; retired province 70 = 25222 + 25195; retired district 731 = 26005.
 */
const env = useSubgraph();
const Q2 = '2025-Q2';
const loans: Record<string, string> = {};

const weeks = (from: string, n: number, amount: number) =>
  Array.from({ length: n }, (_, k) => ({
    date: new Date(Date.parse(from) + 7 * k * 86_400_000).toISOString().slice(0, 10),
    amount,
  }));

const FIGURES = `asOf disbursedLoans disbursedAmount repaidPrincipal repaidInterest writtenOffLoans writtenOffAmount
  outstandingLoans outstandingBorrowers outstandingPrincipal overdueLoans overduePrincipal arrearsAmount
  par30Principal par30Percent buckets { bucket loans outstandingPrincipal }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaPeriod {
  unitCode period microfinance { ${FIGURES} } } } }`;
const area = (unitCode: string, period: string) => ({ __typename: 'AreaPeriod', unitCode, period });

async function figures(unitCode: string, period: string, token = env.t.officer) {
  const { _entities } = await gql(env.h, ENTITIES, { r: [area(unitCode, period)] }, token);
  return _entities[0].microfinance;
}

const buckets = (current: number[], d1: number[], d31: number[], d61: number[], d90: number[]) =>
  (
    [
      ['CURRENT', current],
      ['DPD_1_30', d1],
      ['DPD_31_60', d31],
      ['DPD_61_90', d61],
      ['DPD_OVER_90', d90],
    ] as const
  ).map(([bucket, [loans, outstandingPrincipal]]) => ({ bucket, loans, outstandingPrincipal }));

const COMMUNE_Q2 = {
  asOf: '2025-06-30',
  disbursedLoans: 2,
  disbursedAmount: 16_400_000,
  repaidPrincipal: 7_200_000,
  repaidInterest: 454_800,
  writtenOffLoans: 0,
  writtenOffAmount: 0,
  outstandingLoans: 3,
  outstandingBorrowers: 2,
  outstandingPrincipal: 19_200_000,
  overdueLoans: 1,
  overduePrincipal: 5_600_000,
  arrearsAmount: 5_818_400,
  par30Principal: 7_200_000,
  par30Percent: 37.5,
  buckets: buckets([2, 12_000_000], [0, 0], [1, 7_200_000], [0, 0], [0, 0]),
};

beforeAll(async () => {
  const cep = await setupLender(env.h, env.t);
  const vbsp = await setupLender(env.h, env.t, 'POLICY_BANK');
  const groups: Record<string, string> = {};
  for (const unit of ['25222', '25195', '26005'])
    groups[unit] = (await centreWithGroup(env.h, env.t, cep.code, unit)).groupId;
  const loan = async (
    unit: string,
    product: 'A' | 'B',
    disbursedOn: string,
    extra: Partial<LoanTerms> = {},
  ) =>
    (
      await makeLoan(env.h, env.t, {
        productId: product === 'A' ? cep.weekly : cep.monthly,
        principal: product === 'A' ? 10_400_000 : 12_000_000,
        termInstalments: product === 'A' ? 13 : 12,
        appliedOn: '2024-12-01',
        approvedOn: '2024-12-02',
        disbursedOn,
        lendingGroupId: groups[unit],
        borrower: { unitCode: unit },
        ...extra,
      })
    ).id;
  loans.L1 = await loan('25222', 'A', '2025-04-07');
  const l2Borrower = await registerBorrower(env.h, env.t, { unitCode: '25222' });
  loans.L2 = await loan('25222', 'B', '2025-01-15', { borrowerId: l2Borrower.id });
  loans.L3 = await loan('25222', 'B', '2025-05-20', {
    borrowerId: l2Borrower.id,
    productId: vbsp.monthly,
    principal: 6_000_000,
    termInstalments: 6,
    lendingGroupId: undefined,
  });
  loans.L4 = await loan('25222', 'A', '2025-07-07');
  loans.L5 = await loan('25195', 'B', '2024-12-10');
  loans.L6 = await loan('25195', 'A', '2025-01-06');
  loans.L7 = await loan('26005', 'A', '2025-06-02');
  loans.L8 = await loan('26005', 'B', '2025-03-20');
  await repay(env.h, env.t, loans.L1!, weeks('2025-04-14', 4, 831_200));
  await repay(
    env.h,
    env.t,
    loans.L2!,
    [1_120_000, 1_110_000, 1_100_000, 1_090_000, 1_080_000].map((amount, k) => ({
      date: `2025-0${k + 2}-15`,
      amount,
    })),
  );
  await repay(env.h, env.t, loans.L3!, [{ date: '2025-06-20', amount: 1_060_000 }]);
  await repay(env.h, env.t, loans.L5!, [{ date: '2025-01-10', amount: 1_120_000 }]);
  await gql(
    env.h,
    `mutation($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`,
    { i: { loanId: loans.L6, writtenOffOn: '2025-05-30', reason: 'Hộ vay mất khả năng trả nợ' } },
    env.t.officer,
  );
  await repay(env.h, env.t, loans.L7!, weeks('2025-06-09', 4, 831_200));
  await repay(env.h, env.t, loans.L8!, [
    { date: '2025-04-20', amount: 1_120_000 },
    { date: '2025-05-20', amount: 1_110_000 },
  ]);
});

const SUMMED = [
  'disbursedLoans',
  'disbursedAmount',
  'repaidPrincipal',
  'repaidInterest',
  'writtenOffLoans',
  'writtenOffAmount',
  'outstandingLoans',
  'outstandingBorrowers',
  'outstandingPrincipal',
  'overdueLoans',
  'overduePrincipal',
  'arrearsAmount',
  'par30Principal',
] as const;
type Figures = typeof COMMUNE_Q2;
const sum = (parts: Figures[]) =>
  Object.fromEntries(SUMMED.map((k) => [k, parts.reduce((s, p) => s + p[k], 0)]));

describe("the lenders' figures for an area and a period", () => {
  it('match the hand-worked figures of a commune and a ward', async () => {
    expect(await figures('25222', Q2)).toEqual(COMMUNE_Q2);
    expect(await figures('25195', Q2)).toEqual({
      asOf: '2025-06-30',
      disbursedLoans: 0,
      disbursedAmount: 0,
      repaidPrincipal: 0,
      repaidInterest: 0,
      writtenOffLoans: 1,
      writtenOffAmount: 10_400_000,
      outstandingLoans: 1,
      outstandingBorrowers: 1,
      outstandingPrincipal: 11_000_000,
      overdueLoans: 1,
      overduePrincipal: 5_000_000,
      arrearsAmount: 5_450_000,
      par30Principal: 11_000_000,
      par30Percent: 100,
      buckets: buckets([0, 0], [0, 0], [0, 0], [0, 0], [1, 11_000_000]),
    });
    expect(await figures('26005', Q2)).toMatchObject({
      disbursedLoans: 1,
      disbursedAmount: 10_400_000,
      repaidPrincipal: 5_200_000,
      repaidInterest: 354_800,
      outstandingLoans: 2,
      outstandingPrincipal: 17_200_000,
      overdueLoans: 1,
      overduePrincipal: 1_000_000,
      arrearsAmount: 1_100_000,
      par30Principal: 0,
      par30Percent: 0,
      buckets: buckets([1, 7_200_000], [1, 10_000_000], [0, 0], [0, 0], [0, 0]),
    });
  });

  it('count only what is dated inside the period', async () => {
    // L4, disbursed 7 Jul, is Q3's; in June only L7 was disbursed and only its repayments fell (L8's: April, May).
    expect(await figures('25222', '2025-Q3')).toMatchObject({
      asOf: '2025-09-30',
      disbursedLoans: 1,
      disbursedAmount: 10_400_000,
    });
    expect(await figures('26005', '2025-06')).toMatchObject({
      disbursedLoans: 1,
      repaidPrincipal: 3_200_000,
      repaidInterest: 124_800,
    });
    // Before anything was disbursed: nothing outstanding, no PAR30.
    expect(await figures('25222', '2024-Q3')).toMatchObject({
      asOf: '2024-09-30',
      outstandingLoans: 0,
      par30Percent: null,
    });
  });

  it('roll up: the province is the sum of its communes', async () => {
    const [a, b, c, province] = await Promise.all(
      [
        ['25222', Q2],
        ['25195', Q2],
        ['26005', Q2],
        ['75', Q2],
      ].map(([unit, period]) => figures(unit!, period!)),
    );
    expect(province).toMatchObject(sum([a, b, c]));
    expect(province).toMatchObject({ outstandingPrincipal: 47_400_000, par30Principal: 18_200_000 });
    // 18,200,000 ÷ 47,400,000 = 38.3966… %
    expect(province.par30Percent).toBe(38.4);
  });

  it('are read by other organisations under the threshold rule', async () => {
    const union = await testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
    // Others read them under the threshold rule (disclosure.test.ts): a commune of three loans shows none.
    const withheld = { disbursedAmount: null, outstandingPrincipal: null, arrearsAmount: null };
    expect(await figures('25222', Q2, union)).toMatchObject({ ...withheld, writtenOffAmount: 0 });
    expect(await figures('25222', Q2, env.t.pc)).toMatchObject(withheld);
  });
});

const subgraph = { info };
const areaAdapter = { harness: () => env.h, figures: FIGURES };
describeRetiredUnits(subgraph, {
  ...areaAdapter,
  token: () => env.t.officer,
  // 70 = 25222 + 25195; 731 = 26005
  retired: [
    { unitCode: '70', period: Q2 },
    { unitCode: '731', period: Q2 },
  ],
  additive: (f) => Object.fromEntries(SUMMED.map((k) => [k, f[k]])),
  afterEnd: { unitCode: '70', period: '2026-Q1' },
  section: 'LENDER_PORTFOLIO',
  officer: () => env.t.officer,
});
describeAreaScope(subgraph, {
  ...areaAdapter,
  inside: { unitCode: '75', period: Q2 },
  narrow: { units: ['25222'], outside: ['25195', '75'].map((unitCode) => ({ unitCode, period: Q2 })) },
  section: 'LENDER_PORTFOLIO',
});
// Both periods are over, so their figures are kept in area_rollup: measured computed (nothing kept) and read
// back (everything kept). Units (the areas, then their province); per period the rollups looked up, the count
// of writes taken under the rollup lock (a transaction of 5), the one figures statement, and the rollups kept
// under the lock again (a transaction of 6): 2 + 2 × (1 + 5 + 1 + 6); kept: the units and the rollups.
describeStatementCounts(subgraph, {
  ...areaAdapter,
  token: () => env.t.viewer,
  periods: [Q2, '2025-Q3'],
  units: async () => [
    '25222',
    ...(
      await env.h.dataSource.query(
        `SELECT code FROM unit_tree WHERE parent_code = '75' AND valid_to IS NULL AND code <> '25222'
         ORDER BY code LIMIT 24`,
      )
    ).map((r: { code: string }) => r.code),
  ],
  beforeEach: async () => {
    await env.h.dataSource.query(`DELETE FROM area_rollup`);
  },
  statements: 2 + 2 * (1 + 5 + 1 + 6),
  kept: 4,
});

const PREPARE = `mutation($s: ReportSection!, $u: String!, $p: PeriodCode!) {
  prepareMicrofinanceAreaReport(section: $s, unitCode: $u, period: $p) { id version status figures { ${FIGURES} } } }`;
const SUBMIT = `mutation($id: ID!) { submitMicrofinanceAreaReport(id: $id) { id status submittedAt } }`;

describeAreaReportVersions(subgraph, {
  ...areaAdapter,
  tokens: () => env.t,
  section: 'LENDER_PORTFOLIO',
  otherSection: 'UNION_CARE',
  area: { unitCode: '25222', period: '2025-Q3' },
  spare: { unitCode: '25195', period: '2025-Q3' },
  // A repayment dated in Q3 after the draft: #5 of L1, interest 31,200 first, then 800,000 principal.
  recordAfterDraft: async () => {
    const live = await figures('25222', '2025-Q3');
    await repay(env.h, env.t, loans.L1!, [{ date: '2025-07-14', amount: 831_200 }]);
    const moved = await figures('25222', '2025-Q3');
    expect(moved.repaidPrincipal - live.repaidPrincipal).toBe(800_000);
    expect(moved.repaidInterest - live.repaidInterest).toBe(31_200);
  },
});

describe('the LENDER_PORTFOLIO report versions', () => {
  const section = 'LENDER_PORTFOLIO';

  it("are reviewed by the People's Committee under the threshold rule", async () => {
    // A commune of a few loans shows no amounts to another organisation, the reviewer included.
    const { microfinanceAreaReports: versions } = await gql(
      env.h,
      `{ microfinanceAreaReports(unitCode: "25222", period: "2025-Q3") {
        version figures { disbursedAmount outstandingPrincipal } } }`,
      {},
      env.t.pc,
    );
    expect(versions).toEqual([
      { version: 2, figures: { disbursedAmount: null, outstandingPrincipal: null } },
      { version: 1, figures: { disbursedAmount: null, outstandingPrincipal: null } },
    ]);
  });

  it('count on-time, late, missing and not-yet-due reports of the expected ones', async () => {
    // Submitted now for 2026-Q4, due 5 Jan 2027: on time.
    const early = await gql(env.h, PREPARE, { s: section, u: '26005', p: '2026-Q4' }, env.t.officer);
    await gql(env.h, SUBMIT, { id: early.prepareMicrofinanceAreaReport.id }, env.t.officer);
    const expected = (unitCode: string, period: string, dueOn: string, s = section) => ({
      section: s,
      unitCode,
      period,
      dueOn,
    });
    const reps = [
      {
        ...area('75', '2025'),
        reportsExpected: [
          expected('25222', '2025-Q3', '2025-10-05'), // first submitted today: late
          expected('25195', '2025-Q3', '2025-10-05'), // never submitted: missing
          expected('25222', '2025-Q3', '2025-10-05', 'UNION_CARE'), // the union's: not counted here
        ],
      },
      {
        ...area('75', '2026'),
        reportsExpected: [
          expected('26005', '2026-Q4', '2027-01-05'), // submitted before the due date: on time
          expected('25222', '2026-Q4', '2027-01-05'), // not yet due
        ],
      },
    ];
    const { _entities } = await gql(
      env.h,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaPeriod { microfinanceReporting {
        expected submitted onTime late missing notYetDue accepted returned
        reports { unitCode period timeliness status version } } } } }`,
      { r: reps },
      env.t.pc,
    );
    expect(_entities[0].microfinanceReporting).toEqual({
      expected: 2,
      submitted: 1,
      onTime: 0,
      late: 1,
      missing: 1,
      notYetDue: 0,
      accepted: 1,
      returned: 0,
      reports: [
        { unitCode: '25222', period: '2025-Q3', timeliness: 'LATE', status: 'ACCEPTED', version: 2 },
        { unitCode: '25195', period: '2025-Q3', timeliness: 'MISSING', status: null, version: null },
      ],
    });
    expect(_entities[1].microfinanceReporting).toMatchObject({
      expected: 2,
      submitted: 1,
      onTime: 1,
      late: 0,
      missing: 0,
      notYetDue: 1,
      accepted: 0,
    });
  });
});

describe('writes in units retired in the 2025 reform', () => {
  it('are refused, naming the unit field, and leave nothing written', async () => {
    const before = await Promise.all(['lender', 'borrower', 'lending_centre'].map((t) => count(env.h, t)));
    const lender = await env.h.query(
      `mutation { registerLender(input: { code: "RETIRED-1", name: "Chi nhánh Bình Phước", kind: POLICY_BANK,
        unitCode: "70" }) { id } }`,
      {},
      env.t.admin,
    );
    expect(lender.errors?.[0]).toMatchObject({
      message: expect.stringContaining('retired on 2025-06-30'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.unitCode' },
    });
    const borrower = await env.h.query(
      `mutation($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id } }`,
      {
        i: {
          personId: '5b0f9e0e-8a51-4c36-9d5c-2f7f4d1c0a11',
          householdId: '5b0f9e0e-8a51-4c36-9d5c-2f7f4d1c0a12',
          unitCode: '731',
          householdStatus: 'POOR',
          fullName: 'Nguyễn Thị Lan',
          registeredOn: '2025-01-02',
        },
      },
      env.t.officer,
    );
    // Borrowers and centres take a 5-digit commune code: a retired district or province fails validation.
    expect(borrower.errors?.[0]).toMatchObject({
      message: expect.stringContaining('input.unitCode'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const { registerLender } = await gql(
      env.h,
      `mutation { registerLender(input: { code: "RETIRED-2", name: "CEP Bình Phước", kind: MICROFINANCE_INSTITUTION,
        unitCode: "75" }) { code } }`,
      {},
      env.t.admin,
    );
    const centre = await env.h.query(
      `mutation($l: String!) { openLendingCentre(input: { lenderCode: $l, code: "C-70", name: "Cụm Bình Phước",
        unitCode: "70", meetingDay: MONDAY, openedOn: "2025-01-06" }) { id } }`,
      { l: registerLender.code },
      env.t.officer,
    );
    expect(centre.errors?.[0]).toMatchObject({
      message: expect.stringContaining('input.unitCode'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await Promise.all(['lender', 'borrower', 'lending_centre'].map((t) => count(env.h, t)))).toEqual([
      before[0]! + 1, // RETIRED-2 only
      before[1],
      before[2],
    ]);
  });
});
