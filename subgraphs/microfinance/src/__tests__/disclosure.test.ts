import { testToken } from '@chung-tay/common/testing';
import { centreWithGroup, gql, makeLoan, setupLender, useSubgraph } from './fixtures';

/*
 * The lenders' area figures under the threshold rule (N = 5), for readers outside the lender. Loans of a
 * monthly product (first instalment a month after disbursement), none repaid, so by 30 Jun 2025 the April
 * loans are 31–60 days late and the May one 1–30.
 *   25222 (one-loan commune): 17,300,000 disbursed 10 Apr — one household's whole principal.
 *   25195 (two-loan commune): 8,000,000 on 15 Apr and 9,500,000 on 22 Apr.
 *   26005: six loans on 3–8 Apr (10,000,000 … 15,000,000) and 11,100,000 on 20 May.
 * Province 75 holds all ten; the retired province 70 holds 25222 and 25195.
 */
const env = useSubgraph();
const FIGURES = `disbursedLoans disbursedAmount outstandingLoans outstandingPrincipal overdueLoans overduePrincipal
  arrearsAmount par30Principal par30Percent buckets { bucket loans outstandingPrincipal }
  disclosure { exact minRecords suppressed }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaPeriod {
  microfinance { ${FIGURES} } } } }`;
let union: string;

async function figures(unitCode: string, period: string, token = union) {
  const { _entities } = await gql(
    env.h,
    ENTITIES,
    { r: [{ __typename: 'AreaPeriod', unitCode, period }] },
    token,
  );
  return _entities[0].microfinance;
}
const bucket = (f: { buckets: Record<string, any>[] }, name: string) =>
  f.buckets.find((b) => b.bucket === name)!;

beforeAll(async () => {
  union = await testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
  const lender = await setupLender(env.h, env.t);
  const loan = async (unitCode: string, principal: number, disbursedOn: string) => {
    const { groupId } = await centreWithGroup(env.h, env.t, lender.code, unitCode);
    await makeLoan(env.h, env.t, {
      productId: lender.monthly,
      principal,
      termInstalments: 12,
      appliedOn: '2025-03-01',
      approvedOn: '2025-03-02',
      disbursedOn,
      lendingGroupId: groupId,
      borrower: { unitCode },
    });
  };
  await loan('25222', 17_300_000, '2025-04-10');
  await loan('25195', 8_000_000, '2025-04-15');
  await loan('25195', 9_500_000, '2025-04-22');
  for (let k = 0; k < 6; k += 1) await loan('26005', 10_000_000 + k * 1_000_000, `2025-04-0${3 + k}`);
  await loan('26005', 11_100_000, '2025-05-20');
});

describe("the lenders' area figures seen from another organisation", () => {
  it("show nothing of a one-loan or two-loan commune's loans, in any period", async () => {
    for (const unit of ['25222', '25195', '70']) {
      const april = await figures(unit, '2025-04');
      expect(april).toMatchObject({
        disbursedLoans: null,
        disbursedAmount: null,
        outstandingLoans: null,
        outstandingPrincipal: null,
        // Nothing was late by 30 April: no loan, no amount — zero says nothing of anyone.
        overdueLoans: 0,
        overduePrincipal: 0,
        disclosure: { exact: false, minRecords: 5 },
      });
      for (const period of ['2025-Q2', '2025-6M', '2025']) {
        const f = await figures(unit, period);
        expect(f).toMatchObject({
          disbursedLoans: null,
          disbursedAmount: null,
          outstandingLoans: null,
          outstandingPrincipal: null,
          overdueLoans: null,
          overduePrincipal: null,
          arrearsAmount: null,
          par30Principal: null,
          par30Percent: null,
        });
        // Every bucket is empty or withheld: the late loans' principal shows nowhere.
        for (const b of f.buckets)
          expect([b.loans, b.outstandingPrincipal]).toEqual(b.loans === 0 ? [0, 0] : [null, null]);
        expect(f.disclosure.suppressed).toEqual(
          expect.arrayContaining(['disbursedAmount', 'outstandingPrincipal', 'arrearsAmount']),
        );
      }
    }
  });

  it("are exact for the lender's own officer", async () => {
    expect(await figures('25222', '2025-04', env.t.officer)).toMatchObject({
      disbursedLoans: 1,
      disbursedAmount: 17_300_000,
      outstandingPrincipal: 17_300_000,
      disclosure: { exact: true, suppressed: [] },
    });
  });

  it('let no month be worked out from its quarter, nor a late loan from the total and the other buckets', async () => {
    const [april, q2] = [await figures('26005', '2025-04'), await figures('26005', '2025-Q2')];
    expect(april.disbursedLoans).toBe(5); // 6, rounded to base 5
    expect(q2.disbursedLoans).toBe(5); // 7
    expect(april.disbursedAmount).not.toBeNull();
    expect(q2.disbursedAmount).not.toBeNull();
    expect(q2.disbursedAmount - april.disbursedAmount).not.toBe(11_100_000);
    expect(q2.disbursedAmount).not.toBe(86_100_000);
    // The May loan is the only one 1–30 days late: withheld, and the total less the other bucket misses it.
    expect(bucket(q2, 'DPD_1_30')).toEqual({ bucket: 'DPD_1_30', loans: null, outstandingPrincipal: null });
    const late = bucket(q2, 'DPD_31_60').outstandingPrincipal;
    expect(late).not.toBeNull();
    expect(q2.outstandingPrincipal - late).not.toBe(11_100_000);
  });

  it('let no commune be worked out from its province less the other communes', async () => {
    const [province, c] = [await figures('75', '2025-04'), await figures('26005', '2025-04')];
    expect(province.disbursedLoans).toBe(10); // 9
    expect(province.disbursedAmount - c.disbursedAmount).not.toBe(17_300_000 + 8_000_000 + 9_500_000);
    expect(province.disbursedAmount).not.toBe(109_800_000);
  });

  it('give the same stock the same number whichever period shows it, so asking again averages nothing', async () => {
    const shown = await Promise.all(
      ['2025-06', '2025-Q2', '2025-6M'].map((p) => figures('26005', p).then((f) => f.outstandingPrincipal)),
    );
    expect(new Set(shown).size).toBe(1);
    expect(shown[0]).not.toBe(86_100_000);
  });

  it("withhold a one-loan commune's figures in the lender's report versions too", async () => {
    const { prepareMicrofinanceAreaReport: draft } = await gql(
      env.h,
      `mutation { prepareMicrofinanceAreaReport(section: LENDER_PORTFOLIO, unitCode: "25222", period: "2025-Q2") {
        id figures { disbursedAmount } } }`,
      {},
      env.t.officer,
    );
    expect(draft.figures.disbursedAmount).toBe(17_300_000);
    const read = `query($id: ID!) { microfinanceAreaReport(id: $id) { figures { ${FIGURES} } } }`;
    const { microfinanceAreaReport: seen } = await gql(env.h, read, { id: draft.id }, union);
    expect(seen.figures).toMatchObject({ disbursedAmount: null, outstandingPrincipal: null });
    const { microfinanceAreaReports: listed } = await gql(
      env.h,
      `{ microfinanceAreaReports(unitCode: "25222") { figures { disbursedAmount arrearsAmount } } }`,
      {},
      env.t.pc,
    );
    expect(listed).toEqual([{ figures: { disbursedAmount: null, arrearsAmount: null } }]);
  });

  it("withhold a one-loan commune's row of the portfolio report and a small group's portfolio", async () => {
    const REPORT = `{ loanPortfolioReport(period: "2025-Q2", unitCode: "75") {
      total { disbursedLoans disbursedAmount }
      rows { unitCode disbursedAmount standing { outstandingPrincipal arrearsAmount } }
      disclosure { exact suppressed } } }`;
    const own = (await gql(env.h, REPORT, {}, env.t.officer)).loanPortfolioReport;
    expect(own.rows.find((r: { unitCode: string }) => r.unitCode === '25222').disbursedAmount).toBe(
      17_300_000,
    );
    const pc = (await gql(env.h, REPORT, {}, env.t.pc)).loanPortfolioReport;
    expect(pc.rows.find((r: { unitCode: string }) => r.unitCode === '25222')).toEqual({
      unitCode: '25222',
      disbursedAmount: null,
      standing: { outstandingPrincipal: null, arrearsAmount: null },
    });
    expect(pc.disclosure.suppressed).toContain('rows.25222.disbursedAmount');
    expect(pc.total.disbursedLoans).toBe(10);
    expect(pc.total.disbursedAmount).not.toBe(own.total.disbursedAmount);
    const { loanPortfolio } = await gql(
      env.h,
      `{ loanPortfolio(asOf: "2025-06-30", filter: { unitCode: "25195" }) { activeLoans outstandingPrincipal } }`,
      {},
      env.t.pc,
    );
    expect(loanPortfolio).toEqual({ activeLoans: null, outstandingPrincipal: null });
  });
});
