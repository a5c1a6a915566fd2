import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { peopleCommittee } from './subgraph';

runSubgraph(peopleCommittee).catch((error) => {
  console.error('[people-committee] failed to start:', error);
  process.exit(1);
});
