import { describeIdempotency } from '@chung-tay/common/testing';
import {
  centreWithGroup,
  count,
  gql,
  makeLoan,
  registerBorrower,
  setupLender,
  useSubgraph,
} from './fixtures';

// Money is never recorded twice (idempotency keys) and no change of a loan overwrites another unseen
// (expectedVersion).
const env = useSubgraph();
const officer = () => ({ h: env.h, token: env.t.officer });
let cep: Awaited<ReturnType<typeof setupLender>>;
let groupId: string;
let repaidLoanId: string;
let saverId: string;

const LOAN = `query($id: ID!) { loan(id: $id) { status version } }`;
const readLoan = async (id: string) =>
  (await gql(env.h, LOAN, { id }, env.t.officer)).loan as { status: string; version: number };
const approved = (approvedOn = '2025-01-12') =>
  makeLoan(env.h, env.t, {
    productId: cep.monthly,
    principal: 12_000_000,
    termInstalments: 12,
    appliedOn: '2025-01-10',
    approvedOn,
    lendingGroupId: groupId,
  });

beforeAll(async () => {
  cep = await setupLender(env.h, env.t);
  ({ groupId } = await centreWithGroup(env.h, env.t, cep.code));
  repaidLoanId = (
    await makeLoan(env.h, env.t, {
      productId: cep.monthly,
      principal: 50_000_000,
      termInstalments: 24,
      appliedOn: '2025-01-10',
      approvedOn: '2025-01-12',
      disbursedOn: '2025-01-15',
      lendingGroupId: groupId,
    })
  ).id;
  saverId = (await registerBorrower(env.h, env.t)).id;
  await gql(
    env.h,
    `mutation($i: BorrowerSavingsInput!) { depositSavings(input: $i) { id } }`,
    { i: { borrowerId: saverId, lenderCode: cep.code, date: '2025-01-02', amount: 100_000_000 } },
    env.t.officer,
  );
});

describeIdempotency(officer, {
  name: 'disburseLoan',
  document: `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id } }`,
  input: async () => ({ loanId: (await approved()).id, disbursedOn: '2025-01-15' }),
  changed: { disbursedOn: '2025-01-16' },
  table: 'loan_instalment',
  rowsPerRecording: 12,
});

describeIdempotency(officer, {
  name: 'repayLoan',
  document: `mutation($input: RepayLoanInput!) { repayLoan(input: $input) { id } }`,
  input: () => ({ loanId: repaidLoanId, date: '2025-02-15', amount: 100_000 }),
  changed: { amount: 200_000 },
  table: 'loan_repayment',
});

describeIdempotency(officer, {
  name: 'recordLoanRepayments',
  document: `mutation($input: RecordLoanRepaymentsInput!) { recordLoanRepayments(input: $input) { id } }`,
  input: () => ({
    loanId: repaidLoanId,
    repayments: [
      { date: '2025-03-15', amount: 100_000 },
      { date: '2025-03-15', amount: 50_000, savingsDeposit: 10_000 },
    ],
  }),
  changed: { repayments: [{ date: '2025-03-15', amount: 100_000 }] },
  table: 'loan_repayment',
  rowsPerRecording: 2,
});

for (const name of ['depositSavings', 'withdrawSavings']) {
  describeIdempotency(officer, {
    name,
    document: `mutation($input: BorrowerSavingsInput!) { ${name}(input: $input) { id } }`,
    input: () => ({ borrowerId: saverId, lenderCode: cep.code, date: '2025-02-01', amount: 100_000 }),
    changed: { amount: 100_001 },
    table: 'savings_transaction',
  });
}

describe('the loan version (expectedVersion)', () => {
  const APPROVE = `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { id status version } }`;
  const DISBURSE = `mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { id version } }`;
  const REPAY = `mutation($i: RepayLoanInput!) { repayLoan(input: $i) { id } }`;
  const applied = async () =>
    (
      await makeLoan(env.h, env.t, {
        productId: cep.monthly,
        principal: 12_000_000,
        termInstalments: 12,
        appliedOn: '2025-01-10',
        lendingGroupId: groupId,
      })
    ).id;
  const conflict = {
    extensions: { code: 'CONFLICT', field: 'input.expectedVersion' },
    message: expect.stringMatching(/^the loan was changed by someone else \(version 2 now, you had 1\)/),
  };

  it('starts at 1 and goes up with every change, repayments too', async () => {
    const id = await applied();
    expect((await readLoan(id)).version).toBe(1);
    const { approveLoan } = await gql(
      env.h,
      APPROVE,
      { i: { loanId: id, approvedOn: '2025-01-12' } },
      env.t.officer,
    );
    expect(approveLoan.version).toBe(2);
    const { disburseLoan } = await gql(
      env.h,
      DISBURSE,
      { i: { loanId: id, disbursedOn: '2025-01-15', expectedVersion: 2 } },
      env.t.officer,
    );
    expect(disburseLoan.version).toBe(3);
    await gql(env.h, REPAY, { i: { loanId: id, date: '2025-02-15', amount: 100_000 } }, env.t.officer);
    expect((await readLoan(id)).version).toBe(4);
  });

  it('two officers approving the same loan at the same version: the second gets CONFLICT', async () => {
    const id = await applied();
    const approve = (approvedOn: string) =>
      env.h.query(APPROVE, { i: { loanId: id, approvedOn, expectedVersion: 1 } }, env.t.officer);
    const first = await approve('2025-01-12');
    expect(first.errors).toBeUndefined();
    const second = await approve('2025-01-13');
    expect(second.errors?.[0]).toMatchObject(conflict);
    expect(await readLoan(id)).toEqual({ status: 'APPROVED', version: 2 });
  });

  it('two at once: one wins, the other gets CONFLICT', async () => {
    const id = await applied();
    const approve = (approvedOn: string) =>
      env.h.query(APPROVE, { i: { loanId: id, approvedOn, expectedVersion: 1 } }, env.t.officer);
    const results = await Promise.all([approve('2025-01-12'), approve('2025-01-13')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]).toMatchObject(conflict);
    expect((await readLoan(id)).version).toBe(2);
  });

  it('a stale version changes nothing: not the disbursement, not a repayment', async () => {
    const id = (await approved()).id; // version 2
    const [instalments, repayments] = [
      await count(env.h, 'loan_instalment'),
      await count(env.h, 'loan_repayment'),
    ];
    const stale = await env.h.query(
      DISBURSE,
      { i: { loanId: id, disbursedOn: '2025-01-15', expectedVersion: 1 } },
      env.t.officer,
    );
    expect(stale.errors?.[0]).toMatchObject(conflict);
    expect(await readLoan(id)).toEqual({ status: 'APPROVED', version: 2 });
    expect(await count(env.h, 'loan_instalment')).toBe(instalments);

    await gql(
      env.h,
      DISBURSE,
      { i: { loanId: id, disbursedOn: '2025-01-15', expectedVersion: 2 } },
      env.t.officer,
    );
    const late = await env.h.query(
      REPAY,
      { i: { loanId: id, date: '2025-02-15', amount: 100_000, expectedVersion: 2 } },
      env.t.officer,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });
    expect(late.errors?.[0]?.message).toMatch(/version 3 now, you had 2/);
    expect(await count(env.h, 'loan_repayment')).toBe(repayments);
    expect((await readLoan(id)).version).toBe(3);
  });
});
