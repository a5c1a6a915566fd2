import { ORGANISATION_REGISTRY, type OrganisationId } from '@chung-tay/vocabulary';
import { subgraphSelection } from './env';

export {
  ORGANISATIONS,
  ORGANISATION_NAMES,
  ORGANISATION_REGISTRY,
  organisationField,
  type OrganisationId,
} from '@chung-tay/vocabulary';

export interface SubgraphInfo {
  /** Subgraph name in the supergraph and folder under subgraphs/. */
  name: OrganisationId;
  /** Prefix of this subgraph's environment variables, e.g. PEOPLE_COMMITTEE_DATABASE_URL. */
  envPrefix: string;
  /** Default HTTP port when the hub runs on one machine. */
  defaultPort: number;
}

/** Every subgraph of the hub, one per organisation, from the vocabulary's registry. */
export const ALL_SUBGRAPHS: readonly SubgraphInfo[] = ORGANISATION_REGISTRY.map((o) => ({
  name: o.id,
  envPrefix: o.envPrefix,
  defaultPort: o.defaultPort,
}));

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
