import type { Discloser } from '@chung-tay/common';
import { LoanArrearsBucket } from '../enums';
import { percentOf } from './area-figures';
import type { MicrofinanceAreaFigures } from './area-figures.types';

const PAR30_BUCKETS = new Set([
  LoanArrearsBucket.DPD_31_60,
  LoanArrearsBucket.DPD_61_90,
  LoanArrearsBucket.DPD_OVER_90,
]);

/**
 * The lenders' area figures as other organisations see them: every amount is judged by the loans it sums
 * (disbursed, repaid, written off, outstanding, overdue, PAR30 and each bucket's), so one or two loans in a
 * commune show no principal or arrears; PAR30 in percent is worked out from the shown amounts.
 */
export function discloseAreaFigures(f: MicrofinanceAreaFigures, d: Discloser): MicrofinanceAreaFigures {
  const par30Loans = f.buckets
    .filter((b) => PAR30_BUCKETS.has(b.bucket))
    .reduce((sum, b) => sum + (b.loans ?? 0), 0);
  const outstandingPrincipal = d.amount('outstandingPrincipal', f.outstandingPrincipal, f.outstandingLoans);
  const par30Principal = d.amount('par30Principal', f.par30Principal, par30Loans);
  return {
    asOf: f.asOf,
    disbursedLoans: d.count('disbursedLoans', f.disbursedLoans),
    disbursedAmount: d.amount('disbursedAmount', f.disbursedAmount, f.disbursedLoans),
    repaidLoans: d.count('repaidLoans', f.repaidLoans),
    repaidPrincipal: d.amount('repaidPrincipal', f.repaidPrincipal, f.repaidLoans),
    repaidInterest: d.amount('repaidInterest', f.repaidInterest, f.repaidLoans),
    writtenOffLoans: d.count('writtenOffLoans', f.writtenOffLoans),
    writtenOffAmount: d.amount('writtenOffAmount', f.writtenOffAmount, f.writtenOffLoans),
    outstandingLoans: d.count('outstandingLoans', f.outstandingLoans),
    outstandingBorrowers: d.count('outstandingBorrowers', f.outstandingBorrowers),
    outstandingPrincipal,
    overdueLoans: d.count('overdueLoans', f.overdueLoans),
    overduePrincipal: d.amount('overduePrincipal', f.overduePrincipal, f.overdueLoans),
    arrearsAmount: d.amount('arrearsAmount', f.arrearsAmount, f.overdueLoans),
    par30Principal,
    par30Percent: d.percent(par30Principal, outstandingPrincipal, percentOf),
    buckets: f.buckets.map((b) => ({
      bucket: b.bucket,
      loans: d.count(`buckets.${b.bucket}.loans`, b.loans),
      outstandingPrincipal: d.amount(
        `buckets.${b.bucket}.outstandingPrincipal`,
        b.outstandingPrincipal,
        b.loans,
      ),
    })),
  };
}
