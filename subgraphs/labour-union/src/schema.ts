import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { info } from './info';

/** Builds the LabourUnion subgraph schema; never listens (see index.ts). */
export function buildLabourUnionSchema() {
  return buildFederatedSchema({ resolvers: [createAuditLogResolver(info)] }, {});
}
