import type { LinkedDemoSeeder } from './linked-demo';

/** Demo records of the microfinance subgraph that point into the register (none yet). */
export const seeder: LinkedDemoSeeder = {
  org: 'microfinance',
  async seed() {},
};
