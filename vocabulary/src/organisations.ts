/**
 * The registry of the organisations that run a subgraph: the one place that lists them. Everything else (the kit's
 * subgraph list and env prefixes, the report sections, the hub's services, composition, the gateway's subgraph
 * URLs and exports, the dashboard's sections, identity's demo accounts) derives from it, so a new organisation is
 * one entry here, one package under subgraphs/ and one workspace line (`npm run new-organisation` writes all three).
 */
export interface OrganisationEntry {
  /** As it appears in tokens (`org` claim), in the graph and as the folder under subgraphs/. Kebab-case. */
  id: string;
  vi: string;
  en: string;
  /** Prefix of its environment variables (PEOPLE_COMMITTEE_DATABASE_URL); also its value of the graph's Organisation enum. */
  envPrefix: string;
  /** Its HTTP port when the whole hub runs on one machine. */
  defaultPort: number;
  /** Its sections of the cross-agency report, by the ReportSection value. */
  sections: Readonly<Record<string, { vi: string; en: string }>>;
  /**
   * For an organisation without a hand-written dashboard view: the figures its dashboard section shows, as paths
   * inside `AreaPeriod.<organisationField(id)>`, in order.
   */
  figures?: readonly OrganisationFigure[];
}

/** One figure of an organisation's area figures, as a generic dashboard section shows it. */
export interface OrganisationFigure {
  path: string;
  vi: string;
  en: string;
  kind?: 'int' | 'money' | 'percent' | 'date';
}

export const ORGANISATION_REGISTRY = [
  {
    id: 'people-committee',
    vi: 'Ủy ban nhân dân',
    en: "People's Committee",
    envPrefix: 'PEOPLE_COMMITTEE',
    defaultPort: 4001,
    sections: { POVERTY_REDUCTION: { vi: 'Kết quả giảm nghèo', en: 'Poverty reduction results' } },
  },
  {
    id: 'labour-union',
    vi: 'Liên đoàn Lao động',
    en: 'Labour Union',
    envPrefix: 'LABOUR_UNION',
    defaultPort: 4002,
    sections: {
      UNION_CARE: {
        vi: 'Chăm lo đoàn viên thuộc hộ nghèo, cận nghèo',
        en: 'Care for union members in poor and near-poor households',
      },
      UNION_FUND: {
        vi: 'Kết quả vận động, hỗ trợ Quỹ Vì người nghèo (mẫu 001)',
        en: 'For-the-Poor fund gifts and support (template 001)',
      },
    },
  },
  {
    id: 'womens-union',
    vi: 'Hội Liên hiệp Phụ nữ',
    en: "Women's Union",
    envPrefix: 'WOMENS_UNION',
    defaultPort: 4003,
    sections: {
      WOMENS_UNION_PROGRESS: {
        vi: 'Hội LHPN tham gia giảm nghèo bền vững',
        en: "Women's Union work on sustainable poverty reduction",
      },
    },
  },
  {
    id: 'fatherland-front',
    vi: 'Mặt trận Tổ quốc',
    en: 'Fatherland Front',
    envPrefix: 'FATHERLAND_FRONT',
    defaultPort: 4004,
    sections: {
      FRONT_FUND_AND_SPONSORSHIP: {
        vi: 'Quỹ Vì người nghèo và đỡ đầu người nghèo',
        en: 'For-the-Poor fund and sponsorships',
      },
    },
  },
  {
    id: 'microfinance',
    vi: 'Tổ chức tài chính vi mô',
    en: 'Microfinance lender',
    envPrefix: 'MICROFINANCE',
    defaultPort: 4005,
    sections: {
      LENDER_PORTFOLIO: { vi: 'Cho vay, dư nợ và nợ quá hạn', en: 'Lending, outstanding and overdue loans' },
    },
  },
  // new-organisation: entries are added above this line
] as const satisfies readonly OrganisationEntry[];

type Registry = typeof ORGANISATION_REGISTRY;

export type OrganisationId = Registry[number]['id'];

/** The organisations that run a subgraph, as they appear in tokens (`org` claim), in the graph and as folders under subgraphs/. */
export const ORGANISATIONS = ORGANISATION_REGISTRY.map((o) => o.id) as [OrganisationId, ...OrganisationId[]];

export const ORGANISATION_NAMES = Object.fromEntries(
  ORGANISATION_REGISTRY.map((o) => [o.id, { en: o.en, vi: o.vi }]),
) as Record<OrganisationId, { en: string; vi: string }>;

/** A registry entry by id. */
export const organisationEntry = (id: OrganisationId): OrganisationEntry =>
  ORGANISATION_REGISTRY.find((o) => o.id === id)!;

/** An organisation's name in the graph's fields (`AreaPeriod.labourUnion`, `labourUnionReporting`). */
export const organisationField = (id: string): string =>
  id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A ReportSection value: every organisation's sections, in registry order. */
export type ReportSectionCode = Registry[number] extends infer E
  ? E extends { sections: infer S }
    ? keyof S & string
    : never
  : never;
