import { UnitTreeEntry } from '@chung-tay/common';
import { Borrower } from './borrower/borrower.entity';
import { SavingsTransaction } from './borrower/savings-transaction.entity';
import { LendingCentre } from './group/lending-centre.entity';
import { LendingGroup } from './group/lending-group.entity';
import { Lender } from './lender/lender.entity';
import { LoanProduct } from './lender/loan-product.entity';
import { LoanInstalment } from './loan/loan-instalment.entity';
import { LoanRepayment, RepaymentAllocation } from './loan/loan-repayment.entity';
import { Loan } from './loan/loan.entity';

export const entities = [
  UnitTreeEntry,
  Lender,
  LoanProduct,
  LendingCentre,
  LendingGroup,
  Borrower,
  SavingsTransaction,
  Loan,
  LoanInstalment,
  LoanRepayment,
  RepaymentAllocation,
];
