import type { SubgraphDefinition } from '@chung-tay/common';
import { entities } from './entities';
import { info } from './info';
import type { Loaders } from './context';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildFatherlandFrontSchema } from './schema';

export const fatherlandFront: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema: buildFatherlandFrontSchema,
  createLoaders,
};
