import { registerEnumType } from 'type-graphql';
import { REPORT_SECTIONS as SECTION_WORDS, type OrganisationId } from '@chung-tay/vocabulary';

type ReportSectionWords = (typeof SECTION_WORDS)[keyof typeof SECTION_WORDS];

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

/** Who reports each section and what it is called: the vocabulary's list, typed by the graph's enum. */
export const REPORT_SECTIONS: Record<ReportSection, ReportSectionWords> = SECTION_WORDS;

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
