import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { fatherlandFront } from './subgraph';

runSubgraph(fatherlandFront).catch((error) => {
  console.error('[fatherland-front] failed to start:', error);
  process.exit(1);
});
