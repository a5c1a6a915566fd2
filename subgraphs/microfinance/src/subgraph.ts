import type { SubgraphDefinition } from '@chung-tay/common';
import { seedDemoData } from './demo/demo-data';
import { entities } from './entities';
import { info } from './info';
import type { Loaders } from './context';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildMicrofinanceSchema } from './schema';

export const microfinance: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema: buildMicrofinanceSchema,
  createLoaders,
  seedDemoData,
};
