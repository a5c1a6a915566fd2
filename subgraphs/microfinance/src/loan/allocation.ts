/**
 * How a repayment is shared out over the schedule (Fineract's default order, per instalment): the oldest
 * instalment still owing first — overdue ones, then the current one, then later ones if the borrower pays
 * ahead — and within each instalment its interest before its principal.
 */
export interface InstalmentBalance {
  number: number;
  dueDate: string;
  principalDue: number;
  interestDue: number;
  principalPaid: number;
  interestPaid: number;
}

export interface Allocation {
  instalmentNumber: number;
  principal: number;
  interest: number;
}

/** Principal and interest still owed on the whole schedule. */
export function owedOn(instalments: readonly InstalmentBalance[]): {
  principal: number;
  interest: number;
  total: number;
} {
  let principal = 0;
  let interest = 0;
  for (const i of instalments) {
    principal += i.principalDue - i.principalPaid;
    interest += i.interestDue - i.interestPaid;
  }
  return { principal, interest, total: principal + interest };
}

/**
 * Allocates `amount` and returns the allocations plus the instalments as they stand after it. The caller
 * refuses amounts above what is owed first; here that is a programming error.
 */
export function allocateRepayment(
  instalments: readonly InstalmentBalance[],
  amount: number,
): { allocations: Allocation[]; after: InstalmentBalance[] } {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError('amount must be a positive whole number');
  if (amount > owedOn(instalments).total) throw new RangeError('amount is more than is owed');
  let left = amount;
  const allocations: Allocation[] = [];
  const after = [...instalments]
    .sort((a, b) => a.number - b.number)
    .map((i) => {
      const interest = Math.min(left, i.interestDue - i.interestPaid);
      left -= interest;
      const principal = Math.min(left, i.principalDue - i.principalPaid);
      left -= principal;
      if (interest || principal) allocations.push({ instalmentNumber: i.number, principal, interest });
      return { ...i, interestPaid: i.interestPaid + interest, principalPaid: i.principalPaid + principal };
    });
  return { allocations, after };
}
