import { randomUUID } from 'node:crypto';
import {
  centreWithGroup,
  count,
  gql,
  makeLoan,
  registerBorrower,
  repay,
  setupLender,
  useSubgraph,
  WARD,
} from './fixtures';

const env = useSubgraph();
let cep: Awaited<ReturnType<typeof setupLender>>;
let groupId: string;
beforeAll(async () => {
  cep = await setupLender(env.h, env.t);
  ({ groupId } = await centreWithGroup(env.h, env.t, cep.code));
});

const TABLES = [
  'loan',
  'loan_instalment',
  'loan_repayment',
  'repayment_allocation',
  'savings_transaction',
  'borrower',
];
const counts = () => Promise.all(TABLES.map((t) => count(env.h, t)));

/** Runs a mutation expected to be refused; checks the error and that nothing was written. */
async function refused(query: string, variables: Record<string, unknown>, expected: Record<string, unknown>) {
  const before = await counts();
  const res = await env.h.query(query, variables, env.t.officer);
  expect(res.errors?.[0]).toMatchObject(expected);
  expect(await counts()).toEqual(before);
  return res.errors![0]!;
}

const READ = `query($id: ID!) { loan(id: $id) { status accountNumber principal appliedOn approvedOn disbursedOn
  firstRepaymentDate maturityDate closedOn writtenOffOn writtenOffAmount
  schedule { number dueDate principalDue interestDue totalDue principalPaid interestPaid paidOffOn }
  repayments { paidOn amount principalPart interestPart savingsDeposit allocations { instalmentNumber principal interest } }
  compulsorySavings { required collected balance } borrower { code fullName savings { balance lender { code } } } } }`;
const read = async (id: string) => (await gql(env.h, READ, { id }, env.t.officer)).loan;

describe('a loan from application to closing', () => {
  it('is applied for, approved, disbursed with its schedule, repaid and closed', async () => {
    const loan = await makeLoan(env.h, env.t, {
      productId: cep.weekly,
      principal: 10_400_000,
      termInstalments: 4,
      appliedOn: '2025-03-01',
      lendingGroupId: groupId,
    });
    expect((await read(loan.id)).status).toBe('APPLIED');
    await gql(
      env.h,
      `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { status } }`,
      {
        i: { loanId: loan.id, approvedOn: '2025-03-02' },
      },
      env.t.officer,
    );
    await gql(
      env.h,
      `mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }`,
      {
        i: { loanId: loan.id, disbursedOn: '2025-03-03' },
      },
      env.t.officer,
    );
    const disbursed = await read(loan.id);
    // 0.3 % a week flat on 10,400,000 = 31,200 interest; 2,600,000 principal each of 4 weeks.
    expect(disbursed).toMatchObject({
      status: 'DISBURSED',
      principal: 10_400_000,
      firstRepaymentDate: '2025-03-10',
      maturityDate: '2025-03-31',
      compulsorySavings: { required: 520_000, collected: 0, balance: 0 },
    });
    expect(
      disbursed.schedule.map((i: { dueDate: string; totalDue: number }) => [i.dueDate, i.totalDue]),
    ).toEqual([
      ['2025-03-10', 2_631_200],
      ['2025-03-17', 2_631_200],
      ['2025-03-24', 2_631_200],
      ['2025-03-31', 2_631_200],
    ]);
    // Two instalments with savings at the first meeting, then the rest at the last.
    await repay(env.h, env.t, loan.id, [
      { date: '2025-03-10', amount: 5_262_400, savingsDeposit: 260_000 },
      { date: '2025-03-31', amount: 5_262_400, savingsDeposit: 260_000 },
    ]);
    const closed = await read(loan.id);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedOn: '2025-03-31',
      compulsorySavings: { required: 520_000, collected: 520_000, balance: 520_000 },
      borrower: { fullName: 'Nguyễn Thị Lan', savings: [{ balance: 520_000, lender: { code: cep.code } }] },
    });
    expect(closed.schedule.map((i: { paidOffOn: string }) => i.paidOffOn)).toEqual([
      '2025-03-10',
      '2025-03-10',
      '2025-03-31',
      '2025-03-31',
    ]);
    expect(closed.repayments[0]).toMatchObject({
      principalPart: 5_200_000,
      interestPart: 62_400,
      allocations: [
        { instalmentNumber: 1, principal: 2_600_000, interest: 31_200 },
        { instalmentNumber: 2, principal: 2_600_000, interest: 31_200 },
      ],
    });
  });

  it('allocates a late, partial repayment to the overdue interest and principal of the oldest instalment first', async () => {
    const loan = await makeLoan(env.h, env.t, {
      productId: cep.monthly,
      principal: 12_000_000,
      termInstalments: 12,
      appliedOn: '2025-01-10',
      approvedOn: '2025-01-12',
      disbursedOn: '2025-01-15',
      lendingGroupId: groupId,
    });
    // Nothing paid in February or March; 1,500,000 in April goes to #1 (120,000 + 1,000,000), then #2's
    // interest (110,000), then 270,000 of #2's principal.
    await repay(env.h, env.t, loan.id, [{ date: '2025-04-01', amount: 1_500_000 }]);
    const { repayments, schedule } = await read(loan.id);
    expect(repayments[0].allocations).toEqual([
      { instalmentNumber: 1, principal: 1_000_000, interest: 120_000 },
      { instalmentNumber: 2, principal: 270_000, interest: 110_000 },
    ]);
    expect(schedule[1]).toMatchObject({ principalPaid: 270_000, interestPaid: 110_000, paidOffOn: null });
  });

  it('writes off what principal is left, and takes no repayment after', async () => {
    const loan = await makeLoan(env.h, env.t, {
      productId: cep.weekly,
      principal: 5_200_000,
      termInstalments: 4,
      appliedOn: '2025-01-02',
      approvedOn: '2025-01-03',
      disbursedOn: '2025-01-06',
      lendingGroupId: groupId,
    });
    await repay(env.h, env.t, loan.id, [{ date: '2025-01-13', amount: 1_315_600 }]); // #1: 1,300,000 + 15,600
    const WRITE_OFF = `mutation($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`;
    await refused(
      WRITE_OFF,
      { i: { loanId: loan.id, writtenOffOn: '2025-01-10', reason: 'Mất khả năng trả nợ' } },
      {
        extensions: { code: 'BAD_USER_INPUT', field: 'input.writtenOffOn' },
      },
    );
    await gql(
      env.h,
      WRITE_OFF,
      { i: { loanId: loan.id, writtenOffOn: '2025-06-30', reason: 'Mất khả năng trả nợ' } },
      env.t.officer,
    );
    expect(await read(loan.id)).toMatchObject({
      status: 'WRITTEN_OFF',
      writtenOffOn: '2025-06-30',
      writtenOffAmount: 3_900_000,
    });
    const after = await refused(
      `mutation($i: RepayLoanInput!) { repayLoan(input: $i) { id } }`,
      { i: { loanId: loan.id, date: '2025-07-01', amount: 100_000 } },
      { extensions: { code: 'BAD_USER_INPUT', field: 'input.loanId' } },
    );
    expect(after.message).toMatch(/WRITTEN_OFF/);
  });
});

describe('refused changes write nothing and name the field', () => {
  const APPLY = `mutation($i: ApplyForLoanInput!) { applyForLoan(input: $i) { id } }`;
  const DISBURSE = `mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { id } }`;
  const REPAY = `mutation($i: RepayLoanInput!) { repayLoan(input: $i) { id } }`;
  const BULK = `mutation($i: RecordLoanRepaymentsInput!) { recordLoanRepayments(input: $i) { id } }`;

  it('refuses to disburse a loan that is not approved, or before its approval', async () => {
    const applied = await makeLoan(env.h, env.t, {
      productId: cep.weekly,
      principal: 5_000_000,
      termInstalments: 10,
      appliedOn: '2025-02-01',
      lendingGroupId: groupId,
    });
    const unapproved = await refused(
      DISBURSE,
      { i: { loanId: applied.id, disbursedOn: '2025-02-10' } },
      {
        extensions: { code: 'BAD_USER_INPUT', field: 'input.loanId' },
      },
    );
    expect(unapproved.message).toMatch(/not been approved/);
    await gql(
      env.h,
      `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { id } }`,
      {
        i: { loanId: applied.id, approvedOn: '2025-02-05' },
      },
      env.t.officer,
    );
    await refused(
      DISBURSE,
      { i: { loanId: applied.id, disbursedOn: '2025-02-04' } },
      {
        message: expect.stringContaining('before the loan was approved (2025-02-05)'),
        extensions: { field: 'input.disbursedOn' },
      },
    );
    await refused(
      DISBURSE,
      { i: { loanId: applied.id, disbursedOn: '2025-02-06', firstRepaymentDate: '2025-03-06' } },
      {
        extensions: { field: 'input.firstRepaymentDate' },
      },
    );
    await refused(
      REPAY,
      { i: { loanId: applied.id, date: '2025-02-10', amount: 100_000 } },
      {
        message: expect.stringContaining('not yet disbursed'),
        extensions: { field: 'input.loanId' },
      },
    );
  });

  it('refuses a repayment before disbursement, before the last one, in the future or above what is owed', async () => {
    const loan = await makeLoan(env.h, env.t, {
      productId: cep.weekly,
      principal: 5_200_000,
      termInstalments: 4,
      appliedOn: '2025-03-01',
      approvedOn: '2025-03-01',
      disbursedOn: '2025-03-03',
      lendingGroupId: groupId,
    });
    await refused(
      REPAY,
      { i: { loanId: loan.id, date: '2025-03-02', amount: 100_000 } },
      {
        message: expect.stringContaining('before the loan was disbursed (2025-03-03)'),
        extensions: { code: 'BAD_USER_INPUT', field: 'input.date' },
      },
    );
    await refused(
      REPAY,
      { i: { loanId: loan.id, date: '2999-01-01', amount: 100_000 } },
      { extensions: { field: 'input.date' } },
    );
    // Owed: 4 × (1,300,000 + 15,600) = 5,262,400.
    await refused(
      REPAY,
      { i: { loanId: loan.id, date: '2025-03-10', amount: 5_262_401 } },
      {
        message: expect.stringContaining('more than the 5262400 đồng still owed'),
        extensions: { field: 'input.amount' },
      },
    );
    // A collection sheet with a bad third line records none of its lines.
    await refused(
      BULK,
      {
        i: {
          loanId: loan.id,
          repayments: [
            { date: '2025-03-10', amount: 1_315_600 },
            { date: '2025-03-17', amount: 1_315_600 },
            { date: '2025-03-24', amount: 2_631_201 },
          ],
        },
      },
      { extensions: { code: 'BAD_USER_INPUT', field: 'input.repayments[2].amount' } },
    );
    await repay(env.h, env.t, loan.id, [{ date: '2025-03-17', amount: 1_315_600 }]);
    await refused(
      REPAY,
      { i: { loanId: loan.id, date: '2025-03-10', amount: 1_315_600 } },
      {
        message: expect.stringContaining('before the last repayment recorded (2025-03-17)'),
        extensions: { field: 'input.date' },
      },
    );
    await refused(
      REPAY,
      { i: { loanId: loan.id, date: '2025-03-20', amount: -5 } },
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  });

  it("refuses terms outside the product's ranges, a missing group and a second open loan", async () => {
    const b = await registerBorrower(env.h, env.t);
    const base = {
      borrowerId: b.id,
      productId: cep.weekly,
      principal: 5_000_000,
      termInstalments: 10,
      purpose: 'Buôn bán',
      appliedOn: '2025-02-01',
      lendingGroupId: groupId,
    };
    await refused(
      APPLY,
      { i: { ...base, principal: 30_000_001 } },
      { extensions: { field: 'input.principal' } },
    );
    await refused(
      APPLY,
      { i: { ...base, termInstalments: 51 } },
      { extensions: { field: 'input.termInstalments' } },
    );
    await refused(
      APPLY,
      { i: { ...base, lendingGroupId: undefined } },
      {
        message: expect.stringContaining('lends through its own groups'),
        extensions: { field: 'input.lendingGroupId' },
      },
    );
    const { groupId: wardGroup } = await centreWithGroup(env.h, env.t, cep.code, WARD);
    await refused(
      APPLY,
      { i: { ...base, lendingGroupId: wardGroup } },
      { extensions: { field: 'input.lendingGroupId' } },
    );
    await refused(
      APPLY,
      { i: { ...base, savingsLoanGroupId: randomUUID() } },
      { extensions: { field: 'input.savingsLoanGroupId' } },
    );
    await refused(
      APPLY,
      { i: { ...base, appliedOn: '2023-12-31' } },
      { extensions: { field: 'input.appliedOn' } },
    );
    await gql(env.h, APPLY, { i: base }, env.t.officer);
    await refused(APPLY, { i: base }, { extensions: { code: 'CONFLICT', field: 'input.borrowerId' } });
  });

  it("lends a policy bank's poor-household product to poor households only, through a savings-and-loan group", async () => {
    const vbsp = await setupLender(env.h, env.t, 'POLICY_BANK');
    const nearPoor = await registerBorrower(env.h, env.t, {
      householdStatus: 'NEAR_POOR',
      poorCategory: null,
    });
    const apply = {
      productId: vbsp.monthly,
      principal: 50_000_000,
      termInstalments: 36,
      purpose: 'Nuôi bò',
      appliedOn: '2025-02-01',
      savingsLoanGroupId: randomUUID(),
    };
    const ineligible = await refused(
      APPLY,
      { i: { ...apply, borrowerId: nearPoor.id } },
      { extensions: { field: 'input.productId' } },
    );
    expect(ineligible.message).toMatch(/for POOR households; this household is NEAR_POOR/);
    // A fresh match saying the household is now poor makes it eligible.
    await gql(
      env.h,
      APPLY,
      { i: { ...apply, borrowerId: nearPoor.id, householdStatus: 'POOR' } },
      env.t.officer,
    );
  });

  it('refuses a second customer record for a person, and bad borrower input field by field', async () => {
    const b = await registerBorrower(env.h, env.t);
    const REGISTER = `mutation($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id } }`;
    const input = {
      personId: b.personId,
      householdId: b.householdId,
      unitCode: '25222',
      householdStatus: 'POOR',
      fullName: 'Trần Thị Mai',
      registeredOn: '2024-05-01',
    };
    await refused(REGISTER, { i: input }, { extensions: { code: 'CONFLICT', field: 'input.personId' } });
    // An id that is not one is refused by the kit before the input's own rules run.
    await refused(
      REGISTER,
      { i: { ...input, personId: 'not-a-uuid' } },
      { extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.personId' }) },
    );
    const bad = await refused(
      REGISTER,
      { i: { ...input, personId: randomUUID(), phone: '12', unitCode: '7' } },
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(bad.extensions!.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['input.phone', 'input.unitCode']),
    );
    await refused(
      REGISTER,
      { i: { ...input, personId: randomUUID(), unitCode: '99999' } },
      { extensions: { field: 'input.unitCode' } },
    );
  });

  it('keeps compulsory savings while a loan is open', async () => {
    const loan = await makeLoan(env.h, env.t, {
      productId: cep.weekly,
      principal: 10_000_000,
      termInstalments: 10,
      appliedOn: '2025-05-01',
      approvedOn: '2025-05-01',
      disbursedOn: '2025-05-05',
      lendingGroupId: groupId,
    });
    await repay(env.h, env.t, loan.id, [{ date: '2025-05-12', amount: 1_030_000, savingsDeposit: 600_000 }]);
    const WITHDRAW = `mutation($i: BorrowerSavingsInput!) { withdrawSavings(input: $i) { id } }`;
    // 600,000 saved, 500,000 (5 % of 10,000,000) must stay: 100,000 can go, 100,001 cannot.
    await refused(
      WITHDRAW,
      { i: { borrowerId: loan.borrower.id, lenderCode: cep.code, date: '2025-05-13', amount: 100_001 } },
      {
        extensions: { field: 'input.amount' },
      },
    );
    await gql(
      env.h,
      WITHDRAW,
      { i: { borrowerId: loan.borrower.id, lenderCode: cep.code, date: '2025-05-13', amount: 100_000 } },
      env.t.officer,
    );
  });
});

describe("a lender's price list", () => {
  const DEFINE = `mutation($i: DefineLoanProductInput!) { defineLoanProduct(input: $i) { id } }`;
  const product = (overrides: Record<string, unknown>) => ({
    lenderCode: cep.code,
    code: 'T-NEW',
    name: 'Vay thử',
    kind: 'MICROCREDIT',
    interestMethod: 'FLAT',
    repaymentFrequency: 'WEEKLY',
    monthlyInterestRate: 1,
    minTerm: 10,
    maxTerm: 20,
    minAmount: 1_000_000,
    maxAmount: 5_000_000,
    ...overrides,
  });
  const define = (overrides: Record<string, unknown>, token = env.t.admin) =>
    env.h.query(DEFINE, { i: product(overrides) }, token);

  it('takes products from admins only, and refuses terms that do not hold together', async () => {
    expect((await define({}, env.t.officer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = await count(env.h, 'loan_product');
    for (const [overrides, field] of [
      [{ maxTerm: 9 }, 'input.maxTerm'],
      [{ maxAmount: 999_999 }, 'input.maxAmount'],
      [{ minAmount: 15 }, 'input.minAmount'],
      [{ monthlyInterestRate: 1.00005 }, 'input.monthlyInterestRate'],
      [{ lenderCode: 'NO-SUCH' }, 'input.lenderCode'],
    ] as const) {
      expect((await define(overrides)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const invalid = await define({ monthlyInterestRate: 0, code: 'bad code' });
    expect(invalid.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['input.monthlyInterestRate', 'input.code']),
    );
    expect(await count(env.h, 'loan_product')).toBe(before);
    expect((await define({})).errors).toBeUndefined();
    expect((await define({})).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.code',
    });
  });
});

describe('lists', () => {
  it('filters loans by unit, status and lender and pages by account number', async () => {
    const LIST = `query($f: LoanFilter, $first: Int, $after: String) { loans(filter: $f, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { accountNumber status unitCode } } }`;
    const all = (await gql(env.h, LIST, { f: { lenderCode: cep.code }, first: 3 }, env.t.officer)).loans;
    expect(all.totalCount).toBe(
      await count(env.h, `loan WHERE lender_id = (SELECT id FROM lender WHERE code = '${cep.code}')`),
    );
    expect(all.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await gql(
        env.h,
        LIST,
        { f: { lenderCode: cep.code }, first: 100, after: all.pageInfo.endCursor },
        env.t.officer,
      )
    ).loans;
    const numbers = [...all.nodes, ...rest.nodes].map((n: { accountNumber: string }) => n.accountNumber);
    expect(new Set(numbers).size).toBe(all.totalCount);
    const closed = (await gql(env.h, LIST, { f: { status: ['CLOSED'], unitCode: '25222' } }, env.t.officer))
      .loans;
    expect(closed.nodes.every((n: { status: string }) => n.status === 'CLOSED')).toBe(true);
    expect(closed.totalCount).toBeGreaterThan(0);
    expect((await gql(env.h, LIST, { f: { unitCode: '79' } }, env.t.officer)).loans.totalCount).toBe(0);
    const forged = await env.h.query(LIST, { after: 'nonsense' }, env.t.officer);
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it("filters by disbursement period for the lender only (a single loan's dates are its customer data)", async () => {
    const LIST = `query($p: PeriodCode!) { loans(filter: { disbursedIn: $p }) { totalCount } }`;
    const march = await gql(env.h, LIST, { p: '2025-03' }, env.t.officer);
    expect(march.loans.totalCount).toBe(
      await count(env.h, `loan WHERE disbursed_on BETWEEN '2025-03-01' AND '2025-03-31'`),
    );
    expect(march.loans.totalCount).toBeGreaterThan(0);
    expect((await env.h.query(LIST, { p: '2025-03' }, env.t.union)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('lists centres and groups of the caller’s units, by centre', async () => {
    const { groupId, centreId } = await centreWithGroup(env.h, env.t, cep.code, WARD);
    const res = await gql(
      env.h,
      `query($c: ID!) { lendingCentres(filter: { unitCode: "${WARD}" }) { totalCount nodes { id groups { id } unit { code } } }
        lendingGroups(filter: { centreId: $c }) { nodes { id centre { id } lender { code } } } }`,
      { c: centreId },
      env.t.union,
    );
    expect(res.lendingCentres.nodes).toContainEqual({
      id: centreId,
      groups: [{ id: groupId }],
      unit: { code: WARD },
    });
    expect(res.lendingGroups.nodes).toEqual([
      { id: groupId, centre: { id: centreId }, lender: { code: cep.code } },
    ]);
    const hcmc = await gql(env.h, `{ lendingCentres { totalCount } }`, {}, env.t.hcmcOfficer);
    expect(hcmc.lendingCentres.totalCount).toBe(0);
  });

  it("shows a person's customer record to the lender's officers of her units only", async () => {
    const b = await registerBorrower(env.h, env.t);
    const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { borrower { code } } } }`;
    const reps = [{ __typename: 'Person', id: b.personId }];
    expect((await gql(env.h, QUERY, { reps }, env.t.viewer))._entities).toEqual([
      { borrower: { code: b.code } },
    ]);
    expect((await gql(env.h, QUERY, { reps }, env.t.hcmcOfficer))._entities).toEqual([{ borrower: null }]);
  });
});
