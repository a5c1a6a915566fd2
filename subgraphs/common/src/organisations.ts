/** The five organisations that run a subgraph, as they appear in tokens (`org` claim) and in the graph. */
export const ORGANISATIONS = [
  'people-committee',
  'labour-union',
  'womens-union',
  'fatherland-front',
  'microfinance',
] as const;
export type OrganisationId = (typeof ORGANISATIONS)[number];

export const ORGANISATION_NAMES: Record<OrganisationId, { en: string; vi: string }> = {
  'people-committee': { en: "People's Committee", vi: 'Ủy ban nhân dân' },
  'labour-union': { en: 'Labour Union', vi: 'Liên đoàn Lao động' },
  'womens-union': { en: "Women's Union", vi: 'Hội Liên hiệp Phụ nữ' },
  'fatherland-front': { en: 'Fatherland Front', vi: 'Mặt trận Tổ quốc' },
  microfinance: { en: 'Microfinance lender', vi: 'Tổ chức tài chính vi mô' },
};

export interface SubgraphInfo {
  /** Subgraph name in the supergraph and folder under subgraphs/. */
  name: OrganisationId;
  /** Prefix of this subgraph's environment variables, e.g. PEOPLE_COMMITTEE_DATABASE_URL. */
  envPrefix: string;
  /** Default HTTP port when the hub runs on one machine. */
  defaultPort: number;
}

/** The subgraphs that exist today; the hub, the gateway and the compose script all read this list. */
export const SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: 'people-committee', envPrefix: 'PEOPLE_COMMITTEE', defaultPort: 4001 },
];

export const subgraphDatabaseName = (name: string): string => name.replace(/-/g, '_');
