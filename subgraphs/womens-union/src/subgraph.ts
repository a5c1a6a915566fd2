import type { SubgraphDefinition } from '@chung-tay/common';
import { entities } from './entities';
import { info } from './info';
import type { Loaders } from './context';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildWomensUnionSchema } from './schema';

export const womensUnion: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema: buildWomensUnionSchema,
  createLoaders,
};
