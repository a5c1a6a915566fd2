import { centreWithGroup, gql, makeLoan, repay, setupLender, useSubgraph } from './fixtures';

const env = useSubgraph();
let householdIds: string[];
let loanIds: string[];

beforeAll(async () => {
  const cep = await setupLender(env.h, env.t);
  const { groupId } = await centreWithGroup(env.h, env.t, cep.code);
  // One loan through the API, then 99 copies of it in SQL (the reads are what is measured, and fast to set up).
  const first = await makeLoan(env.h, env.t, {
    productId: cep.weekly,
    principal: 5_200_000,
    termInstalments: 4,
    appliedOn: '2025-03-01',
    approvedOn: '2025-03-01',
    disbursedOn: '2025-03-03',
    lendingGroupId: groupId,
  });
  await repay(env.h, env.t, first.id, [{ date: '2025-03-10', amount: 1_315_600, savingsDeposit: 50_000 }]);
  await env.h.dataSource.transaction(async (em) => {
    await em.query(`INSERT INTO borrower (code, person_id, household_id, unit_code, full_name, household_status, registered_on)
      SELECT 'QC-' || g, gen_random_uuid(), gen_random_uuid(), unit_code, full_name, household_status, registered_on
      FROM borrower, generate_series(1, 99) g`);
    await em.query(
      `INSERT INTO loan (account_number, lender_id, product_id, product_kind, borrower_id, person_id, household_id,
        unit_code, lending_group_id, status, principal, monthly_interest_rate, interest_method, repayment_frequency,
        term_instalments, compulsory_savings_percent, purpose, household_status_at_application, applied_on, approved_on,
        disbursed_on, first_repayment_date, maturity_date)
      SELECT 'QC-' || lpad(substr(b.code, 4), 6, '0'), l.lender_id, l.product_id, l.product_kind, b.id, b.person_id, b.household_id,
        l.unit_code, l.lending_group_id, l.status, l.principal, l.monthly_interest_rate, l.interest_method,
        l.repayment_frequency, l.term_instalments, l.compulsory_savings_percent, l.purpose,
        l.household_status_at_application, l.applied_on, l.approved_on, l.disbursed_on, l.first_repayment_date, l.maturity_date
      FROM loan l, borrower b WHERE l.id = $1 AND b.code LIKE 'QC-%'`,
      [first.id],
    );
    await em.query(
      `INSERT INTO loan_instalment SELECT c.id, i.number, i.due_date, i.principal_due, i.interest_due, i.balance_after
      FROM loan_instalment i, loan c WHERE i.loan_id = $1 AND c.account_number LIKE 'QC-%'`,
      [first.id],
    );
    await em.query(
      `INSERT INTO loan_repayment (loan_id, paid_on, amount, principal_part, interest_part, savings_deposit)
      SELECT c.id, r.paid_on, r.amount, r.principal_part, r.interest_part, r.savings_deposit
      FROM loan_repayment r, loan c WHERE r.loan_id = $1 AND c.account_number LIKE 'QC-%'`,
      [first.id],
    );
    await em.query(
      `INSERT INTO repayment_allocation SELECT r.id, a.instalment_number, r.loan_id, a.paid_on, a.principal, a.interest
      FROM repayment_allocation a, loan_repayment r JOIN loan c ON c.id = r.loan_id
      WHERE a.loan_id = $1 AND c.account_number LIKE 'QC-%'`,
      [first.id],
    );
    await em.query(
      `INSERT INTO savings_transaction (borrower_id, lender_id, loan_id, date, kind, amount)
      SELECT c.borrower_id, s.lender_id, c.id, s.date, s.kind, s.amount
      FROM savings_transaction s, loan c WHERE s.loan_id = $1 AND c.account_number LIKE 'QC-%'`,
      [first.id],
    );
  });
  const rows = await env.h.dataSource.query(`SELECT id, household_id FROM loan ORDER BY account_number`);
  loanIds = rows.map((r: { id: string }) => r.id);
  householdIds = rows.map((r: { household_id: string }) => r.household_id);
});

const LIST = `query($first: Int) { loans(first: $first, filter: { unitCode: "75" }) { totalCount nodes {
  id status accountNumber principal product { code lender { code } } lender { name } household { id } person { id }
  lendingGroup { name centre { name groups { code } } }
  borrower { fullName savings { balance lender { code } } }
  standing(asOf: "2025-04-30") { daysPastDue bucket arrearsAmount }
  schedule { number principalPaid paidOffOn } repayments { amount allocations { principal } }
  compulsorySavings { required collected balance } } } }`;

async function statementsFor(query: string, variables: Record<string, unknown>) {
  env.h.queries.reset();
  const res = await env.h.query(query, variables, env.t.viewer);
  expect(res.errors).toBeUndefined();
  return { count: env.h.queries.count, data: res.data! };
}

describe('no N+1', () => {
  it('lists 100 loans with product, group, borrower, standing, schedule and repayments in as many statements as 10', async () => {
    const ten = await statementsFor(LIST, { first: 10 });
    const hundred = await statementsFor(LIST, { first: 100 });
    expect(hundred.data.loans.nodes).toHaveLength(100);
    expect(hundred.data.loans.nodes[99]).toMatchObject({
      standing: { daysPastDue: 44, arrearsAmount: 3 * 1_315_600 },
      compulsorySavings: { required: 260_000, collected: 50_000, balance: 50_000 },
      repayments: [{ amount: 1_315_600, allocations: [{ principal: 1_300_000 }] }],
    });
    expect(hundred.count).toBe(ten.count);
    // count + page, product, lender ×2 (loan's, product's), group, centre, groups, borrower, savings, standing,
    // schedule, repayments, allocations, savings by loan, and the audit log's one insert.
    expect(hundred.count).toBeLessThanOrEqual(16);
  });

  it('resolves 100 Loan references, each checked against the caller’s units, in one statement', async () => {
    const refs = (n: number) =>
      statementsFor(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Loan { id status productKind } } }`,
        {
          reps: loanIds.slice(0, n).map((id) => ({ __typename: 'Loan', id })),
        },
      );
    const ten = await refs(10);
    const hundred = await refs(100);
    expect(hundred.data._entities).toHaveLength(100);
    expect(hundred.count).toBe(1);
    expect(ten.count).toBe(1);
  });

  it('adds loans with their standing to 100 households in as many statements as 10', async () => {
    const households = (n: number) =>
      statementsFor(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id loans { status standing(asOf: "2025-04-30") { bucket } lendingGroup { name } } } } }`,
        { reps: householdIds.slice(0, n).map((id) => ({ __typename: 'Household', id })) },
      );
    const ten = await households(10);
    const hundred = await households(100);
    expect(hundred.data._entities.every((h: { loans: unknown[] }) => h.loans.length === 1)).toBe(true);
    expect(hundred.data._entities[0].loans[0]).toEqual({
      status: 'DISBURSED',
      standing: { bucket: 'DPD_31_60' },
      lendingGroup: { name: expect.any(String) },
    });
    expect(hundred.count).toBe(ten.count);
    expect(hundred.count).toBeLessThanOrEqual(3);
  });
});

describe('federation', () => {
  it('gives Person, Household and SavingsLoanGroup references their loans, kept to the caller’s units', async () => {
    const [{ person_id: personId, household_id: householdId }] = await env.h.dataSource.query(
      `SELECT person_id, household_id FROM loan WHERE id = $1`,
      [loanIds[0]],
    );
    const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Person { id loans { id } } ... on Household { id loans { id } } ... on SavingsLoanGroup { id loans { id } } } }`;
    const reps = [
      { __typename: 'Person', id: personId },
      { __typename: 'Household', id: householdId },
      { __typename: 'SavingsLoanGroup', id: '00000000-0000-0000-0000-000000000000' },
      { __typename: 'Household', id: 'not-a-uuid' },
    ];
    const res = await gql(env.h, QUERY, { reps: reps.slice(0, 3) }, env.t.pc);
    expect(res._entities).toEqual([
      { id: personId, loans: [{ id: loanIds[0] }] },
      { id: householdId, loans: [{ id: loanIds[0] }] },
      { id: '00000000-0000-0000-0000-000000000000', loans: [] },
    ]);
    // A representation whose id is not one is refused at its index; the others still resolve.
    const bad = await env.h.query(QUERY, { reps }, env.t.pc);
    expect(bad.data?._entities?.[3]).toBeNull();
    expect(bad.data?._entities?.[0]).toEqual({ id: personId, loans: [{ id: loanIds[0] }] });
    expect(bad.errors).toEqual([
      expect.objectContaining({
        path: ['_entities', 3],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'representations[3].id' }),
      }),
    ]);
    // Outside the caller's units the household has no loans to show.
    const hcmc = await gql(env.h, QUERY, { reps: reps.slice(1, 2) }, env.t.hcmcOfficer);
    expect(hcmc._entities).toEqual([{ id: householdId, loans: [] }]);
  });
});
