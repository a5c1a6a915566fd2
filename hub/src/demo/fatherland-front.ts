import type { LinkedDemoSeeder } from './linked-demo';

/** Demo records of the fatherland-front subgraph that point into the register (none yet). */
export const seeder: LinkedDemoSeeder = {
  org: 'fatherland-front',
  async seed() {},
};
