import { LoanArrearsBucket } from '../enums';

/** Standard portfolio buckets: 0 current, 1–30, 31–60, 61–90, over 90 days past due. */
export function arrearsBucket(daysPastDue: number): LoanArrearsBucket {
  if (daysPastDue <= 0) return LoanArrearsBucket.CURRENT;
  if (daysPastDue <= 30) return LoanArrearsBucket.DPD_1_30;
  if (daysPastDue <= 60) return LoanArrearsBucket.DPD_31_60;
  if (daysPastDue <= 90) return LoanArrearsBucket.DPD_61_90;
  return LoanArrearsBucket.DPD_OVER_90;
}
