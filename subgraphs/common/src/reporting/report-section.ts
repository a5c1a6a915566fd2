import { registerEnumType } from 'type-graphql';
import type { OrganisationId } from '../organisations';

/**
 * The sections of the cross-agency report: each organisation reports its own section for a unit and a period
 * (the People's Committee decides who reports which, for which units and when; see ReportObligation).
 */
export enum ReportSection {
  POVERTY_REDUCTION = 'POVERTY_REDUCTION',
  UNION_CARE = 'UNION_CARE',
  UNION_FUND = 'UNION_FUND',
  WOMENS_UNION_PROGRESS = 'WOMENS_UNION_PROGRESS',
  FRONT_FUND_AND_SPONSORSHIP = 'FRONT_FUND_AND_SPONSORSHIP',
  LENDER_PORTFOLIO = 'LENDER_PORTFOLIO',
}

export const REPORT_SECTIONS: Record<
  ReportSection,
  { organisation: OrganisationId; vi: string; en: string }
> = {
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

export const sectionsOf = (organisation: OrganisationId): ReportSection[] =>
  (Object.keys(REPORT_SECTIONS) as ReportSection[]).filter(
    (s) => REPORT_SECTIONS[s].organisation === organisation,
  );

registerEnumType(ReportSection, {
  name: 'ReportSection',
  description: 'A section of the cross-agency report, owned by one organisation.',
  valuesConfig: Object.fromEntries(
    Object.entries(REPORT_SECTIONS).map(([k, v]) => [
      k,
      { description: `${v.organisation}: ${v.vi} (${v.en})` },
    ]),
  ),
});
