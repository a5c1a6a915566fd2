import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { RequestContext } from '../context';

/** A write service in the shape the organisations share: database, verified caller, this request's loaders, input. */
export type WriteService<Loaders, Input, Result> = (
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: Input,
) => Result;

/**
 * Runs a mutation's service only after the organisation's writer check, so every resolver pairs the two the same
 * way and no mutation can reach its service with the check left out.
 */
export function writeAs<Loaders, Input, Result>(
  ctx: RequestContext<Loaders>,
  assertWriter: (caller: Caller) => void,
  service: WriteService<Loaders, Input, Result>,
  input: Input,
): Result {
  assertWriter(ctx.caller);
  return service(ctx.dataSource, ctx.caller, ctx.loaders, input);
}
