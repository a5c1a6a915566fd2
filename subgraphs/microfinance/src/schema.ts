import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { info } from './info';

/** Builds the Microfinance subgraph schema; never listens (see index.ts). */
export function buildMicrofinanceSchema() {
  return buildFederatedSchema({ resolvers: [createAuditLogResolver(info)] }, {});
}
