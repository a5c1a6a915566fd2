import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { excelBytes } from '../excel-buffer';
import { startTestHub, type TestHub } from '../hub-client';

/*
 * The attack of issue 21 through the gateway: a Labour Union viewer reading, from a commune's monthly lender
 * figures, one named household's loan principal — and its differencing siblings. A monthly product, nothing
 * repaid, so on 30 Jun 2025 the April loans are 31–60 days late and the May one 1–30.
 *   25222: one loan, 17,300,000, to Điểu Thị Bình's poor household (disbursed 10 Apr).
 *   26005: six loans in April (10,000,000 … 15,000,000) and one of 11,100,000 on 20 May.
 *   Province 75 in April: seven loans, the one of 25222 and the six of 26005.
 */
let hub: TestHub;
const t = {} as Record<'pc' | 'mfAdmin' | 'mf' | 'union', string>;
const PRINCIPAL = 17_300_000;
const FIGURES = `disbursedLoans disbursedAmount outstandingLoans outstandingPrincipal arrearsAmount par30Percent
  buckets { bucket loans outstandingPrincipal } disclosure { exact minRecords suppressed }`;

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function figures(unitCode: string, period: string, token = t.union) {
  const { areaPeriod } = await call(
    `query($u: String!, $p: PeriodCode!) { areaPeriod(unitCode: $u, period: $p) { microfinance { ${FIGURES} } } }`,
    { u: unitCode, p: period },
    token,
  );
  return areaPeriod.microfinance;
}
const bucket = (f: { buckets: Record<string, any>[] }, name: string) =>
  f.buckets.find((b) => b.bucket === name)!;

async function loan(productId: string, groupId: string, borrowerId: string, principal: number, on: string) {
  const { applyForLoan } = await call(
    `mutation($i: ApplyForLoanInput!) { applyForLoan(input: $i) { id } }`,
    {
      i: {
        borrowerId,
        productId,
        principal,
        termInstalments: 12,
        purpose: 'Nuôi heo',
        appliedOn: '2025-03-01',
        lendingGroupId: groupId,
      },
    },
    t.mf,
  );
  await call(
    `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { status } }`,
    {
      i: { loanId: applyForLoan.id, approvedOn: '2025-03-02' },
    },
    t.mf,
  );
  await call(
    `mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }`,
    {
      i: { loanId: applyForLoan.id, disbursedOn: on },
    },
    t.mf,
  );
}

async function group(unitCode: string) {
  const { openLendingCentre } = await call(
    `mutation($u: String!, $c: String!) { openLendingCentre(input: { lenderCode: "CEP-SDC", code: $c,
      name: "Cụm", unitCode: $u, meetingDay: MONDAY, openedOn: "2024-09-02" }) { id } }`,
    { u: unitCode, c: `CEP-SDC-${unitCode}` },
    t.mf,
  );
  const { formLendingGroup } = await call(
    `mutation($c: ID!, $code: String!) { formLendingGroup(input: { centreId: $c, code: $code, name: "Nhóm 1",
      formedOn: "2024-09-02" }) { id } }`,
    { c: openLendingCentre.id, code: `CEP-SDC-${unitCode}-01` },
    t.mf,
  );
  return formLendingGroup.id as string;
}

async function borrower(
  unitCode: string,
  fullName: string,
  ids = { personId: randomUUID(), householdId: randomUUID() },
) {
  const { registerBorrower } = await call(
    `mutation($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id } }`,
    {
      i: {
        ...ids,
        unitCode,
        householdStatus: 'POOR',
        poorCategory: 'A',
        fullName,
        registeredOn: '2025-01-06',
      },
    },
    t.mf,
  );
  return registerBorrower.id as string;
}

beforeAll(async () => {
  hub = await startTestHub();
  t.pc = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  t.mfAdmin = await hub.token({ org: 'microfinance', units: ['75'], roles: ['admin'] });
  t.mf = await hub.token({ org: 'microfinance', units: ['75'], roles: ['officer'] });
  t.union = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });

  await call(
    `mutation { registerLender(input: { code: "CEP-SDC", name: "CEP – Đồng Nai", kind: MICROFINANCE_INSTITUTION,
      unitCode: "75" }) { id } }`,
    {},
    t.mfAdmin,
  );
  const { defineLoanProduct: product } = await call(
    `mutation { defineLoanProduct(input: { lenderCode: "CEP-SDC", code: "CEP-SDC-M", name: "Vay tháng",
      kind: MICROCREDIT, interestMethod: DECLINING_BALANCE, repaymentFrequency: MONTHLY, monthlyInterestRate: 1,
      minTerm: 6, maxTerm: 60, minAmount: 1000000, maxAmount: 100000000, compulsorySavingsPercent: 5 }) { id } }`,
    {},
    t.mfAdmin,
  );
  // The named household of the register, matched by the lender as its tools do.
  const { registerHousehold } = await call(
    `mutation { registerHousehold(input: { code: "E2E-SDC-0001", unitCode: "25222", address: "Ấp 4",
      initialStatus: POOR, statusSince: "2023-01-01", members: [{ fullName: "Điểu Thị Bình", birthDate: "1985-06-01",
      sex: FEMALE, relationToHead: HEAD, nationalId: "075185000999" }] }) { id members { id } } }`,
    {},
    t.pc,
  );
  const bình = await borrower('25222', 'Điểu Thị Bình', {
    personId: registerHousehold.members[0].id,
    householdId: registerHousehold.id,
  });
  await loan(product.id, await group('25222'), bình, PRINCIPAL, '2025-04-10');
  const g = await group('26005');
  for (let k = 0; k < 6; k += 1)
    await loan(
      product.id,
      g,
      await borrower('26005', `Người vay ${k + 1}`),
      10_000_000 + k * 1_000_000,
      `2025-04-0${3 + k}`,
    );
  await loan(product.id, g, await borrower('26005', 'Người vay 7'), 11_100_000, '2025-05-20');
});
afterAll(() => hub?.close());

describe("a commune's lender figures read by another organisation", () => {
  it("show nothing of the one household's loan: no principal, no arrears, no bucket", async () => {
    for (const period of ['2025-04', '2025-Q2', '2025']) {
      const f = await figures('25222', period);
      expect(f).toMatchObject({
        disbursedLoans: null,
        disbursedAmount: null,
        outstandingLoans: null,
        outstandingPrincipal: null,
        disclosure: { exact: false, minRecords: 5 },
      });
      for (const b of f.buckets)
        expect(b.outstandingPrincipal === null || b.outstandingPrincipal === 0).toBe(true);
      expect(JSON.stringify(f)).not.toContain(String(PRINCIPAL));
    }
    expect((await figures('25222', '2025-Q2')).arrearsAmount).toBeNull();
  });

  it('are exact for the lender', async () => {
    expect(await figures('25222', '2025-04', t.mf)).toMatchObject({
      disbursedLoans: 1,
      disbursedAmount: PRINCIPAL,
      disclosure: { exact: true, suppressed: [] },
    });
  });

  it('do not give the commune away as the province less its other communes', async () => {
    const [province, other] = [await figures('75', '2025-04'), await figures('26005', '2025-04')];
    expect(province.disbursedLoans).toBe(5); // 7, to base 5
    expect(province.disbursedAmount).not.toBeNull();
    expect(other.disbursedAmount).not.toBeNull();
    expect(province.disbursedAmount - other.disbursedAmount).not.toBe(PRINCIPAL);
    expect(province.outstandingPrincipal - other.outstandingPrincipal).not.toBe(PRINCIPAL);
  });

  it('do not give a month away as its quarter less the others, nor a late loan as the total less a bucket', async () => {
    const { areaPeriods } = await call(
      `{ areaPeriods(unitCode: "26005", periods: ["2025-04", "2025-05", "2025-06", "2025-Q2"]) {
        period microfinance { ${FIGURES} } } }`,
      {},
      t.union,
    );
    const [april, may, june, q2] = areaPeriods.map((a: { microfinance: unknown }) => a.microfinance);
    expect(may.disbursedAmount).toBeNull();
    expect(june.disbursedAmount).toBe(0);
    expect(q2.disbursedAmount - april.disbursedAmount - june.disbursedAmount).not.toBe(11_100_000);
    expect(bucket(q2, 'DPD_1_30').outstandingPrincipal).toBeNull();
    expect(q2.outstandingPrincipal - bucket(q2, 'DPD_31_60').outstandingPrincipal).not.toBe(11_100_000);
  });

  it('show "<5" and "—" in the cross-agency summary workbook, never the principal', async () => {
    const response = await fetch(
      `${hub.gatewayUrl.replace(/\/graphql$/, '')}/exports/area-summary.xlsx?unitCode=25222&period=2025-04`,
      {
        headers: { authorization: `Bearer ${t.union}` },
      },
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excelBytes(await response.arrayBuffer()));
    const cells = new Map<string, unknown>();
    workbook.getWorksheet('Tổng hợp')!.eachRow((row) => {
      const values = row.values as unknown[];
      // The last column names each row's fields in the graph.
      cells.set(String(values[values.length - 1]), values[3]);
    });
    expect(cells.get('microfinance.disbursedLoans')).toBe('<5');
    expect(cells.get('microfinance.disbursedAmount')).toBe('—');
    expect([...cells.values()]).not.toContain(PRINCIPAL);
  });
});
