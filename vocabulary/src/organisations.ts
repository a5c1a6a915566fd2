/** The organisations that run a subgraph, as they appear in tokens (`org` claim), in the graph and as folders under subgraphs/. */
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
