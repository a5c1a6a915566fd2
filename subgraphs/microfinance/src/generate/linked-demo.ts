import {
  GenerationWave,
  type DemoContext,
  type DemoHousehold,
  type DemoPerson,
  type GraphQLCall,
  type DemoGenerator,
  int,
  mulberry32,
  pick,
  type Rng,
} from '@chung-tay/common/generate';
import { LOAN_PURPOSES, MEETING_DAYS, RepaymentBehaviour as Behaviour } from './vocabulary';

/**
 * The lenders' demo books in Đồng Nai: CEP's centres and groups in five communes, borrowers from poor and
 * near-poor households of the register (linked through registerMatch), loans applied for, approved and
 * disbursed over 2024–2025, and repayments up to DEMO_AS_OF — most on time, some late, some stopped, one
 * written off — so the arrears buckets and PAR30 are not zero. Lenders and products come from the subgraph's
 * own seedDemoData. About 330 calls, each through the gateway as a microfinance officer.
 */
export const DEMO_AS_OF = '2026-10-31';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface Product {
  id: string;
  code: string;
  repaymentFrequency: 'WEEKLY' | 'MONTHLY';
  minAmount: number;
  maxAmount: number;
  minTerm: number;
  maxTerm: number;
  compulsorySavingsPercent: number;
}
interface Instalment {
  dueDate: string;
  totalDue: number;
}
/** Most pay on time; about one in seven pays every instalment late; about one in fourteen stops paying. */
const BEHAVIOURS: Behaviour[] = [
  ...Array<Behaviour>(11).fill(Behaviour.ON_TIME),
  Behaviour.LATE,
  Behaviour.LATE,
  Behaviour.STOPPED,
];
const WRITTEN_OFF_BORROWER = 3;

const GROUP_NAMES = ['Hoa Sen', 'Hoa Mai', 'Hướng Dương', 'Bình Minh', 'Đoàn Kết', 'Vươn Lên'];

const PRODUCTS = `{ lenders { code products { id code repaymentFrequency minAmount maxAmount minTerm maxTerm
  compulsorySavingsPercent } } borrowers(first: 1) { totalCount } }`;
const MATCH = `query DemoMatch($n: String!) { registerMatch(nationalId: $n) {
  person { id } household { id unitCode } householdStatus poorCategory } }`;
const REGISTER = `mutation DemoBorrower($i: RegisterBorrowerInput!) { registerBorrower(input: $i) { id } }`;
const APPLY = `mutation DemoApply($i: ApplyForLoanInput!) { applyForLoan(input: $i) { id } }`;
const APPROVE = `mutation DemoApprove($i: ApproveLoanInput!) { approveLoan(input: $i) { id } }`;
const DISBURSE = `mutation DemoDisburse($i: DisburseLoanInput!) { disburseLoan(input: $i) {
  id schedule { dueDate totalDue } } }`;
const REPAY = `mutation DemoRepay($i: RecordLoanRepaymentsInput!) { recordLoanRepayments(input: $i) { id } }`;
const WRITE_OFF = `mutation DemoWriteOff($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`;
const SAVINGS_GROUPS = `query DemoSavingsGroups($after: String) { savingsLoanGroups(filter: { lender: VBSP }, first: 100,
  after: $after) { pageInfo { hasNextPage endCursor } nodes { id unitCode formedOn } } }`;

/** A woman of working age with an ID card, the usual Grameen borrower; else any adult with one. */
function borrowerOf(h: DemoHousehold): DemoPerson | undefined {
  const adults = h.members.filter((m) => m.nationalId && m.birthYear >= 1960 && m.birthYear <= 2005);
  return adults.find((m) => m.sex === 'FEMALE') ?? adults[0];
}

/** The Women's Union's VBSP groups, if that subgraph runs (the hub may run without it). */
async function savingsLoanGroups(
  mf: GraphQLCall,
): Promise<{ id: string; unitCode: string; formedOn: string }[]> {
  const groups: { id: string; unitCode: string; formedOn: string }[] = [];
  try {
    for (let after: string | null = null; ;) {
      const { savingsLoanGroups: page }: any = await mf(SAVINGS_GROUPS, { after });
      groups.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return groups;
      after = page.pageInfo.endCursor;
    }
  } catch {
    return [];
  }
}

/**
 * Repayment lines of a loan up to `until`: on time; each instalment the same number of days late; on time
 * until a stop date, then nothing. Weekly CEP loans carry a savings deposit with each repayment.
 */
function repayments(rng: Rng, schedule: Instalment[], behaviour: Behaviour, until: string, saving: number) {
  const lag = behaviour === Behaviour.LATE ? int(rng, 6, 80) : 0;
  const stopAfter =
    behaviour === Behaviour.WRITTEN_OFF
      ? int(rng, 1, 3)
      : behaviour === Behaviour.STOPPED
        ? int(rng, Math.ceil(schedule.length * 0.5), schedule.length - 1)
        : schedule.length;
  const lines: { date: string; amount: number; savingsDeposit: number }[] = [];
  for (const [k, instalment] of schedule.slice(0, stopAfter).entries()) {
    const date = addDays(instalment.dueDate, lag);
    if (date > until) break;
    // A few borrowers short-pay an instalment and make it up with the next one.
    const short = behaviour === Behaviour.ON_TIME && k < schedule.length - 1 && rng() < 0.04 ? 0.5 : 1;
    const owedBefore = lines.reduce((s, l) => s + l.amount, 0);
    const due = schedule.slice(0, k + 1).reduce((s, i) => s + i.totalDue, 0);
    const amount = Math.round((due - owedBefore) * short);
    if (amount > 0) lines.push({ date, amount, savingsDeposit: saving });
  }
  return lines;
}

export const demo: DemoGenerator = {
  wave: GenerationWave.AFTER_LINKED,
  async seed(ctx: DemoContext) {
    const mf = ctx.as('microfinance', 'officer');
    const { lenders, borrowers } = await mf<{
      lenders: { code: string; products: Product[] }[];
      borrowers: { totalCount: number };
    }>(PRODUCTS);
    const cep = lenders.find((l) => l.code === 'CEP-DN');
    const vbsp = lenders.find((l) => l.code === 'VBSP-DN');
    if (!cep || !vbsp) return; // no demo price list
    if (borrowers.totalCount === 0) await seedBooks(ctx, mf, cep, vbsp);
    await submitReports(mf, ctx.province);
  },
};

const REPORTS = `query DemoReports($u: String!) { microfinanceAreaReports(unitCode: $u, section: LENDER_PORTFOLIO) {
  id unitCode period status } }`;
const PREPARE = `mutation DemoPrepareReport($u: String!, $p: PeriodCode!) {
  prepareMicrofinanceAreaReport(section: LENDER_PORTFOLIO, unitCode: $u, period: $p) { id } }`;
const SUBMIT = `mutation DemoSubmitReport($id: ID!) { submitMicrofinanceAreaReport(id: $id) { id } }`;
/** The province's quarterly portfolio reports of 2026 so far (late: they are submitted on the demo's first day). */
export const DEMO_REPORT_PERIODS = ['2026-Q1', '2026-Q2', '2026-Q3'];

/** Prepares and submits each demo period's report for the province, unless it was sent already. */
async function submitReports(mf: GraphQLCall, province: string) {
  const { microfinanceAreaReports: reports } = await mf<{
    microfinanceAreaReports: { id: string; unitCode: string; period: string; status: string }[];
  }>(REPORTS, { u: province });
  for (const period of DEMO_REPORT_PERIODS) {
    const found = reports.find((r) => r.unitCode === province && r.period === period);
    if (found && found.status !== 'DRAFT') continue;
    // A draft left by an interrupted start is taken again (prepare refreshes it), then sent.
    const { prepareMicrofinanceAreaReport: draft } = await mf(PREPARE, { u: province, p: period });
    await mf(SUBMIT, { id: draft.id });
  }
}

async function seedBooks(
  ctx: DemoContext,
  mf: GraphQLCall,
  cep: { products: Product[] },
  vbsp: { products: Product[] },
) {
  const product = (code: string) => [...cep.products, ...vbsp.products].find((p) => p.code === code)!;
  const rng = mulberry32(752005);
  const until = earlier(DEMO_AS_OF, new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));

  // Candidates: poor and near-poor households with an adult who has an ID card, by commune.
  const candidates = ctx.register
    .filter((h) => h.status === 'POOR' || h.status === 'NEAR_POOR')
    .map((h) => ({ household: h, person: borrowerOf(h) }))
    .filter((c): c is { household: DemoHousehold; person: DemoPerson } => !!c.person);
  const byUnit = new Map<string, typeof candidates>();
  for (const c of candidates)
    byUnit.set(c.household.unitCode, [...(byUnit.get(c.household.unitCode) ?? []), c]);
  const cepUnits = [...byUnit.keys()]
    .sort((a, b) => byUnit.get(b)!.length - byUnit.get(a)!.length)
    .slice(0, 5);

  // CEP's centres and groups: one centre with two groups in each of its communes.
  const groupsByUnit = new Map<string, string[]>();
  for (const [c, unitCode] of cepUnits.entries()) {
    const code = `CEP-DN-${unitCode}-01`;
    const { openLendingCentre: centre } = await mf(
      `mutation DemoCentre($i: OpenLendingCentreInput!) { openLendingCentre(input: $i) { id } }`,
      {
        i: {
          lenderCode: 'CEP-DN',
          code,
          name: `Cụm ${GROUP_NAMES[c % GROUP_NAMES.length]}`,
          unitCode,
          meetingDay: pick(rng, MEETING_DAYS),
          openedOn: '2023-10-02',
        },
      },
    );
    const groups: string[] = [];
    for (const g of [1, 2]) {
      const { formLendingGroup: group } = await mf(
        `mutation DemoGroup($i: FormLendingGroupInput!) { formLendingGroup(input: $i) { id } }`,
        { i: { centreId: centre.id, code: `${code}-0${g}`, name: `Nhóm ${g}`, formedOn: '2023-10-02' } },
      );
      groups.push(group.id);
    }
    groupsByUnit.set(unitCode, groups);
  }
  const savingsGroups = await savingsLoanGroups(mf);

  // 30 CEP borrowers in its communes, 20 VBSP borrowers anywhere; a borrower has one lender here.
  const chosen: { household: DemoHousehold; person: DemoPerson; lender: 'CEP' | 'VBSP' }[] = [];
  const pool = [...candidates];
  const draw = (lender: 'CEP' | 'VBSP', n: number, where: (unit: string) => boolean) => {
    for (let i = 0; i < n; i++) {
      const eligible = pool.filter((c) => where(c.household.unitCode));
      if (!eligible.length) return;
      const c = pick(rng, eligible);
      pool.splice(pool.indexOf(c), 1);
      chosen.push({ ...c, lender });
    }
  };
  draw('CEP', 30, (u) => cepUnits.includes(u));
  draw('VBSP', 20, () => true);

  const writeOffs: string[] = [];
  for (const [n, { person, lender }] of chosen.entries()) {
    const { registerMatch: match } = await mf(MATCH, { n: person.nationalId });
    if (!match) continue;
    // The loan to be written off goes back to early 2024, so it is long overdue by mid-2026.
    const writtenOff = n === WRITTEN_OFF_BORROWER;
    const registeredOn = writtenOff ? '2024-03-04' : addDays('2024-01-08', int(rng, 0, 540));
    const { registerBorrower: borrower } = await mf(REGISTER, {
      i: {
        personId: match.person.id,
        householdId: match.household.id,
        unitCode: match.household.unitCode,
        householdStatus: match.householdStatus,
        poorCategory: match.poorCategory,
        fullName: person.fullName,
        phone: `09${String(int(rng, 10_000_000, 99_999_999))}`,
        registeredOn,
      },
    });
    const cycles = lender === 'CEP' && !writtenOff && registeredOn < '2024-06-01' && rng() < 0.35 ? 2 : 1;
    let appliedOn = addDays(registeredOn, int(rng, 0, 20));
    for (let cycle = 1; cycle <= cycles && appliedOn <= earlier('2025-12-31', until); cycle++) {
      const p =
        lender === 'VBSP'
          ? product(match.householdStatus === 'POOR' ? 'VBSP-HN' : 'VBSP-CN')
          : product(rng() < 0.8 ? 'CEP-TUAN' : 'CEP-THANG');
      const step = lender === 'VBSP' ? 5_000_000 : 1_000_000;
      const principal =
        step * int(rng, Math.ceil(p.minAmount / step), Math.floor(Math.min(p.maxAmount, 60_000_000) / step));
      const termInstalments = int(
        rng,
        Math.max(p.minTerm, p.repaymentFrequency === 'WEEKLY' ? 25 : 12),
        p.maxTerm,
      );
      const group =
        lender === 'CEP'
          ? pick(rng, groupsByUnit.get(match.household.unitCode)!)
          : savingsGroups.find((g) => g.unitCode === match.household.unitCode && g.formedOn <= appliedOn)?.id;
      const { applyForLoan: loan } = await mf(APPLY, {
        i: {
          borrowerId: borrower.id,
          productId: p.id,
          principal,
          termInstalments,
          purpose: pick(rng, LOAN_PURPOSES),
          appliedOn,
          ...(lender === 'CEP' ? { lendingGroupId: group } : group ? { savingsLoanGroupId: group } : {}),
        },
      });
      const approvedOn = addDays(appliedOn, int(rng, 2, 7));
      await mf(APPROVE, { i: { loanId: loan.id, approvedOn } });
      const disbursedOn = addDays(approvedOn, int(rng, 1, 7));
      const { disburseLoan } = await mf(DISBURSE, { i: { loanId: loan.id, disbursedOn } });
      // An earlier cycle is repaid on time; the current one behaves as drawn.
      const behaviour: Behaviour =
        cycle < cycles ? Behaviour.ON_TIME : writtenOff ? Behaviour.WRITTEN_OFF : pick(rng, BEHAVIOURS);
      const saving =
        p.compulsorySavingsPercent > 0
          ? Math.round((principal * p.compulsorySavingsPercent) / 100 / termInstalments / 1_000) * 1_000
          : 0;
      const lines = repayments(rng, disburseLoan.schedule, behaviour, until, saving);
      if (lines.length) await mf(REPAY, { i: { loanId: loan.id, repayments: lines } });
      if (behaviour === Behaviour.WRITTEN_OFF) writeOffs.push(loan.id);
      // A new cycle only once this loan is repaid in full (one open loan per lender).
      const paid = lines.reduce((sum, l) => sum + l.amount, 0);
      if (paid < disburseLoan.schedule.reduce((sum: number, i: Instalment) => sum + i.totalDue, 0)) break;
      appliedOn = addDays(lines.at(-1)!.date, int(rng, 1, 14));
    }
  }
  // Written off by the board after more than 180 days without a payment.
  for (const loanId of writeOffs) {
    await mf(WRITE_OFF, {
      i: {
        loanId,
        writtenOffOn: earlier('2026-06-30', until),
        reason: 'Hộ vay mất khả năng trả nợ (quyết định xử lý rủi ro)',
      },
    });
  }
}
