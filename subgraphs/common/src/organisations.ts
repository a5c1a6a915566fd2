import type { OrganisationId } from '@chung-tay/vocabulary';
import { subgraphSelection } from './env';

export { ORGANISATIONS, ORGANISATION_NAMES, type OrganisationId } from '@chung-tay/vocabulary';

export interface SubgraphInfo {
  /** Subgraph name in the supergraph and folder under subgraphs/. */
  name: OrganisationId;
  /** Prefix of this subgraph's environment variables, e.g. PEOPLE_COMMITTEE_DATABASE_URL. */
  envPrefix: string;
  /** Default HTTP port when the hub runs on one machine. */
  defaultPort: number;
}

/** Every subgraph of the hub, one per organisation. */
export const ALL_SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: 'people-committee', envPrefix: 'PEOPLE_COMMITTEE', defaultPort: 4001 },
  { name: 'labour-union', envPrefix: 'LABOUR_UNION', defaultPort: 4002 },
  { name: 'womens-union', envPrefix: 'WOMENS_UNION', defaultPort: 4003 },
  { name: 'fatherland-front', envPrefix: 'FATHERLAND_FRONT', defaultPort: 4004 },
  { name: 'microfinance', envPrefix: 'MICROFINANCE', defaultPort: 4005 },
];

/** One subgraph's facts by name. */
export function subgraphInfo(name: OrganisationId): SubgraphInfo {
  return ALL_SUBGRAPHS.find((s) => s.name === name)!;
}

/**
 * The subgraphs this process works with: all of them, or the comma-separated names in CHUNG_TAY_SUBGRAPHS
 * (e.g. `people-committee,labour-union` to run and compose part of the hub while working on one organisation).
 * The hub, the gateway and the compose script read this list.
 */
export function selectSubgraphs(list = subgraphSelection()): readonly SubgraphInfo[] {
  if (!list?.trim()) return ALL_SUBGRAPHS;
  const names = list.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !ALL_SUBGRAPHS.some((s) => s.name === n));
  if (unknown.length) {
    throw new Error(
      `CHUNG_TAY_SUBGRAPHS: unknown subgraph ${unknown.join(', ')}; known: ${ALL_SUBGRAPHS.map((s) => s.name).join(', ')}`,
    );
  }
  return ALL_SUBGRAPHS.filter((s) => names.includes(s.name));
}

export const SUBGRAPHS: readonly SubgraphInfo[] = selectSubgraphs();

export const subgraphDatabaseName = (name: string): string => name.replace(/-/g, '_');
