import { registerEnumType } from 'type-graphql';
import { ORGANISATION_REGISTRY, type ReportSectionCode } from '@chung-tay/vocabulary';
import type { OrganisationId } from '../organisations';

/**
 * The sections of the cross-agency report: each organisation reports its own section for a unit and a period
 * (the People's Committee decides who reports which, for which units and when; see ReportObligation). Each
 * organisation declares its sections in the vocabulary's registry.
 */
export type ReportSection = ReportSectionCode;
export const ReportSection = Object.fromEntries(
  ORGANISATION_REGISTRY.flatMap((o) => Object.keys(o.sections).map((code) => [code, code])),
) as { readonly [S in ReportSectionCode]: S };

export const REPORT_SECTIONS = Object.fromEntries(
  ORGANISATION_REGISTRY.flatMap((o) =>
    Object.entries(o.sections).map(([code, label]) => [code, { organisation: o.id, ...label }]),
  ),
) as Record<ReportSection, { organisation: OrganisationId; vi: string; en: string }>;

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
