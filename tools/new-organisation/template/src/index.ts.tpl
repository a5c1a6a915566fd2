import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { subgraph } from './subgraph';

runSubgraph(subgraph).catch((error: unknown) => {
  console.error('[{{id}}] failed to start:', error);
  process.exit(1);
});
