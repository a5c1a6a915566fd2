import { registerEnumType } from 'type-graphql';
import {
  REPORT_SECTION_IDS,
  REPORT_SECTIONS as SECTION_WORDS,
  sectionsOf as sectionsOfOrganisation,
  type OrganisationId,
  type ReportSectionCode,
} from '@chung-tay/vocabulary';

/**
 * The sections of the cross-agency report: each organisation reports its own section for a unit and a period
 * (the People's Committee decides who reports which, for which units and when; see ReportObligation). Each
 * organisation declares its sections in the vocabulary's registry, so the graph's enum is built from it.
 */
export type ReportSection = ReportSectionCode;
export const ReportSection = Object.fromEntries(REPORT_SECTION_IDS.map((code) => [code, code])) as {
  readonly [S in ReportSectionCode]: S;
};

/** Who reports each section and what it is called: the vocabulary's list, typed by the graph's enum. */
export const REPORT_SECTIONS: Readonly<Record<ReportSection, (typeof SECTION_WORDS)[ReportSection]>> =
  SECTION_WORDS;

export const sectionsOf = (organisation: OrganisationId): ReportSection[] =>
  sectionsOfOrganisation(organisation);

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
