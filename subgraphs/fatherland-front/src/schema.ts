import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import {
  SponsorshipCoverageFindingResolver,
  SponsorshipCoverageResolver,
} from './coverage/coverage.resolver';
import {
  federationReferences,
  HouseholdFrontResolver,
  PersonFrontResolver,
} from './federation/federation.resolver';
import {
  FrontCampaignResolver,
  FrontDisbursementResolver,
  FrontDonationResolver,
  FrontFundResolver,
} from './fund/fund.resolver';
import { SolidarityHouseFundingResolver, SolidarityHouseResolver } from './house/house.resolver';
import { info } from './info';
import { NeedsListResolver } from './needs/needs.resolver';
import {
  FrontSponsorResolver,
  SponsorshipPaymentResolver,
  SponsorshipPledgeResolver,
  SponsorshipShareResolver,
} from './sponsorship/sponsorship.resolver';
import './enums';

/** Builds the Fatherland Front subgraph schema; never listens (see index.ts). */
export function buildFatherlandFrontSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        FrontFundResolver,
        FrontCampaignResolver,
        FrontDonationResolver,
        FrontDisbursementResolver,
        SolidarityHouseResolver,
        SolidarityHouseFundingResolver,
        NeedsListResolver,
        FrontSponsorResolver,
        SponsorshipPledgeResolver,
        SponsorshipShareResolver,
        SponsorshipPaymentResolver,
        SponsorshipCoverageResolver,
        SponsorshipCoverageFindingResolver,
        PersonFrontResolver,
        HouseholdFrontResolver,
        createAuditLogResolver(info),
      ],
    },
    federationReferences,
  );
}
