import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { info } from './info';
import './enums';
import { womensUnionAreaReporting as areaReporting } from './area/area-reporting';
import { WomensUnionChapterResolver } from './chapter/chapter.resolver';
import { PersonMembershipResolver, WomensUnionMemberResolver } from './member/member.resolver';
import {
  FiveNoThreeCleanPledgedHouseholdResolver,
  FiveNoThreeCleanPledgeResolver,
  FiveNoThreeCleanReviewResolver,
  HouseholdFiveNoThreeCleanResolver,
} from './pledge/pledge.resolver';
import { WomensUnionReportResolver } from './report/report.resolver';
import {
  SavingsDayCampaignResolver,
  SavingsDayContributionResolver,
  SavingsDayTargetResolver,
} from './savings-day/savings-day.resolver';
import {
  SavingsLoanGroupResolver,
  savingsLoanGroupReference,
} from './savings-loan-group/savings-loan-group.resolver';
import { HouseholdSupportResolver, WomensUnionSupportResolver } from './support/support.resolver';

/** The register's entities this subgraph adds fields to: known by id alone, their own fields come from the register. */
const registerReferences = {
  Household: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

/** Builds the Women's Union subgraph schema; never listens (see index.ts). */
export function buildWomensUnionSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        WomensUnionChapterResolver,
        WomensUnionMemberResolver,
        PersonMembershipResolver,
        FiveNoThreeCleanPledgeResolver,
        FiveNoThreeCleanPledgedHouseholdResolver,
        FiveNoThreeCleanReviewResolver,
        HouseholdFiveNoThreeCleanResolver,
        SavingsDayCampaignResolver,
        SavingsDayTargetResolver,
        SavingsDayContributionResolver,
        SavingsLoanGroupResolver,
        WomensUnionSupportResolver,
        HouseholdSupportResolver,
        WomensUnionReportResolver,
        createAuditLogResolver(info),
        ...areaReporting.resolvers,
      ],
      orphanedTypes: areaReporting.orphanedTypes,
    },
    { ...registerReferences, ...savingsLoanGroupReference, ...areaReporting.references },
  );
}
