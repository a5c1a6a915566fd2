import { BadUserInputError } from '@chung-tay/common';
import type { EntityManager } from 'typeorm';
import { visibleLoan } from '../access';
import type { Context } from '../loaders';
import { Loan } from './loan.entity';

/**
 * Reads the loan for a change inside the transaction, locked so concurrent changes queue; a writer must cover
 * its unit. `field` names the input the loan came from.
 */
export async function lockLoan(
  em: EntityManager,
  ctx: Context,
  loanId: string,
  field = 'input.loanId',
): Promise<Loan> {
  // In the caller's units or FORBIDDEN: the units a token reads are the units it may write.
  if (!(await visibleLoan(ctx, loanId))) throw new BadUserInputError(`there is no loan ${loanId}`, field);
  return em.findOneOrFail(Loan, { where: { id: loanId }, lock: { mode: 'pessimistic_write' } });
}
