import type { LinkedDemoSeeder } from './linked-demo';

/** Demo records of the womens-union subgraph that point into the register (none yet). */
export const seeder: LinkedDemoSeeder = {
  org: 'womens-union',
  async seed() {},
};
