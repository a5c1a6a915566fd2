import type { LinkedDemoSeeder } from './linked-demo';

/** Demo records of the labour-union subgraph that point into the register (none yet). */
export const seeder: LinkedDemoSeeder = {
  org: 'labour-union',
  async seed() {},
};
