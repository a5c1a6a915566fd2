import { discloseAreaFigures } from './area/area-disclosure';
import { buildFederatedSchema, createAreaReporting, createAuditLogResolver } from '@chung-tay/common';
import { frontAreaFigures } from './area/area-figures';
import { FatherlandFrontAreaFigures } from './area/area-figures.types';
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
import type { Context } from './context';
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
  // AreaPeriod.fatherlandFront, its report section FRONT_FUND_AND_SPONSORSHIP and the report versions.
  const area = createAreaReporting({
    info,
    figures: FatherlandFrontAreaFigures,
    disclose: discloseAreaFigures,
    figuresOf: frontAreaFigures,
    loadUnit: (ctx: Context) => (code) => ctx.loaders.unit.load(code),
  });
  return buildFederatedSchema(
    {
      resolvers: [
        ...area.resolvers,
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
      orphanedTypes: area.orphanedTypes,
    },
    { ...federationReferences, ...area.references },
  );
}
