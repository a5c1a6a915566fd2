import { SUBGRAPHS } from '@chung-tay/common';
import { createDemoContext, type LinkedDemoSeeder } from './linked-demo';
import { seeder as labourUnion } from './labour-union';
import { seeder as womensUnion } from './womens-union';
import { seeder as fatherlandFront } from './fatherland-front';
import { seeder as microfinance } from './microfinance';

export * from './linked-demo';

/** In this order: the lender attaches loans to the Women's Union's savings-and-loan groups. */
const SEEDERS: LinkedDemoSeeder[] = [labourUnion, womensUnion, fatherlandFront, microfinance];

/** Runs the seeders of the subgraphs this hub runs, through the gateway, after the People's Committee's seed. */
export async function seedLinkedDemoData(gatewayUrl: string, jwtSecret: string): Promise<void> {
  const running = SEEDERS.filter((s) => SUBGRAPHS.some((g) => g.name === s.org));
  if (!running.length || !SUBGRAPHS.some((g) => g.name === 'people-committee')) return;
  const ctx = await createDemoContext(gatewayUrl, jwtSecret);
  for (const seeder of running) await seeder.seed(ctx);
}
