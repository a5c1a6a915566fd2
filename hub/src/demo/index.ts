import { SUBGRAPHS } from '@chung-tay/common';
import { createDemoContext, type LinkedDemoSeeder } from './linked-demo';
import { seeder as labourUnion } from './labour-union';
import { seeder as womensUnion } from './womens-union';
import { seeder as fatherlandFront } from './fatherland-front';
import { seeder as microfinance } from './microfinance';

export * from './linked-demo';

/**
 * Seeders in waves: those of one wave run at the same time (each organisation writes only its own database);
 * the lender comes last because it attaches loans to the Women's Union's savings-and-loan groups.
 */
const WAVES: LinkedDemoSeeder[][] = [[labourUnion, womensUnion, fatherlandFront], [microfinance]];

/** Runs the seeders of the subgraphs this hub runs, through the gateway, after the People's Committee's seed. */
export async function seedLinkedDemoData(gatewayUrl: string, jwtSecret: string): Promise<void> {
  const runs = (s: LinkedDemoSeeder) => SUBGRAPHS.some((g) => g.name === s.org);
  if (!WAVES.flat().some(runs) || !SUBGRAPHS.some((g) => g.name === 'people-committee')) return;
  const ctx = await createDemoContext(gatewayUrl, jwtSecret);
  for (const wave of WAVES) await Promise.all(wave.filter(runs).map((seeder) => seeder.seed(ctx)));
}
