import { testToken } from '@chung-tay/common/testing';
import { centreWithGroup, COMMUNE, gql, makeLoan, repay, setupLender, useSubgraph, WARD } from './fixtures';

/*
 * A portfolio worked out by hand, as of 30 June 2025. One lender; product A is weekly, flat 1.3 %/month
 * (12/52 × 1.3 % = 0.3 % a week), product B monthly, 1 %/month on the declining balance.
 *
 * L1 (A, commune 25222) 10,400,000 over 13 weeks, disbursed Mon 3 Mar: 800,000 principal + 31,200 interest
 *    = 831,200 every Monday 10 Mar … 2 Jun, all paid on the day → CLOSED on 2 Jun, out of the portfolio.
 * L2 (A, 25222) 10,400,000 over 13 weeks, disbursed 7 Apr: due 14 Apr, 21 Apr … 23 Jun (#11), 30 Jun (#12).
 *    Paid #1–#4 on their days, then 500,000 on 12 May: #5's interest 31,200 and 468,800 of its principal.
 *    On 30 Jun #5–#11 are late (#12 falls due that day, not late). Oldest unpaid #5, due 12 May:
 *    days past due = 19 (to 31 May) + 30 = 49 → 31–60.
 *    outstanding principal = 10,400,000 − 4 × 800,000 − 468,800 = 6,731,200
 *    overdue principal     = 7 × 800,000 − 468,800                = 5,131,200
 *    arrears               = 7 × 831,200 − 500,000                = 5,318,400
 * L3 (B, 25222) 12,000,000 over 12 months, disbursed 15 Jan: 1,000,000 principal a month, interest 1 % of the
 *    balance: 120,000, 110,000, 100,000, 90,000, 80,000 … Paid #1–#4 (15 Feb … 15 May) on the day; #5, due
 *    15 Jun (1,080,000), unpaid → 15 days past due → 1–30; outstanding 8,000,000; arrears 1,080,000.
 *    On 15 Jun itself it is not late yet (0 days).
 * L4 (B, ward 25195) 12,000,000 over 12 months, disbursed 10 Dec 2024, paid #1 (10 Jan) only. Oldest unpaid
 *    #2, due 10 Feb: 18 + 31 + 30 + 31 + 30 = 140 days → over 90; outstanding 11,000,000; arrears = #2–#6
 *    (10 Feb … 10 Jun) = 5 × 1,000,000 + 110,000 + 100,000 + 90,000 + 80,000 + 70,000 = 5,450,000.
 * L5 (A, 25195) 10,400,000 disbursed 6 Jan, nothing paid, written off 30 May → out of the portfolio.
 * L6 (A, 25222) applied for only → not in the portfolio.
 *
 * Portfolio on 30 Jun: L2 + L3 + L4 = 3 loans, outstanding 6,731,200 + 8,000,000 + 11,000,000 = 25,731,200;
 * more than 30 days late: L2 and L4 → PAR30 = (6,731,200 + 11,000,000) / 25,731,200 = 17,731,200 / 25,731,200
 * ≈ 0.6891. Arrears 5,318,400 + 1,080,000 + 5,450,000 = 11,848,400.
 * Commune 25222: L2 + L3, outstanding 14,731,200, PAR30 6,731,200 / 14,731,200; ward 25195: L4 alone, PAR30 1.
 *
 * Report for 2025-Q2 (1 Apr – 30 Jun): disbursed L2 (10,400,000, in 25222). Repaid in 25222: L1 #5–#13
 * (9 × 800,000 principal, 9 × 31,200 interest), L2 4 × 800,000 + 468,800 and 5 × 31,200, L3 #3–#4 (2,000,000,
 * 100,000 + 90,000) → principal 7,200,000 + 3,668,800 + 2,000,000 = 12,868,800; interest 280,800 + 156,000 +
 * 190,000 = 626,800. Written off: L5 in 25195, 10,400,000.
 */
const env = useSubgraph();
const ASOF = '2025-06-30';
const loans: Record<string, { id: string }> = {};
let lender: Awaited<ReturnType<typeof setupLender>>;
let groups: Record<string, string>;

const weeks = (from: string, n: number, amount: number) =>
  Array.from({ length: n }, (_, k) => ({
    date: new Date(Date.parse(from) + 7 * k * 86_400_000).toISOString().slice(0, 10),
    amount,
  }));

beforeAll(async () => {
  lender = await setupLender(env.h, env.t);
  groups = {
    [COMMUNE]: (await centreWithGroup(env.h, env.t, lender.code, COMMUNE)).groupId,
    [WARD]: (await centreWithGroup(env.h, env.t, lender.code, WARD)).groupId,
  };
  const loan = (
    unit: string,
    product: string,
    disbursedOn: string | undefined,
    principal = product === 'A' ? 10_400_000 : 12_000_000,
  ) =>
    makeLoan(env.h, env.t, {
      productId: product === 'A' ? lender.weekly : lender.monthly,
      principal,
      termInstalments: product === 'A' ? 13 : 12,
      appliedOn: '2024-12-01',
      approvedOn: disbursedOn && '2024-12-02',
      disbursedOn,
      lendingGroupId: groups[unit],
      borrower: { unitCode: unit },
    });
  loans.L1 = await loan(COMMUNE, 'A', '2025-03-03');
  loans.L2 = await loan(COMMUNE, 'A', '2025-04-07');
  loans.L3 = await loan(COMMUNE, 'B', '2025-01-15');
  loans.L4 = await loan(WARD, 'B', '2024-12-10');
  loans.L5 = await loan(WARD, 'A', '2025-01-06');
  loans.L6 = await loan(COMMUNE, 'A', undefined);
  await repay(env.h, env.t, loans.L1!.id, weeks('2025-03-10', 13, 831_200));
  await repay(env.h, env.t, loans.L2!.id, [
    ...weeks('2025-04-14', 4, 831_200),
    { date: '2025-05-12', amount: 500_000 },
  ]);
  await repay(env.h, env.t, loans.L3!.id, [
    { date: '2025-02-15', amount: 1_120_000 },
    { date: '2025-03-15', amount: 1_110_000 },
    { date: '2025-04-15', amount: 1_100_000 },
    { date: '2025-05-15', amount: 1_090_000 },
  ]);
  await repay(env.h, env.t, loans.L4!.id, [{ date: '2025-01-10', amount: 1_120_000 }]);
  await gql(
    env.h,
    `mutation($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`,
    {
      i: { loanId: loans.L5!.id, writtenOffOn: '2025-05-30', reason: 'Hộ vay mất khả năng trả nợ' },
    },
    env.t.officer,
  );
});

const STANDING = `query($id: ID!, $asOf: LocalDate) { loan(id: $id) { status standing(asOf: $asOf) {
  asOf daysPastDue bucket overdue outstandingPrincipal outstandingInterest overduePrincipal arrearsAmount } } }`;
const standing = async (name: string, asOf = ASOF) =>
  (await gql(env.h, STANDING, { id: loans[name]!.id, asOf }, env.t.officer)).loan;

const FIGURES = `asOf activeLoans outstandingPrincipal overdueLoans overduePrincipal arrearsAmount par30Principal par30
  buckets { bucket loans outstandingPrincipal }`;

describe('delinquency worked out by hand', () => {
  it('gives each loan its days past due, bucket, outstanding and arrears on a date', async () => {
    expect(await standing('L1')).toMatchObject({
      status: 'CLOSED',
      standing: { daysPastDue: 0, bucket: 'CURRENT', outstandingPrincipal: 0 },
    });
    expect((await standing('L2')).standing).toEqual({
      asOf: ASOF,
      daysPastDue: 49,
      bucket: 'DPD_31_60',
      overdue: true,
      outstandingPrincipal: 6_731_200,
      outstandingInterest: 8 * 31_200,
      overduePrincipal: 5_131_200,
      arrearsAmount: 5_318_400,
    });
    expect((await standing('L3')).standing).toMatchObject({
      daysPastDue: 15,
      bucket: 'DPD_1_30',
      outstandingPrincipal: 8_000_000,
      arrearsAmount: 1_080_000,
    });
    expect((await standing('L3', '2025-06-15')).standing).toMatchObject({
      daysPastDue: 0,
      bucket: 'CURRENT',
      arrearsAmount: 0,
    });
    expect((await standing('L3', '2025-06-16')).standing).toMatchObject({
      daysPastDue: 1,
      bucket: 'DPD_1_30',
    });
    expect((await standing('L4')).standing).toMatchObject({
      daysPastDue: 140,
      bucket: 'DPD_OVER_90',
      outstandingPrincipal: 11_000_000,
      arrearsAmount: 5_450_000,
    });
    // Before the L2 part-payment on 12 May, #5 was not yet due on 11 May: L2 was current then.
    expect((await standing('L2', '2025-05-11')).standing).toMatchObject({
      daysPastDue: 0,
      outstandingPrincipal: 7_200_000,
    });
    expect((await standing('L6')).standing).toMatchObject({ daysPastDue: 0, outstandingPrincipal: 0 });
  });

  it('computes portfolio figures and PAR30 for the lender, a unit with everything below it, and a group', async () => {
    const { loanPortfolio: province } = await gql(
      env.h,
      `query($asOf: LocalDate) { loanPortfolio(asOf: $asOf, filter: { unitCode: "75" }) { ${FIGURES} } }`,
      { asOf: ASOF },
      env.t.officer,
    );
    expect(province).toMatchObject({
      activeLoans: 3,
      outstandingPrincipal: 25_731_200,
      overdueLoans: 3,
      arrearsAmount: 11_848_400,
      par30Principal: 17_731_200,
      buckets: [
        { bucket: 'CURRENT', loans: 0, outstandingPrincipal: 0 },
        { bucket: 'DPD_1_30', loans: 1, outstandingPrincipal: 8_000_000 },
        { bucket: 'DPD_31_60', loans: 1, outstandingPrincipal: 6_731_200 },
        { bucket: 'DPD_61_90', loans: 0, outstandingPrincipal: 0 },
        { bucket: 'DPD_OVER_90', loans: 1, outstandingPrincipal: 11_000_000 },
      ],
    });
    expect(province.par30).toBeCloseTo(17_731_200 / 25_731_200, 12);
    const byLender = await gql(
      env.h,
      `query($code: String!, $asOf: LocalDate) { lender(code: $code) { portfolio(asOf: $asOf) { ${FIGURES} } } }`,
      { code: lender.code, asOf: ASOF },
      env.t.officer, // the lender reads it exact; others under the threshold rule
    );
    expect(byLender.lender.portfolio).toEqual(province);
    const commune = (
      await gql(
        env.h,
        `query($asOf: LocalDate) { loanPortfolio(asOf: $asOf, filter: { unitCode: "${COMMUNE}" }) { ${FIGURES} } }`,
        { asOf: ASOF },
        env.t.officer,
      )
    ).loanPortfolio;
    expect(commune).toMatchObject({
      activeLoans: 2,
      outstandingPrincipal: 14_731_200,
      par30Principal: 6_731_200,
    });
    const group = await gql(
      env.h,
      `query($id: ID!, $asOf: LocalDate) { lendingGroup(id: $id) { portfolio(asOf: $asOf) { ${FIGURES} } } }`,
      { id: groups[WARD], asOf: ASOF },
      env.t.officer,
    );
    expect(group.lendingGroup.portfolio).toMatchObject({
      activeLoans: 1,
      outstandingPrincipal: 11_000_000,
      par30: 1,
    });
    // The day before the write-off L5 was still in the portfolio, with nothing paid.
    const before = (
      await gql(
        env.h,
        `{ loanPortfolio(asOf: "2025-05-29", filter: { unitCode: "${WARD}" }) { activeLoans outstandingPrincipal } }`,
        {},
        env.t.officer,
      )
    ).loanPortfolio;
    expect(before).toEqual({ activeLoans: 2, outstandingPrincipal: 11_000_000 + 10_400_000 });
  });

  it('lists the loans overdue on a date, for dashboards of any organisation in its units', async () => {
    const union = await testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
    const OVERDUE = `query($min: Int!) { loans(filter: { overdue: { asOf: "${ASOF}", minDaysPastDue: $min } }) {
      totalCount nodes { id standing(asOf: "${ASOF}") { bucket } } } }`;
    const late = (await gql(env.h, OVERDUE, { min: 1 }, union)).loans;
    expect(late.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [loans.L2!.id, loans.L3!.id, loans.L4!.id].sort(),
    );
    expect((await gql(env.h, OVERDUE, { min: 31 }, union)).loans.totalCount).toBe(2);
  });
});

describe("the portfolio report to the People's Committee", () => {
  const REPORT = `query($period: PeriodCode!, $unit: String!) { loanPortfolioReport(period: $period, unitCode: $unit) {
    period periodStart asOf dueDate
    total { unitCode unitName disbursedLoans disbursedAmount repaidPrincipal repaidInterest writtenOffLoans writtenOffAmount
      standing { activeLoans outstandingPrincipal par30Principal par30 } }
    rows { unitCode unitName unit { code } disbursedLoans disbursedAmount repaidPrincipal repaidInterest writtenOffLoans
      writtenOffAmount standing { activeLoans outstandingPrincipal overdueLoans par30 } } } }`;

  it('adds up the quarter by commune, as worked out by hand', async () => {
    const { loanPortfolioReport: r } = await gql(
      env.h,
      REPORT,
      { period: '2025-Q2', unit: '75' },
      env.t.officer,
    );
    expect(r).toMatchObject({
      period: '2025-Q2',
      periodStart: '2025-04-01',
      asOf: ASOF,
      dueDate: '2025-07-05',
    });
    expect(r.rows).toEqual([
      {
        unitCode: WARD,
        unitName: 'Phường Bình Phước',
        unit: { code: WARD },
        disbursedLoans: 0,
        disbursedAmount: 0,
        repaidPrincipal: 0,
        repaidInterest: 0,
        writtenOffLoans: 1,
        writtenOffAmount: 10_400_000,
        standing: { activeLoans: 1, outstandingPrincipal: 11_000_000, overdueLoans: 1, par30: 1 },
      },
      {
        unitCode: COMMUNE,
        unitName: 'Xã Bù Gia Mập',
        unit: { code: COMMUNE },
        disbursedLoans: 1,
        disbursedAmount: 10_400_000,
        repaidPrincipal: 12_868_800,
        repaidInterest: 626_800,
        writtenOffLoans: 0,
        writtenOffAmount: 0,
        standing: {
          activeLoans: 2,
          outstandingPrincipal: 14_731_200,
          overdueLoans: 2,
          par30: 6_731_200 / 14_731_200,
        },
      },
    ]);
    expect(r.total).toMatchObject({
      unitCode: '75',
      unitName: 'Đồng Nai',
      disbursedLoans: 1,
      repaidPrincipal: 12_868_800,
      writtenOffAmount: 10_400_000,
      standing: { activeLoans: 3, outstandingPrincipal: 25_731_200, par30Principal: 17_731_200 },
    });
  });

  it("is refused to organisations other than the lender and the People's Committee, and outside their units", async () => {
    const res = await env.h.query(REPORT, { period: '2025-06', unit: '75' }, env.t.union);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hcmc = await env.h.query(REPORT, { period: '2025-06', unit: '75' }, env.t.hcmcOfficer);
    expect(hcmc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await env.h.query(REPORT, { period: '2025-13', unit: '75' }, env.t.pc);
    expect(bad.errors?.[0]?.message).toMatch(/period code/);
    const month = (await gql(env.h, REPORT, { period: '2025-06', unit: '75' }, env.t.officer))
      .loanPortfolioReport;
    expect(month).toMatchObject({
      asOf: ASOF,
      total: { disbursedLoans: 0, writtenOffLoans: 0, standing: { activeLoans: 3 } },
    });
  });
});
