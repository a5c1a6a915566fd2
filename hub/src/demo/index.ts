import { SUBGRAPHS, type OrganisationId } from '@chung-tay/common';
import { DEFAULT_DEMO_PROVINCE, type DemoGenerator } from '@chung-tay/common/generate';
import { inWaves, loadDefinitions } from '../organisations';
import { createDemoContext } from './linked-demo';

export * from './linked-demo';

/**
 * Runs the demo generators of the subgraphs this hub runs, through the gateway, after the People's Committee's
 * register is there (its subgraph writes it at start). Generators of one wave run at the same time (each
 * organisation writes only its own database), in the order of their definitions' `generators.demo.wave`.
 */
export async function seedLinkedDemoData(
  gatewayUrl: string,
  jwtSecret: string,
  province = DEFAULT_DEMO_PROVINCE,
): Promise<void> {
  if (!SUBGRAPHS.some((g) => g.name === 'people-committee')) return;
  const demos: (DemoGenerator & { org: OrganisationId })[] = [];
  for (const { info, definition } of await loadDefinitions(SUBGRAPHS)) {
    const demo = definition.generators?.demo;
    if (demo) demos.push({ ...demo, org: info.name });
  }
  if (!demos.length) return;
  const ctx = await createDemoContext(gatewayUrl, jwtSecret, province);
  for (const wave of inWaves(demos)) await Promise.all(wave.map((demo) => demo.seed(ctx)));
}
