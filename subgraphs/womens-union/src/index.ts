import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { womensUnion } from './subgraph';

runSubgraph(womensUnion).catch((error) => {
  console.error('[womens-union] failed to start:', error);
  process.exit(1);
});
