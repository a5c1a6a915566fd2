import type { DataSource } from 'typeorm';
import { createUnitTreeLoader, type Caller, type RequestContext } from '@chung-tay/common';

/** Every entity and relation read of this subgraph, batched per request: one statement per kind of read. */
export function createLoaders(dataSource: DataSource) {
  return (_caller: Caller) => ({
    unit: createUnitTreeLoader(dataSource),
  });
}

export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
export type Context = RequestContext<Loaders>;
