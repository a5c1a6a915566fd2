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
  const n = (v: number | null) => v ?? 0;
  const par30Loans = f.buckets
    .filter((b) => PAR30_BUCKETS.has(b.bucket))
    .reduce((sum, b) => sum + n(b.loans), 0);
  const outstandingPrincipal = d.amount(
    'outstandingPrincipal',
    n(f.outstandingPrincipal),
    n(f.outstandingLoans),
  );
  const par30Principal = d.amount('par30Principal', n(f.par30Principal), par30Loans);
  return {
    asOf: f.asOf,
    disbursedLoans: d.count('disbursedLoans', n(f.disbursedLoans)),
    disbursedAmount: d.amount('disbursedAmount', n(f.disbursedAmount), n(f.disbursedLoans)),
    repaidLoans: d.count('repaidLoans', n(f.repaidLoans)),
    repaidPrincipal: d.amount('repaidPrincipal', n(f.repaidPrincipal), n(f.repaidLoans)),
    repaidInterest: d.amount('repaidInterest', n(f.repaidInterest), n(f.repaidLoans)),
    writtenOffLoans: d.count('writtenOffLoans', n(f.writtenOffLoans)),
    writtenOffAmount: d.amount('writtenOffAmount', n(f.writtenOffAmount), n(f.writtenOffLoans)),
    outstandingLoans: d.count('outstandingLoans', n(f.outstandingLoans)),
    outstandingBorrowers: d.count('outstandingBorrowers', n(f.outstandingBorrowers)),
    outstandingPrincipal,
    overdueLoans: d.count('overdueLoans', n(f.overdueLoans)),
    overduePrincipal: d.amount('overduePrincipal', n(f.overduePrincipal), n(f.overdueLoans)),
    arrearsAmount: d.amount('arrearsAmount', n(f.arrearsAmount), n(f.overdueLoans)),
    par30Principal,
    par30Percent: d.percent(par30Principal, outstandingPrincipal, percentOf),
    buckets: f.buckets.map((b) => ({
      bucket: b.bucket,
      loans: d.count(`buckets.${b.bucket}.loans`, n(b.loans)),
      outstandingPrincipal: d.amount(
        `buckets.${b.bucket}.outstandingPrincipal`,
        n(b.outstandingPrincipal),
        n(b.loans),
      ),
    })),
  };
}
