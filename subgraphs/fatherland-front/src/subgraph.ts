import type { SubgraphDefinition } from '@chung-tay/common';
import { entities } from './entities';
import { generators } from './generate';
import { info } from './info';
import type { Loaders } from './context';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildFatherlandFrontSchema } from './schema';

export const subgraph: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema: buildFatherlandFrontSchema,
  createLoaders,
  generators,
};

/** The name the subgraph's own tests import (the package's entry exports `subgraph`). */
export { subgraph as fatherlandFront };
