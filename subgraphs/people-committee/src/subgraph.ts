import type { SubgraphDefinition } from '@chung-tay/common';
import { seedDemoData } from './demo/demo-data';
import { entities } from './entities';
import { info } from './info';
import type { Loaders } from './context';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildPeopleCommitteeSchema } from './schema';

export const peopleCommittee: SubgraphDefinition<Loaders> = {
  info,
  entities,
  migrations,
  buildSchema: buildPeopleCommitteeSchema,
  createLoaders,
  seedDemoData,
};
