import type { Label } from './label';
import type { OrganisationId } from './organisations';

/**
 * The sections of the cross-agency report: each organisation reports its own section for a unit and a period.
 * The graph's `ReportSection` enum takes its values from here.
 */
export const REPORT_SECTION_IDS = [
  'POVERTY_REDUCTION',
  'UNION_CARE',
  'UNION_FUND',
  'WOMENS_UNION_PROGRESS',
  'FRONT_FUND_AND_SPONSORSHIP',
  'LENDER_PORTFOLIO',
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

export const REPORT_SECTIONS: Record<ReportSectionId, Label & { organisation: OrganisationId }> = {
  POVERTY_REDUCTION: {
    organisation: 'people-committee',
    vi: 'Kết quả giảm nghèo',
    en: 'Poverty reduction results',
  },
  UNION_CARE: {
    organisation: 'labour-union',
    vi: 'Chăm lo đoàn viên thuộc hộ nghèo, cận nghèo',
    en: 'Care for union members in poor and near-poor households',
  },
  UNION_FUND: {
    organisation: 'labour-union',
    vi: 'Kết quả vận động, hỗ trợ Quỹ Vì người nghèo (mẫu 001)',
    en: 'For-the-Poor fund gifts and support (template 001)',
  },
  WOMENS_UNION_PROGRESS: {
    organisation: 'womens-union',
    vi: 'Hội LHPN tham gia giảm nghèo bền vững',
    en: "Women's Union work on sustainable poverty reduction",
  },
  FRONT_FUND_AND_SPONSORSHIP: {
    organisation: 'fatherland-front',
    vi: 'Quỹ Vì người nghèo và đỡ đầu người nghèo',
    en: 'For-the-Poor fund and sponsorships',
  },
  LENDER_PORTFOLIO: {
    organisation: 'microfinance',
    vi: 'Cho vay, dư nợ và nợ quá hạn',
    en: 'Lending, outstanding and overdue loans',
  },
};

export const sectionsOf = (organisation: OrganisationId): ReportSectionId[] =>
  REPORT_SECTION_IDS.filter((s) => REPORT_SECTIONS[s].organisation === organisation);
