import { SUBGRAPHS, type SubgraphDefinition } from '@chung-tay/common';
import { seedDemoData } from './demo/demo-data';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { buildPeopleCommitteeSchema } from './schema';

export const peopleCommittee: SubgraphDefinition<Loaders> = {
  info: SUBGRAPHS.find((s) => s.name === 'people-committee')!,
  entities,
  migrations,
  buildSchema: buildPeopleCommitteeSchema,
  createLoaders,
  seedDemoData,
};
