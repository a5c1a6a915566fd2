import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { areaReporting } from './area/area-reporting';
import { info } from './info';
import {
  Household{{Pascal}}Resolver,
  HouseholdRef,
  {{Pascal}}MemberResolver,
  registerReferences,
} from './member/member.resolver';

/** Builds the {{en}} subgraph schema; never listens (see index.ts). */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        {{Pascal}}MemberResolver,
        Household{{Pascal}}Resolver,
  HouseholdRef,
        createAuditLogResolver(info),
        ...areaReporting.resolvers,
      ],
      // Household is reached by no root field: listed here so its added fields are in the schema.
      orphanedTypes: [HouseholdRef, ...areaReporting.orphanedTypes],
    },
    { ...registerReferences, ...areaReporting.references },
  );
}
