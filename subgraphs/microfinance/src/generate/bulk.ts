import { LOAN_PURPOSES, MEETING_DAYS, RepaymentBehaviour as Behaviour } from './vocabulary';
import { allocateRepayment, type InstalmentBalance } from '../loan/allocation';
import { requiredSavings } from '../loan/loan.rules';
import { generateSchedule } from '../loan/schedule';
import type { LoanInterestMethod, LoanRepaymentFrequency } from '../enums';
import {
  cols,
  ageOn,
  isListed,
  statusOn,
  type GenPerson,
  type BulkContext,
  addDays,
  daysBetween,
  pad,
  int,
  pick,
  weighted,
} from '@chung-tay/common/generate';

interface Product {
  id: string;
  lenderId: string;
  lenderCode: string;
  code: string;
  kind: string;
  interestMethod: LoanInterestMethod;
  repaymentFrequency: LoanRepaymentFrequency;
  monthlyInterestRate: number;
  minTerm: number;
  maxTerm: number;
  minAmount: number;
  maxAmount: number;
  compulsorySavingsPercent: number;
}

/** Generated borrowers repay on time, late every time, or stopped a while ago; none is written off. */
const BEHAVIOUR = [Behaviour.ON_TIME, Behaviour.LATE, Behaviour.STOPPED] as const;
const BEHAVIOUR_WEIGHTS = [0.8, 0.1, 0.1];

/**
 * Borrowers from poor and near-poor households (and a few that escaped), one loan each from the products the
 * lender's own demo data defines: CEP's group loans through its centres and groups, the policy bank's poor and
 * near-poor household loans (through the Women's Union's savings-and-loan group when the borrower is in one).
 * Schedules come from the subgraph's own schedule function, repayments are shared out by its allocation rule.
 */
export async function generateMicrofinance(
  ctx: BulkContext,
  savingsGroups: Map<string, { groupId: string; formedOn: string }>,
): Promise<void> {
  const { register, year, today, query } = ctx;
  const rng = ctx.rng('microfinance');
  const products: Product[] = (
    await query(`SELECT p.*, l.code AS lender_code FROM loan_product p JOIN lender l ON l.id = p.lender_id
      WHERE p.active ORDER BY p.code`)
  ).map((r: any) => ({
    id: r.id,
    lenderId: r.lender_id,
    lenderCode: r.lender_code,
    code: r.code,
    kind: r.kind,
    interestMethod: r.interest_method,
    repaymentFrequency: r.repayment_frequency,
    monthlyInterestRate: Number(r.monthly_interest_rate),
    minTerm: r.min_term,
    maxTerm: r.max_term,
    minAmount: Number(r.min_amount),
    maxAmount: Number(r.max_amount),
    compulsorySavingsPercent: Number(r.compulsory_savings_percent),
  }));
  const lenders: { id: string; code: string; kind: string }[] = await query(
    `SELECT id, code, kind FROM lender ORDER BY code`,
  );
  const mfi = lenders.find((l) => l.kind === 'MICROFINANCE_INSTITUTION');
  if (!products.length) return;
  const byKind = (kind: string, lenderKind?: string) =>
    products.filter(
      (p) =>
        p.kind === kind && (!lenderKind || lenders.find((l) => l.id === p.lenderId)?.kind === lenderKind),
    );

  const centreRows: unknown[][] = [];
  const groupRows: unknown[][] = [];
  const lendingGroups = new Map<string, string[]>();
  const groupsIn = (unitCode: string) => {
    let groups = lendingGroups.get(unitCode);
    if (groups || !mfi) return groups ?? [];
    const centreId = ctx.uuid();
    const code = `${mfi.code}-${unitCode}-01`;
    const name = register.communes.find((c) => c.code === unitCode)!.name;
    centreRows.push([
      centreId,
      mfi.id,
      code,
      `Cụm ${name}`,
      unitCode,
      pick(rng, MEETING_DAYS),
      `${year - 3}-09-01`,
    ]);
    groups = [1, 2, 3].map((g) => {
      const id = ctx.uuid();
      groupRows.push([id, centreId, mfi.id, `${code}-0${g}`, `Nhóm ${g}`, unitCode, `${year - 3}-10-02`]);
      return id;
    });
    lendingGroups.set(unitCode, groups);
    return groups;
  };

  const borrowerRows: unknown[][] = [];
  const loanRows: unknown[][] = [];
  const instalmentRows: unknown[][] = [];
  const repaymentRows: unknown[][] = [];
  const allocationRows: unknown[][] = [];
  const savingsRows: unknown[][] = [];
  let borrowers = 0;
  let accounts = 0;
  const latestApplication = addDays(today, -20);
  for (const h of register.households) {
    const before = statusOn(h, `${year - 1}-01-01`)?.status;
    const chanceOfLoan =
      isListed(h.status) || isListed(before) ? 0.3 : h.status.startsWith('ESCAPED') ? 0.08 : 0;
    if (rng() >= chanceOfLoan) continue;
    const adults = h.members.filter((m) => m.nationalId && ageOn(m, today) >= 18 && ageOn(m, today) <= 62);
    if (!adults.length) continue;
    const person: GenPerson = pick(rng, adults);
    const appliedOn = addDays(
      `${year - 2}-03-01`,
      int(rng, 0, Math.max(0, daysBetween(`${year - 2}-03-01`, latestApplication))),
    );
    const status = statusOn(h, appliedOn)!;
    const inGroup = savingsGroups.get(person.id);
    const candidates =
      status.status === 'POOR'
        ? [...byKind('POOR_HOUSEHOLD'), ...byKind('MICROCREDIT')]
        : status.status === 'NEAR_POOR'
          ? [...byKind('NEAR_POOR_HOUSEHOLD'), ...byKind('MICROCREDIT')]
          : [...byKind('ESCAPED_POVERTY_HOUSEHOLD'), ...byKind('MICROCREDIT')];
    if (!candidates.length) continue;
    // Policy-bank loans first where the borrower is in a savings-and-loan group, the lender's group loans otherwise.
    const product =
      inGroup && candidates[0]!.kind !== 'MICROCREDIT' && rng() < 0.8
        ? candidates[0]!
        : pick(rng, candidates);
    const lender = lenders.find((l) => l.id === product.lenderId)!;
    let lendingGroupId: string | null = null;
    if (lender.kind === 'MICROFINANCE_INSTITUTION') lendingGroupId = pick(rng, groupsIn(h.unitCode));
    const savingsLoanGroupId =
      lender.kind === 'POLICY_BANK' && inGroup && inGroup.formedOn <= appliedOn ? inGroup.groupId : null;

    const borrowerId = ctx.uuid();
    borrowers += 1;
    const registeredOn = addDays(appliedOn, -int(rng, 0, 10));
    borrowerRows.push([
      borrowerId,
      `KH-${pad(borrowers, 6)}`,
      person.id,
      h.id,
      h.unitCode,
      person.fullName,
      rng() < 0.7 ? `09${pad(int(rng, 0, 99_999_999), 8)}` : null,
      status.status,
      status.poorCategory,
      registeredOn,
    ]);

    const step = 1_000_000;
    const principal = Math.min(
      product.maxAmount,
      product.minAmount + int(rng, 0, Math.floor((product.maxAmount - product.minAmount) / step) / 2) * step,
    );
    const terms = product.repaymentFrequency === 'WEEKLY' ? [25, 40, 50] : [12, 18, 24, 36, 48, 60];
    const fitting = terms.filter((t) => t >= product.minTerm && t <= product.maxTerm);
    const term = fitting.length ? pick(rng, fitting) : product.minTerm;
    const approvedOn = addDays(appliedOn, int(rng, 2, 10));
    const disbursedOn = addDays(approvedOn, int(rng, 1, 7));
    const loanId = ctx.uuid();
    accounts += 1;
    const loan = [
      loanId,
      `${lender.code}-${pad(accounts, 6)}`,
      lender.id,
      product.id,
      product.kind,
      borrowerId,
      person.id,
      h.id,
      h.unitCode,
      lendingGroupId,
      savingsLoanGroupId,
      'APPLIED',
      principal,
      product.monthlyInterestRate,
      product.interestMethod,
      product.repaymentFrequency,
      term,
      product.compulsorySavingsPercent,
      pick(rng, LOAN_PURPOSES),
      status.status,
      appliedOn,
      null,
      null,
      null,
      null,
      null,
    ] as unknown[];
    loanRows.push(loan);
    if (approvedOn > today) continue;
    loan[11] = 'APPROVED';
    loan[21] = approvedOn;
    if (disbursedOn > today) continue;
    const schedule = generateSchedule({
      principal,
      monthlyInterestRate: product.monthlyInterestRate,
      interestMethod: product.interestMethod,
      repaymentFrequency: product.repaymentFrequency,
      instalments: term,
      disbursedOn,
    });
    Object.assign(loan, {
      11: 'DISBURSED',
      22: disbursedOn,
      23: schedule[0]!.dueDate,
      24: schedule.at(-1)!.dueDate,
    });
    for (const s of schedule)
      instalmentRows.push([loanId, s.number, s.dueDate, s.principal, s.interest, s.balanceAfter]);

    // Repayments: one per instalment due by today, as the borrower's habit has it.
    const behaviour = BEHAVIOUR[weighted(rng, BEHAVIOUR_WEIGHTS)]!;
    const due = schedule.filter((s) => s.dueDate <= today);
    const stopAfter = behaviour === Behaviour.STOPPED ? int(rng, 0, Math.max(0, due.length - 1)) : due.length;
    const deposit =
      product.compulsorySavingsPercent > 0
        ? Math.ceil(requiredSavings(principal, product.compulsorySavingsPercent) / term)
        : 0;
    let balances: InstalmentBalance[] = schedule.map((s) => ({
      number: s.number,
      dueDate: s.dueDate,
      principalDue: s.principal,
      interestDue: s.interest,
      principalPaid: 0,
      interestPaid: 0,
    }));
    let last = disbursedOn;
    let owed = schedule.reduce((sum, s) => sum + s.principal + s.interest, 0);
    for (const [k, s] of due.entries()) {
      if (k >= stopAfter) break;
      const lag = behaviour === Behaviour.LATE ? int(rng, 5, 25) : -int(rng, 0, 2);
      let paidOn = addDays(s.dueDate, lag);
      if (paidOn < last) paidOn = last;
      if (paidOn > today) break;
      const amount = Math.min(owed, s.principal + s.interest);
      const { allocations, after } = allocateRepayment(balances, amount);
      balances = after;
      owed -= amount;
      last = paidOn;
      const repaymentId = ctx.uuid();
      const principalPart = allocations.reduce((sum, a) => sum + a.principal, 0);
      repaymentRows.push([
        repaymentId,
        loanId,
        paidOn,
        amount,
        principalPart,
        amount - principalPart,
        deposit,
      ]);
      for (const a of allocations)
        allocationRows.push([repaymentId, a.instalmentNumber, loanId, paidOn, a.principal, a.interest]);
      if (deposit > 0)
        savingsRows.push([ctx.uuid(), borrowerId, lender.id, loanId, paidOn, 'DEPOSIT', deposit]);
      if (owed === 0) {
        loan[11] = 'CLOSED';
        loan[25] = paidOn;
      }
    }
  }

  await ctx.insert(
    'lending_centre',
    cols('id:uuid lender_id:uuid code:text name:text unit_code:text meeting_day:text opened_on:date'),
    centreRows,
  );
  await ctx.insert(
    'lending_group',
    cols('id:uuid centre_id:uuid lender_id:uuid code:text name:text unit_code:text formed_on:date'),
    groupRows,
  );
  await ctx.insert(
    'borrower',
    cols(
      'id:uuid code:text person_id:uuid household_id:uuid unit_code:text full_name:text phone:text household_status:text poor_category:text registered_on:date',
    ),
    borrowerRows,
  );
  await ctx.insert(
    'loan',
    cols(`id:uuid account_number:text lender_id:uuid product_id:uuid product_kind:text borrower_id:uuid
    person_id:uuid household_id:uuid unit_code:text lending_group_id:uuid savings_loan_group_id:uuid status:text principal:bigint
    monthly_interest_rate:numeric interest_method:text repayment_frequency:text term_instalments:int
    compulsory_savings_percent:numeric purpose:text household_status_at_application:text applied_on:date approved_on:date
    disbursed_on:date first_repayment_date:date maturity_date:date closed_on:date`),
    loanRows,
  );
  await ctx.insert(
    'loan_instalment',
    cols(
      'loan_id:uuid number:int due_date:date principal_due:bigint interest_due:bigint balance_after:bigint',
    ),
    instalmentRows,
  );
  await ctx.insert(
    'loan_repayment',
    cols(
      'id:uuid loan_id:uuid paid_on:date amount:bigint principal_part:bigint interest_part:bigint savings_deposit:bigint',
    ),
    repaymentRows,
  );
  await ctx.insert(
    'repayment_allocation',
    cols(
      'repayment_id:uuid instalment_number:int loan_id:uuid paid_on:date principal:bigint interest:bigint',
    ),
    allocationRows,
  );
  await ctx.insert(
    'savings_transaction',
    cols('id:uuid borrower_id:uuid lender_id:uuid loan_id:uuid date:date kind:text amount:bigint'),
    savingsRows,
  );
  // Numbers the subgraph hands out next follow the generated ones.
  if (borrowers) await query(`SELECT setval('borrower_number', $1)`, [borrowers]);
  if (accounts) await query(`SELECT setval('loan_account_number', $1)`, [accounts]);
}
