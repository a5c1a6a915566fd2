import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { areaReporting } from './area/area-reporting';
import { BorrowerResolver, BorrowerSavingsBalanceResolver } from './borrower/borrower.resolver';
import {
  HouseholdLoansResolver,
  PersonLoansResolver,
  registerReferences,
  SavingsLoanGroupLoansResolver,
} from './federation/register.resolver';
import { LendingCentreResolver, LendingGroupResolver } from './group/group.resolver';
import { info } from './info';
import { LenderResolver, LoanProductResolver } from './lender/lender.resolver';
import { loanReference, LoanRepaymentResolver, LoanResolver } from './loan/loan.resolver';
import { PortfolioResolver } from './portfolio/portfolio.resolver';

/** Builds the Microfinance subgraph schema; never listens (see index.ts). */
export function buildMicrofinanceSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        LenderResolver,
        LoanProductResolver,
        LendingCentreResolver,
        LendingGroupResolver,
        BorrowerResolver,
        BorrowerSavingsBalanceResolver,
        LoanResolver,
        LoanRepaymentResolver,
        PortfolioResolver,
        HouseholdLoansResolver,
        PersonLoansResolver,
        SavingsLoanGroupLoansResolver,
        ...areaReporting.resolvers,
        createAuditLogResolver(info),
      ],
      orphanedTypes: areaReporting.orphanedTypes,
    },
    { ...loanReference, ...registerReferences, ...areaReporting.references },
  );
}
