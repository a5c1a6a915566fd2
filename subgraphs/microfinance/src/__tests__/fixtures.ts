import { randomUUID } from 'node:crypto';
import {
  testToken,
  type SubgraphHarness,
  queryData,
  rowCount,
  useSubgraphHarness,
} from '@chung-tay/common/testing';
import { microfinance } from '../subgraph';

export const COMMUNE = '25222'; // Xã Bù Gia Mập, Đồng Nai
export const WARD = '25195'; // Phường Bình Phước, Đồng Nai
export const HCMC_WARD = '25747';

export const tokens = () =>
  Promise.all([
    testToken({ org: 'microfinance', units: ['75'], roles: ['officer'] }),
    testToken({ org: 'microfinance', units: ['75', '79'], roles: ['admin'] }),
    testToken({ org: 'microfinance', units: ['75'], roles: ['viewer'] }),
    testToken({ org: 'people-committee', units: ['75'], roles: ['viewer'] }),
    testToken({ org: 'labour-union', units: ['75'], roles: ['officer'] }),
    testToken({ org: 'microfinance', units: ['79'], roles: ['officer'] }),
  ]).then(([officer, admin, viewer, pc, union, hcmcOfficer]) => ({
    officer,
    admin,
    viewer,
    pc,
    union,
    hcmcOfficer,
  }));
export type Tokens = Awaited<ReturnType<typeof tokens>>;

/** Runs a query that must succeed and returns its data. */
export const gql = queryData;

let serial = 0;
const next = () => String((serial += 1)).padStart(3, '0');

/** A lender with a weekly flat product (1.3 %/month = 0.3 %/week) and a monthly declining one (1 %/month). */
export async function setupLender(
  h: SubgraphHarness,
  t: Tokens,
  kind = 'MICROFINANCE_INSTITUTION',
  unitCode = '75',
) {
  const code = `T-${kind.slice(0, 3)}-${next()}`;
  await gql(
    h,
    `mutation($i: RegisterLenderInput!) { registerLender(input: $i) { id } }`,
    {
      i: { code, name: `Test lender ${code}`, kind, unitCode },
    },
    t.admin,
  );
  const product = async (suffix: string, terms: Record<string, unknown>) =>
    (
      await gql(
        h,
        `mutation($i: DefineLoanProductInput!) { defineLoanProduct(input: $i) { id code } }`,
        {
          i: {
            lenderCode: code,
            code: `${code}-${suffix}`,
            name: `Product ${suffix}`,
            compulsorySavingsPercent: 5,
            ...terms,
          },
        },
        t.admin,
      )
    ).defineLoanProduct;
  const weekly = await product('W', {
    kind: 'MICROCREDIT',
    interestMethod: 'FLAT',
    repaymentFrequency: 'WEEKLY',
    monthlyInterestRate: 1.3,
    minTerm: 4,
    maxTerm: 50,
    minAmount: 1_000_000,
    maxAmount: 30_000_000,
  });
  const monthly = await product('M', {
    kind: kind === 'POLICY_BANK' ? 'POOR_HOUSEHOLD' : 'MICROCREDIT',
    interestMethod: 'DECLINING_BALANCE',
    repaymentFrequency: 'MONTHLY',
    monthlyInterestRate: 1,
    minTerm: 6,
    maxTerm: 60,
    minAmount: 1_000_000,
    maxAmount: 100_000_000,
  });
  return { code, weekly: weekly.id as string, monthly: monthly.id as string };
}

export async function centreWithGroup(h: SubgraphHarness, t: Tokens, lenderCode: string, unitCode = COMMUNE) {
  const n = next();
  const { openLendingCentre: centre } = await gql(
    h,
    `mutation($i: OpenLendingCentreInput!) { openLendingCentre(input: $i) { id } }`,
    {
      i: {
        lenderCode,
        code: `C-${unitCode}-${n}`,
        name: `Cụm ${n}`,
        unitCode,
        meetingDay: 'MONDAY',
        openedOn: '2024-01-02',
      },
    },
    t.officer,
  );
  const { formLendingGroup: group } = await gql(
    h,
    `mutation($i: FormLendingGroupInput!) { formLendingGroup(input: $i) { id } }`,
    { i: { centreId: centre.id, code: `G-${unitCode}-${n}`, name: `Nhóm ${n}`, formedOn: '2024-01-02' } },
    t.officer,
  );
  return { centreId: centre.id as string, groupId: group.id as string };
}

export async function registerBorrower(
  h: SubgraphHarness,
  t: Tokens,
  overrides: Record<string, unknown> = {},
  token = t.officer,
) {
  const { registerBorrower: b } = await gql(
    h,
    `mutation($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id code personId householdId } }`,
    {
      i: {
        personId: randomUUID(),
        householdId: randomUUID(),
        unitCode: COMMUNE,
        householdStatus: 'POOR',
        poorCategory: 'A',
        fullName: 'Nguyễn Thị Lan',
        phone: '0912345678',
        registeredOn: '2024-01-02',
        ...overrides,
      },
    },
    token,
  );
  return b as { id: string; code: string; personId: string; householdId: string };
}

export interface LoanTerms {
  productId: string;
  principal: number;
  termInstalments: number;
  appliedOn: string;
  approvedOn?: string;
  disbursedOn?: string;
  lendingGroupId?: string;
  savingsLoanGroupId?: string;
  borrower?: Record<string, unknown>;
  /** An existing borrower's id (a second loan of hers, e.g. with another lender); else a new borrower. */
  borrowerId?: string;
}

/** A borrower and a loan taken as far as the dates given: applied, approved, disbursed. */
export async function makeLoan(h: SubgraphHarness, t: Tokens, terms: LoanTerms) {
  // With an existing borrower only her id is known here.
  const b = terms.borrowerId
    ? ({ id: terms.borrowerId } as Awaited<ReturnType<typeof registerBorrower>>)
    : await registerBorrower(h, t, terms.borrower);
  const { applyForLoan: loan } = await gql(
    h,
    `mutation($i: ApplyForLoanInput!) { applyForLoan(input: $i) { id accountNumber status } }`,
    {
      i: {
        borrowerId: b.id,
        productId: terms.productId,
        principal: terms.principal,
        termInstalments: terms.termInstalments,
        purpose: 'Nuôi heo',
        appliedOn: terms.appliedOn,
        lendingGroupId: terms.lendingGroupId,
        savingsLoanGroupId: terms.savingsLoanGroupId,
      },
    },
    t.officer,
  );
  if (terms.approvedOn) {
    await gql(
      h,
      `mutation($i: ApproveLoanInput!) { approveLoan(input: $i) { id } }`,
      {
        i: { loanId: loan.id, approvedOn: terms.approvedOn },
      },
      t.officer,
    );
  }
  if (terms.disbursedOn) {
    await gql(
      h,
      `mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { id } }`,
      {
        i: { loanId: loan.id, disbursedOn: terms.disbursedOn },
      },
      t.officer,
    );
  }
  return { id: loan.id as string, accountNumber: loan.accountNumber as string, borrower: b };
}

export async function repay(
  h: SubgraphHarness,
  t: Tokens,
  loanId: string,
  repayments: { date: string; amount: number; savingsDeposit?: number }[],
) {
  return gql(
    h,
    `mutation($i: RecordLoanRepaymentsInput!) { recordLoanRepayments(input: $i) { id principalPart interestPart } }`,
    { i: { loanId, repayments } },
    t.officer,
  );
}

export const count = rowCount;

/** One microfinance subgraph over HTTP with its own database for a test file, plus tokens. */
export const useSubgraph = () => useSubgraphHarness(microfinance, tokens);
