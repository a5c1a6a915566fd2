import { randomUUID } from 'node:crypto';
import { describeAccessMatrix, testToken } from '@chung-tay/common/testing';
import { info } from '../info';
import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { centreWithGroup, HCMC_WARD, makeLoan, repay, setupLender, useSubgraph } from './fixtures';

const env = useSubgraph();
const matrix = ORGANISATIONS.flatMap((org) => ROLES.map((role) => [org, role] as const));

let dongNai: { id: string; borrower: { householdId: string } };
let hcmc: { id: string };
beforeAll(async () => {
  const cep = await setupLender(env.h, env.t);
  const { groupId } = await centreWithGroup(env.h, env.t, cep.code);
  dongNai = await makeLoan(env.h, env.t, {
    productId: cep.weekly,
    principal: 5_200_000,
    termInstalments: 4,
    appliedOn: '2025-03-01',
    approvedOn: '2025-03-01',
    disbursedOn: '2025-03-03',
    lendingGroupId: groupId,
  });
  await repay(env.h, env.t, dongNai.id, [{ date: '2025-03-10', amount: 1_315_600 }]);
  // The admin's token covers Hồ Chí Minh City too.
  const asAdmin = { ...env.t, officer: env.t.admin };
  const { groupId: hcmcGroup } = await centreWithGroup(env.h, asAdmin, cep.code, HCMC_WARD);
  hcmc = await makeLoan(env.h, asAdmin, {
    productId: cep.weekly,
    principal: 5_200_000,
    termInstalments: 4,
    appliedOn: '2025-03-01',
    lendingGroupId: hcmcGroup,
    borrower: { unitCode: HCMC_WARD },
  });
});

const READ = `query($id: ID!) { loan(id: $id) { id status productKind unitCode lendingGroup { name } household { id }
  accountNumber principal disbursedOn schedule { number } borrower { fullName }
  standing(asOf: "2025-04-30") { daysPastDue bucket overdue arrearsAmount } } }`;
const LENDER_ONLY = [
  ['loan', 'accountNumber'],
  ['loan', 'principal'],
  ['loan', 'disbursedOn'],
  ['loan', 'schedule'],
  ['loan', 'borrower'],
  ['loan', 'standing', 'arrearsAmount'],
];

describeAccessMatrix(
  { info },
  {
    harness: () => env.h,
    read: {
      document: READ,
      variables: () => ({ id: dongNai.id }),
      personal: LENDER_ONLY,
      check: (data, own) => {
        // 30 Apr: instalment 2 (due 17 Mar) is the oldest unpaid, 44 days late.
        expect(data.loan).toMatchObject({
          status: 'DISBURSED',
          productKind: 'MICROCREDIT',
          unitCode: '25222',
          lendingGroup: { name: expect.any(String) },
          household: { id: dongNai.borrower.householdId },
          standing: { daysPastDue: 44, bucket: 'DPD_31_60', overdue: true },
        });
        if (!own) return;
        expect(data.loan).toMatchObject({
          principal: 5_200_000,
          disbursedOn: '2025-03-03',
          borrower: { fullName: 'Nguyễn Thị Lan' },
        });
        expect(data.loan.standing.arrearsAmount).toBe(3 * 1_315_600);
      },
    },
    outside: {
      byId: {
        document: `query($id: ID!) { loan(id: $id) { status } }`,
        variables: () => ({ id: hcmc.id }),
        fields: ['loan'],
      },
      reference: { representation: () => ({ __typename: 'Loan', id: hcmc.id }), selection: 'status' },
      list: {
        document: `{ loans(filter: { unitCode: "79" }) { totalCount } }`,
        total: (data) => data.loans.totalCount,
      },
    },
    write: {
      document: `mutation($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id } }`,
      variables: () => ({
        i: {
          personId: randomUUID(),
          householdId: randomUUID(),
          unitCode: '25222',
          householdStatus: 'POOR',
          fullName: 'Lê Thị Hoa',
          registeredOn: '2025-01-02',
        },
      }),
    },
  },
);

describe.each(matrix)('%s %s', (org, role) => {
  let token: string;
  beforeAll(async () => {
    token = await testToken({ org, units: ['75'], roles: [role] });
  });
  const lender = org === 'microfinance';

  const reader = lender || org === 'people-committee';
  it(`${reader ? 'reads' : 'may not read'} portfolio figures; customer records are the lender's`, async () => {
    const portfolio = await env.h.query(
      `{ loanPortfolio(asOf: "2025-04-30") { activeLoans par30 } }`,
      {},
      token,
    );
    // One loan: exact for the lender, withheld from the People's Committee under the threshold rule.
    const one = lender ? { activeLoans: 1, par30: 1 } : { activeLoans: null, par30: null };
    if (reader) expect(portfolio.data!.loanPortfolio).toMatchObject(one);
    else expect(portfolio.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const borrowers = await env.h.query(`{ borrowers { totalCount } }`, {}, token);
    if (lender) expect(borrowers.data!.borrowers.totalCount).toBeGreaterThan(0);
    else expect(borrowers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

it('a microfinance officer may not write in another province', async () => {
  const res = await env.h.query(
    `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { id } }`,
    { i: { loanId: hcmc.id, approvedOn: '2025-03-02' } },
    env.t.officer,
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await env.h.dataSource.query(`SELECT status FROM loan WHERE id = $1`, [hcmc.id]))[0].status).toBe(
    'APPLIED',
  );
});

it('logs reads of loan amounts and customer data, once per request', async () => {
  await env.h.query(READ.replace('query(', 'query LoanDetail('), { id: dongNai.id }, env.t.viewer);
  const reads = await env.h.dataSource.query(
    `SELECT record_type, record_ids, fields FROM audit_entry WHERE operation = 'LoanDetail' ORDER BY record_type`,
  );
  expect(reads.map((r: { record_type: string }) => r.record_type)).toEqual([
    'Borrower',
    'Loan',
    'LoanStanding',
  ]);
  expect(reads[1]).toMatchObject({
    record_ids: [dongNai.id],
    fields: expect.arrayContaining(['principal', 'schedule']),
  });
});
