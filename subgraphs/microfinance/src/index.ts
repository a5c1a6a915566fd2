import 'reflect-metadata';
import { runSubgraph } from '@chung-tay/common';
import { microfinance } from './subgraph';

runSubgraph(microfinance).catch((error) => {
  console.error('[microfinance] failed to start:', error);
  process.exit(1);
});
