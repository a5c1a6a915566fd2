import { BadUserInputError } from '@chung-tay/common';
import { addDays, addMonths } from '../dates';
import { BorrowerHouseholdStatus as H, LoanProductKind, LoanRepaymentFrequency } from '../enums';
import type { LoanProduct } from '../lender/loan-product.entity';
import { divideRoundHalfUp } from './schedule';

/** Policy-bank programmes lend to households of one status (the register's, as the match told it). */
const ELIGIBLE: Partial<Record<LoanProductKind, H[]>> = {
  [LoanProductKind.POOR_HOUSEHOLD]: [H.POOR],
  [LoanProductKind.NEAR_POOR_HOUSEHOLD]: [H.NEAR_POOR],
  [LoanProductKind.ESCAPED_POVERTY_HOUSEHOLD]: [H.ESCAPED_POVERTY, H.ESCAPED_NEAR_POVERTY],
};

export function eligibilityProblem(kind: LoanProductKind, status: H): string | null {
  const eligible = ELIGIBLE[kind];
  return eligible && !eligible.includes(status)
    ? `a ${kind} loan is for ${eligible.join(' or ')} households; this household is ${status}`
    : null;
}

/** Principal and term within the product's ranges; `prefix` is the input path. */
export function checkTerms(product: LoanProduct, principal: number, term: number, prefix = 'input'): void {
  if (principal < product.minAmount || principal > product.maxAmount) {
    throw new BadUserInputError(
      `${product.code} lends ${product.minAmount}–${product.maxAmount} đồng, not ${principal}`,
      `${prefix}.principal`,
    );
  }
  if (term < product.minTerm || term > product.maxTerm) {
    const unit = product.repaymentFrequency === LoanRepaymentFrequency.WEEKLY ? 'weeks' : 'months';
    throw new BadUserInputError(
      `${product.code} runs ${product.minTerm}–${product.maxTerm} ${unit}, not ${term}`,
      `${prefix}.termInstalments`,
    );
  }
}

/** The first instalment falls after disbursement and within two periods of it. */
export function checkFirstRepaymentDate(
  disbursedOn: string,
  first: string | null | undefined,
  frequency: LoanRepaymentFrequency,
  field = 'input.firstRepaymentDate',
): void {
  if (!first) return;
  const latest =
    frequency === LoanRepaymentFrequency.WEEKLY ? addDays(disbursedOn, 14) : addMonths(disbursedOn, 2);
  if (first <= disbursedOn || first > latest) {
    throw new BadUserInputError(`must fall after ${disbursedOn} and no later than ${latest}`, field);
  }
}

/** Compulsory savings of a loan: principal × percent, rounded half up to a whole đồng. */
export const requiredSavings = (principal: number, percent: number): number =>
  Number(divideRoundHalfUp(BigInt(principal) * BigInt(Math.round(percent * 100)), 10_000n));
