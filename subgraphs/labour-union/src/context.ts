import type { RequestContext } from '@chung-tay/common';
import type { createLoaders } from './loaders';

/** A request's loaders: what access checks, services and resolvers read through (one statement per kind of read). */
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
export type Context = RequestContext<Loaders>;
