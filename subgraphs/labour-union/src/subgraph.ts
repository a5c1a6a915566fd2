import type { SubgraphDefinition } from '@chung-tay/common';
import { entities } from './entities';
import { info } from './info';
import type { Loaders } from './context';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildLabourUnionSchema } from './schema';

export const labourUnion: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema: buildLabourUnionSchema,
  createLoaders,
};
