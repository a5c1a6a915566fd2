import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { info } from './info';

/** Builds the FatherlandFront subgraph schema; never listens (see index.ts). */
export function buildFatherlandFrontSchema() {
  return buildFederatedSchema({ resolvers: [createAuditLogResolver(info)] }, {});
}
