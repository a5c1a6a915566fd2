import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Caller } from './auth/caller';
import { AuditTrail } from './audit/audit-trail';

/**
 * What every resolver receives: the verified caller, this request's DataLoaders (never shared between
 * requests, so one caller's cache never serves another) and the subgraph's database for writes and lists.
 */
export interface RequestContext<Loaders> {
  requestId: string;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  /** Sensitive reads and changes of this request, written to the audit log when the response goes out. */
  audit: AuditTrail;
}

export function createRequestContext<Loaders>(
  caller: Caller,
  createLoaders: (caller: Caller) => Loaders,
  dataSource: DataSource,
): RequestContext<Loaders> {
  return {
    requestId: randomUUID(),
    caller,
    loaders: createLoaders(caller),
    dataSource,
    audit: new AuditTrail(),
  };
}
