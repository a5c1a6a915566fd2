import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { areaReporting } from './area/area-reporting';
import { CareActivityResolver, CarePlanResolver } from './care/care.resolver';
import { FundGiftResolver } from './fund-gift/fund-gift.resolver';
import { info } from './info';
import {
  HouseholdUnionResolver,
  PersonUnionResolver,
  registerReferences,
} from './register/register.resolver';
import { UnionReportResolver } from './report/report.resolver';
import { UnionHouseResolver } from './union-house/union-house.resolver';
import { UnionMemberResolver, unionMemberReference } from './union-member/union-member.resolver';
import {
  UnionOrganisationResolver,
  unionOrganisationReference,
} from './union-organisation/union-organisation.resolver';

/** Builds the LabourUnion subgraph schema; never listens (see index.ts). */
export function buildLabourUnionSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        UnionOrganisationResolver,
        UnionMemberResolver,
        HouseholdUnionResolver,
        PersonUnionResolver,
        CarePlanResolver,
        CareActivityResolver,
        UnionHouseResolver,
        FundGiftResolver,
        UnionReportResolver,
        ...areaReporting.resolvers,
        createAuditLogResolver(info),
      ],
      orphanedTypes: areaReporting.orphanedTypes,
    },
    {
      ...unionOrganisationReference,
      ...unionMemberReference,
      ...registerReferences,
      ...areaReporting.references,
    },
  );
}
