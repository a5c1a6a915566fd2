import type { Label } from './label';
import { ORGANISATION_REGISTRY, type OrganisationId, type ReportSectionCode } from './organisations';

/**
 * The sections of the cross-agency report: each organisation reports its own section for a unit and a period.
 * Each organisation declares its sections in its registry entry; the graph's `ReportSection` enum takes its values
 * from here.
 */
export type ReportSectionId = ReportSectionCode;

export const REPORT_SECTION_IDS = ORGANISATION_REGISTRY.flatMap((o) =>
  Object.keys(o.sections),
) as ReportSectionId[];

export const REPORT_SECTIONS = Object.fromEntries(
  ORGANISATION_REGISTRY.flatMap((o) =>
    Object.entries(o.sections).map(([code, words]) => [
      code,
      { organisation: o.id, vi: words.vi, en: words.en },
    ]),
  ),
) as Record<ReportSectionId, Label & { organisation: OrganisationId }>;

export const sectionsOf = (organisation: OrganisationId): ReportSectionId[] =>
  REPORT_SECTION_IDS.filter((s) => REPORT_SECTIONS[s].organisation === organisation);
