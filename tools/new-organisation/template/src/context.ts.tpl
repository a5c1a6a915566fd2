import type { RequestContext } from '@chung-tay/common';
import type { createLoaders } from './loaders';

// The request's types live here so that access rules and loaders import them without importing each other.
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
export type Context = RequestContext<Loaders>;
