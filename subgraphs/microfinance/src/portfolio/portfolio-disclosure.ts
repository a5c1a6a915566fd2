import { Discloser, type Caller } from '@chung-tay/common';
import { LoanArrearsBucket } from '../enums';
import { info } from '../info';
import { percentOf } from './percent';
import type { LoanPortfolioReport, LoanPortfolioReportRow } from './report.types';
import type { LoanPortfolioStanding } from './standing.types';

const n = (v: number | null) => v ?? 0;
const PAR30 = new Set([
  LoanArrearsBucket.DPD_31_60,
  LoanArrearsBucket.DPD_61_90,
  LoanArrearsBucket.DPD_OVER_90,
]);

/**
 * The portfolio figures under the threshold rule for readers outside the lender (the People's Committee, the
 * Women's Union for its groups), as the area figures are (area-disclosure.ts): each amount judged by the loans
 * it sums, PAR30 from the shown amounts. A lending group or a commune of a few loans shows no principal.
 */
export function discloseStanding(s: LoanPortfolioStanding, d: Discloser, at = ''): LoanPortfolioStanding {
  const par30Loans = s.buckets.filter((b) => PAR30.has(b.bucket)).reduce((sum, b) => sum + n(b.loans), 0);
  const outstanding = d.amount(`${at}outstandingPrincipal`, n(s.outstandingPrincipal), n(s.activeLoans));
  const par30Principal = d.amount(`${at}par30Principal`, n(s.par30Principal), par30Loans);
  return {
    asOf: s.asOf,
    activeLoans: d.count(`${at}activeLoans`, n(s.activeLoans)),
    outstandingPrincipal: outstanding,
    overdueLoans: d.count(`${at}overdueLoans`, n(s.overdueLoans)),
    overduePrincipal: d.amount(`${at}overduePrincipal`, n(s.overduePrincipal), n(s.overdueLoans)),
    arrearsAmount: d.amount(`${at}arrearsAmount`, n(s.arrearsAmount), n(s.overdueLoans)),
    par30Principal,
    par30: d.percent(par30Principal, outstanding || null, (part, whole) => part / whole),
    par30Percent: d.percent(par30Principal, outstanding, percentOf),
    buckets: s.buckets.map((b) => ({
      bucket: b.bucket,
      loans: d.count(`${at}buckets.${b.bucket}.loans`, n(b.loans)),
      outstandingPrincipal: d.amount(
        `${at}buckets.${b.bucket}.outstandingPrincipal`,
        n(b.outstandingPrincipal),
        n(b.loans),
      ),
    })),
  };
}

function discloseRow(r: LoanPortfolioReportRow, d: Discloser, at: string): LoanPortfolioReportRow {
  return {
    ...r,
    disbursedLoans: d.count(`${at}disbursedLoans`, n(r.disbursedLoans)),
    disbursedAmount: d.amount(`${at}disbursedAmount`, n(r.disbursedAmount), n(r.disbursedLoans)),
    repaidLoans: d.count(`${at}repaidLoans`, n(r.repaidLoans)),
    repaidPrincipal: d.amount(`${at}repaidPrincipal`, n(r.repaidPrincipal), n(r.repaidLoans)),
    repaidInterest: d.amount(`${at}repaidInterest`, n(r.repaidInterest), n(r.repaidLoans)),
    writtenOffLoans: d.count(`${at}writtenOffLoans`, n(r.writtenOffLoans)),
    writtenOffAmount: d.amount(`${at}writtenOffAmount`, n(r.writtenOffAmount), n(r.writtenOffLoans)),
    standing: discloseStanding(r.standing, d, `${at}standing.`),
  };
}

/** A standing as `caller` may see it, with how it was protected. */
export function standingFor(caller: Caller, s: LoanPortfolioStanding): LoanPortfolioStanding {
  const d = new Discloser(caller.org === info.name, info.name);
  return { ...(d.exact ? s : discloseStanding(s, d)), disclosure: d.note() };
}

/** A report as `caller` may see it: rows by their unit code (`rows.25222.disbursedAmount`), the total too. */
export function reportFor(caller: Caller, r: LoanPortfolioReport): LoanPortfolioReport {
  const d = new Discloser(caller.org === info.name, info.name);
  if (d.exact) return { ...r, disclosure: d.note() };
  return {
    ...r,
    total: discloseRow(r.total, d, 'total.'),
    rows: r.rows.map((row) => discloseRow(row, d, `rows.${row.unitCode}.`)),
    disclosure: d.note(),
  };
}
