import { SUBGRAPHS } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';

// The lender through the gateway: a poor household of the register, its borrower's loan in a CEP group, read
// with the household in one query; amounts for the lender only; refusals carry the field at fault.

let hub: TestHub;
const t = {} as Record<'pc' | 'mfAdmin' | 'mf' | 'union' | 'pcViewer', string>;

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** A poor household registered by the People's Committee; its head (a woman with an ID card) borrows. */
async function poorHousehold(code: string, nationalId: string) {
  const { registerHousehold } = await call(
    `mutation($code: String!, $nid: String!) { registerHousehold(input: { code: $code, unitCode: "25222",
      address: "Ấp 4", initialStatus: POOR, statusSince: "2023-01-01",
      members: [{ fullName: "Điểu Thị Bình", birthDate: "1985-06-01", sex: FEMALE, relationToHead: HEAD, nationalId: $nid },
                { fullName: "Điểu Văn Sang", birthDate: "1983-02-11", sex: MALE, relationToHead: SPOUSE }] }) { id } }`,
    { code, nid: nationalId },
    t.pc,
  );
  // The lender's tool matches the person first, then opens its customer record with the ids it got back.
  const { registerMatch: match } = await call(
    `query($nid: String!) { registerMatch(nationalId: $nid) { person { id } household { id unitCode }
      householdStatus poorCategory } }`,
    { nid: nationalId },
    t.mf,
  );
  expect(match.household.id).toBe(registerHousehold.id);
  const { registerBorrower } = await call(
    `mutation($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id } }`,
    {
      i: {
        personId: match.person.id,
        householdId: match.household.id,
        unitCode: match.household.unitCode,
        householdStatus: match.householdStatus,
        poorCategory: match.poorCategory,
        fullName: 'Điểu Thị Bình',
        registeredOn: '2025-01-06',
      },
    },
    t.mf,
  );
  return {
    householdId: registerHousehold.id as string,
    personId: match.person.id as string,
    borrowerId: registerBorrower.id as string,
  };
}

async function lender(code: string, kind: string, product: Record<string, unknown>) {
  await call(
    `mutation($i: RegisterLenderInput!) { registerLender(input: $i) { id } }`,
    {
      i: { code, name: `${code} – Chi nhánh Đồng Nai`, kind, unitCode: '75' },
    },
    t.mfAdmin,
  );
  const { defineLoanProduct } = await call(
    `mutation($i: DefineLoanProductInput!) { defineLoanProduct(input: $i) { id } }`,
    { i: { lenderCode: code, code: `${code}-P`, name: 'Sản phẩm vay', ...product } },
    t.mfAdmin,
  );
  return defineLoanProduct.id as string;
}

/** Applies, approves and disburses; returns the loan id. */
async function disbursedLoan(
  input: Record<string, unknown>,
  dates = { approvedOn: '2025-01-08', disbursedOn: '2025-01-13' },
) {
  const { applyForLoan } = await call(
    `mutation($i: ApplyForLoanInput!) { applyForLoan(input: $i) { id } }`,
    { i: input },
    t.mf,
  );
  await call(
    `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { status } }`,
    {
      i: { loanId: applyForLoan.id, approvedOn: dates.approvedOn },
    },
    t.mf,
  );
  await call(
    `mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }`,
    {
      i: { loanId: applyForLoan.id, disbursedOn: dates.disbursedOn },
    },
    t.mf,
  );
  return applyForLoan.id as string;
}

beforeAll(async () => {
  hub = await startTestHub();
  t.pc = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  t.pcViewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
  t.mfAdmin = await hub.token({ org: 'microfinance', units: ['75'], roles: ['admin'] });
  t.mf = await hub.token({ org: 'microfinance', units: ['75'], roles: ['officer'] });
  t.union = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
});
afterAll(() => hub?.close());

/** CEP-E2E's weekly product and its group in 25222, made by the first describe's setup. */
const cepE2e = { productId: '', groupId: '' };

describe('the microfinance lender through the gateway', () => {
  let household: Awaited<ReturnType<typeof poorHousehold>>;
  let loanId: string;

  beforeAll(async () => {
    household = await poorHousehold('E2E-MF-0001', '075185000111');
    const productId = await lender('CEP-E2E', 'MICROFINANCE_INSTITUTION', {
      kind: 'MICROCREDIT',
      interestMethod: 'FLAT',
      repaymentFrequency: 'WEEKLY',
      monthlyInterestRate: 1.3,
      minTerm: 4,
      maxTerm: 50,
      minAmount: 1_000_000,
      maxAmount: 30_000_000,
      compulsorySavingsPercent: 5,
    });
    const { openLendingCentre } = await call(
      `mutation { openLendingCentre(input: { lenderCode: "CEP-E2E", code: "CEP-E2E-25222-01", name: "Cụm Hoa Sen",
        unitCode: "25222", meetingDay: MONDAY, openedOn: "2024-09-02" }) { id } }`,
      {},
      t.mf,
    );
    const { formLendingGroup } = await call(
      `mutation($c: ID!) { formLendingGroup(input: { centreId: $c, code: "CEP-E2E-25222-01-01", name: "Nhóm 1",
        formedOn: "2024-09-02" }) { id } }`,
      { c: openLendingCentre.id },
      t.mf,
    );
    loanId = await disbursedLoan({
      borrowerId: household.borrowerId,
      productId,
      principal: 5_200_000,
      termInstalments: 4,
      purpose: 'Nuôi gà thả vườn',
      appliedOn: '2025-01-06',
      lendingGroupId: formLendingGroup.id,
    });
    Object.assign(cepE2e, { productId, groupId: formLendingGroup.id });
    // Week 1 paid (1,300,000 + 15,600 interest), then nothing: instalment 2, due 27 Jan, is late.
    await call(
      `mutation($i: RecordLoanRepaymentsInput!) { recordLoanRepayments(input: $i) { id } }`,
      {
        i: { loanId, repayments: [{ date: '2025-01-20', amount: 1_315_600, savingsDeposit: 65_000 }] },
      },
      t.mf,
    );
  });

  const HOUSEHOLD = `query($id: ID!) { household(id: $id) { code status members { relationToHead }
    loans { status productKind principal lendingGroup { name centre { name unit { name parent { name } } } }
      standing(asOf: "2025-03-31") { daysPastDue bucket arrearsAmount } } } }`;

  it('reads a poor household with its loans and the group they belong to in one query', async () => {
    const { household: h } = await call(HOUSEHOLD, { id: household.householdId }, t.mf);
    expect(h).toEqual({
      code: 'E2E-MF-0001',
      status: 'POOR',
      members: expect.arrayContaining([{ relationToHead: 'HEAD' }]),
      loans: [
        {
          status: 'DISBURSED',
          productKind: 'MICROCREDIT',
          principal: 5_200_000,
          lendingGroup: {
            name: 'Nhóm 1',
            centre: { name: 'Cụm Hoa Sen', unit: { name: 'Xã Bù Gia Mập', parent: { name: 'Đồng Nai' } } },
          },
          // 31 Mar − 27 Jan = 63 days; three instalments of 1,315,600 are late.
          standing: { daysPastDue: 63, bucket: 'DPD_61_90', arrearsAmount: 3 * 1_315_600 },
        },
      ],
    });
    const { person } = await call(
      `query($id: ID!) { person(id: $id) { birthYear loans { id } borrower { code fullName } } }`,
      { id: household.personId },
      t.mf,
    );
    expect(person.loans).toEqual([{ id: loanId }]);
    // The lender's own record of her name, not the register's.
    expect(person).toMatchObject({
      birthYear: 1985,
      borrower: { code: expect.stringMatching(/^KH-\d{6}$/), fullName: 'Điểu Thị Bình' },
    });
  });

  it('shows other organisations that the household has an overdue loan, but not its amounts', async () => {
    const res = await hub.query(HOUSEHOLD, { id: household.householdId }, t.union);
    expect(res.data!.household.loans[0]).toMatchObject({
      status: 'DISBURSED',
      principal: null,
      standing: { bucket: 'DPD_61_90', arrearsAmount: null },
    });
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const overdue = await call(
      `{ loans(filter: { unitCode: "75", overdue: { asOf: "2025-03-31", minDaysPastDue: 31 } }) { nodes { household { code status } } } }`,
      {},
      t.union,
    );
    expect(overdue.loans.nodes).toEqual([{ household: { code: 'E2E-MF-0001', status: 'POOR' } }]);
  });

  it("gives the People's Committee the quarterly portfolio report by commune", async () => {
    const { loanPortfolioReport: report } = await call(
      `{ loanPortfolioReport(period: "2025-Q1", unitCode: "75") { dueDate total { disbursedAmount repaidPrincipal
        standing { activeLoans outstandingPrincipal par30Percent } } rows { unit { name } } } }`,
      {},
      t.pcViewer,
    );
    // One loan in the province: the People's Committee gets it under the threshold rule, nothing of its amounts.
    expect(report).toEqual({
      dueDate: '2025-04-05',
      total: {
        disbursedAmount: null,
        repaidPrincipal: null,
        standing: { activeLoans: null, outstandingPrincipal: null, par30Percent: null },
      },
      rows: [{ unit: { name: 'Xã Bù Gia Mập' } }],
    });
  });

  it('refuses a repayment above what is owed, naming the field, and writes by other organisations', async () => {
    const bad = await hub.query(
      `mutation($i: RepayLoanInput!) { repayLoan(input: $i) { id } }`,
      { i: { loanId, date: '2025-02-03', amount: 4_000_000 } },
      t.mf,
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('more than the 3946800 đồng still owed'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
    });
    const union = await hub.query(
      `mutation($i: RepayLoanInput!) { repayLoan(input: $i) { id } }`,
      { i: { loanId, date: '2025-02-03', amount: 1_000 } },
      t.union,
    );
    expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the lenders' figures in the cross-agency area view", () => {
  const FIGURES = `disbursedLoans disbursedAmount repaidPrincipal repaidInterest outstandingLoans outstandingBorrowers
    outstandingPrincipal overdueLoans overduePrincipal arrearsAmount par30Principal`;
  // The province, the commune and the province retired in 2025 whose area the commune took over.
  const AREAS = `{ province: areaPeriod(unitCode: "75", period: "2025-Q2") { microfinance { ${FIGURES} } }
    commune: areaPeriod(unitCode: "25222", period: "2025-Q2") { microfinance { ${FIGURES} } }
    binhPhuoc: areaPeriod(unitCode: "70", period: "2025-Q2") { microfinance { ${FIGURES} } } }`;
  type Figures = Record<string, number>;
  const read = async (token: string) =>
    Object.fromEntries(
      Object.entries(await call(AREAS, {}, token)).map(([k, v]) => [
        k,
        (v as { microfinance: Figures }).microfinance,
      ]),
    ) as Record<'province' | 'commune' | 'binhPhuoc', Figures>;

  it('move by exactly the loan disbursed and the repayment made in the quarter', async () => {
    const before = await read(t.mf);
    const household = await poorHousehold('E2E-MF-0003', '075185000333');
    const loanId = await disbursedLoan(
      {
        borrowerId: household.borrowerId,
        productId: cepE2e.productId,
        principal: 5_200_000,
        termInstalments: 4,
        purpose: 'Buôn bán tạp hóa',
        appliedOn: '2025-04-01',
        lendingGroupId: cepE2e.groupId,
      },
      { approvedOn: '2025-04-03', disbursedOn: '2025-04-07' },
    );
    // Week 1 (1,300,000 + 15,600) paid on 14 Apr; weeks 2–4 (21 Apr … 5 May) unpaid: 70 days late on 30 Jun.
    await call(
      `mutation($i: RecordLoanRepaymentsInput!) { recordLoanRepayments(input: $i) { id } }`,
      { i: { loanId, repayments: [{ date: '2025-04-14', amount: 1_315_600 }] } },
      t.mf,
    );
    const after = await read(t.mf);
    const created = {
      disbursedLoans: 1,
      disbursedAmount: 5_200_000,
      repaidPrincipal: 1_300_000,
      repaidInterest: 15_600,
      outstandingLoans: 1,
      outstandingBorrowers: 1,
      outstandingPrincipal: 3_900_000,
      overdueLoans: 1,
      overduePrincipal: 3_900_000,
      arrearsAmount: 3 * 1_315_600,
      par30Principal: 3_900_000,
    };
    for (const area of ['province', 'commune', 'binhPhuoc'] as const) {
      const moved = Object.fromEntries(
        Object.keys(created).map((k) => [k, after[area][k]! - before[area][k]!]),
      );
      expect({ area, ...moved }).toEqual({ area, ...created });
    }
    // Another organisation reads them under the threshold rule (disclosure.test.ts): never the lender's exact
    // figures of a commune with a few loans.
    const seen = await read(t.union);
    expect(seen.commune).not.toEqual(after.commune);
    expect(seen.commune.disbursedAmount).not.toBe(after.commune.disbursedAmount);
  });
});

// Run once the Women's Union subgraph is in the hub: a policy-bank loan through its savings-and-loan group.
const withWomensUnion = SUBGRAPHS.some((s) => s.name === 'womens-union') ? describe : describe.skip;

withWomensUnion("a poor household's policy-bank loan through a Women's Union savings-and-loan group", () => {
  it('reads the household, its loan and the group with its loans in one query', async () => {
    const wu = await hub.token({ org: 'womens-union', units: ['75'], roles: ['officer'] });
    const household = await poorHousehold('E2E-MF-0002', '075185000222');
    const { createWomensUnionChapter: province } = await call(
      `mutation { createWomensUnionChapter(input: { level: PROVINCE, name: "Hội LHPN tỉnh Đồng Nai", unitCode: "75" }) { id } }`,
      {},
      wu,
    );
    const { createWomensUnionChapter: commune } = await call(
      `mutation($p: ID!) { createWomensUnionChapter(input: { level: COMMUNE, name: "Hội LHPN xã Bù Gia Mập",
        unitCode: "25222", parentId: $p }) { id } }`,
      { p: province.id },
      wu,
    );
    const { registerWomensUnionMember: member } = await call(
      `mutation($i: RegisterWomensUnionMemberInput!) { registerWomensUnionMember(input: $i) { id } }`,
      {
        i: {
          chapterId: commune.id,
          personId: household.personId,
          householdId: household.householdId,
          fullName: 'Điểu Thị Bình',
          joinedOn: '2020-03-08',
        },
      },
      wu,
    );
    const { formSavingsLoanGroup: group } = await call(
      `mutation($i: FormSavingsLoanGroupInput!) { formSavingsLoanGroup(input: $i) { id } }`,
      {
        i: {
          chapterId: commune.id,
          name: 'Tổ TK&VV ấp 4',
          lender: 'VBSP',
          leaderMemberId: member.id,
          meetingFrequency: 'MONTHLY',
          meetingDay: 15,
          formedOn: '2024-05-15',
        },
      },
      wu,
    );
    const productId = await lender('VBSP-E2E', 'POLICY_BANK', {
      kind: 'POOR_HOUSEHOLD',
      interestMethod: 'DECLINING_BALANCE',
      repaymentFrequency: 'MONTHLY',
      monthlyInterestRate: 0.55,
      minTerm: 12,
      maxTerm: 60,
      minAmount: 1_000_000,
      maxAmount: 100_000_000,
    });
    const loanId = await disbursedLoan({
      borrowerId: household.borrowerId,
      productId,
      principal: 50_000_000,
      termInstalments: 36,
      purpose: 'Nuôi bò sinh sản',
      appliedOn: '2025-01-06',
      savingsLoanGroupId: group.id,
    });
    const { household: h } = await call(
      `query($id: ID!) { household(id: $id) { code status loans { productKind savingsLoanGroup { name lender loans { id } } } } }`,
      { id: household.householdId },
      t.mf,
    );
    expect(h).toEqual({
      code: 'E2E-MF-0002',
      status: 'POOR',
      loans: [
        {
          productKind: 'POOR_HOUSEHOLD',
          savingsLoanGroup: { name: 'Tổ TK&VV ấp 4', lender: 'VBSP', loans: [{ id: loanId }] },
        },
      ],
    });
  });
});
