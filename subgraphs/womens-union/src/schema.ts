import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { info } from './info';

/** Builds the WomensUnion subgraph schema; never listens (see index.ts). */
export function buildWomensUnionSchema() {
  return buildFederatedSchema({ resolvers: [createAuditLogResolver(info)] }, {});
}
