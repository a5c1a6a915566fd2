import type { SubgraphDefinition } from '@chung-tay/common';
import { entities } from './entities';
import { info } from './info';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { buildSchema } from './schema';

export const subgraph: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema,
  createLoaders,
};
