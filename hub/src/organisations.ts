import type { OrganisationId, SubgraphDefinition, SubgraphInfo } from '@chung-tay/common';

/**
 * How the hub finds an organisation: its package is `@chung-tay/<name>` (the folder subgraphs/<name>/, a
 * workspace of the root package.json), whose entry (`dist/lib.js`) exports its definition as `subgraph`. The
 * names come from the kit's subgraph list (ALL_SUBGRAPHS, from the organisations of @chung-tay/vocabulary), so
 * a new organisation is picked up by the seed and the demo with no edit here.
 */
export async function loadDefinition(name: OrganisationId): Promise<SubgraphDefinition<unknown>> {
  const entry: unknown = await import(`@chung-tay/${name}`);
  const subgraph = (entry as { subgraph?: SubgraphDefinition<unknown> }).subgraph;
  if (!subgraph || subgraph.info?.name !== name) {
    throw new Error(`@chung-tay/${name} does not export its definition as \`subgraph\` (see src/lib.ts)`);
  }
  return subgraph;
}

/** The definitions of the given subgraphs, in their order. */
export async function loadDefinitions(
  subgraphs: readonly SubgraphInfo[],
): Promise<{ info: SubgraphInfo; definition: SubgraphDefinition<unknown> }[]> {
  const found = [];
  for (const info of subgraphs) found.push({ info, definition: await loadDefinition(info.name) });
  return found;
}

/** Items grouped by wave, waves in order (generators of one wave do not depend on each other). */
export function inWaves<T extends { wave: number }>(items: readonly T[]): T[][] {
  const waves = [...new Set(items.map((i) => i.wave))].sort((a, b) => a - b);
  return waves.map((wave) => items.filter((i) => i.wave === wave));
}
