import { BadUserInputError, ConflictError } from '@chung-tay/common';
import type { EntityManager } from 'typeorm';
import { visibleLoan } from '../access';
import type { Context } from '../context';
import { Loan } from './loan.entity';

/**
 * Reads the loan for a change inside the transaction, locked (SELECT … FOR UPDATE) so concurrent changes queue;
 * a writer must cover its unit. `field` names the input the loan came from. With `expectedVersion` (the version
 * the caller's screen showed) a loan changed since is refused with CONFLICT instead of being overwritten unseen.
 */
export async function lockLoan(
  em: EntityManager,
  ctx: Context,
  loanId: string,
  expectedVersion?: number | null,
  field = 'input.loanId',
): Promise<Loan> {
  // In the caller's units or FORBIDDEN: the units a token reads are the units it may write.
  if (!(await visibleLoan(ctx, loanId))) throw new BadUserInputError(`there is no loan ${loanId}`, field);
  const loan = await em.findOneOrFail(Loan, { where: { id: loanId }, lock: { mode: 'pessimistic_write' } });
  if (expectedVersion != null && loan.version !== expectedVersion) {
    throw new ConflictError(
      `the loan was changed by someone else (version ${loan.version} now, you had ${expectedVersion}); ` +
        'reload it and try again',
      'input.expectedVersion',
    );
  }
  return loan;
}
