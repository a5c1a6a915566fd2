import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { subgraph } from './subgraph';

runSubgraph(subgraph).catch((error) => {
  console.error('[people-committee] failed to start:', error);
  process.exit(1);
});
