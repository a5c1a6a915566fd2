import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { labourUnion } from './subgraph';

runSubgraph(labourUnion).catch((error) => {
  console.error('[labour-union] failed to start:', error);
  process.exit(1);
});
