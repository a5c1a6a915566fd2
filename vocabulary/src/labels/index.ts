import type { EnumLabels, FigureLabel, FigureLabels, Label, Language, OrganisationLabels } from '../label';
import {
  ORGANISATION_REGISTRY,
  organisationField,
  type OrganisationEntry,
  type OrganisationId,
} from '../organisations';
import { FATHERLAND_FRONT_LABELS } from './fatherland-front';
import { KIT_LABELS } from './kit';
import { LABOUR_UNION_LABELS } from './labour-union';
import { MICROFINANCE_LABELS } from './microfinance';
import { PEOPLE_COMMITTEE_LABELS } from './people-committee';
import { WOMENS_UNION_LABELS } from './womens-union';

/**
 * Each organisation's labels, from its own file under labels/. An organisation with enums of its own lists its file
 * here (the supergraph-labels test fails until it does); a new organisation's registry figures are worded in its
 * registry entry.
 */
export const ORGANISATION_LABELS: Partial<Record<OrganisationId, OrganisationLabels>> = {
  'people-committee': PEOPLE_COMMITTEE_LABELS,
  'labour-union': LABOUR_UNION_LABELS,
  'womens-union': WOMENS_UNION_LABELS,
  'fatherland-front': FATHERLAND_FRONT_LABELS,
  microfinance: MICROFINANCE_LABELS,
};

/** `<Organisation>AreaFigures.<path>` for the figures a registry entry names (an organisation's generic view). */
function registryFigures(): OrganisationLabels {
  const entries: readonly OrganisationEntry[] = ORGANISATION_REGISTRY;
  const figures = entries.flatMap((o) => {
    const field = organisationField(o.id);
    const type = `${field.charAt(0).toUpperCase()}${field.slice(1)}AreaFigures`;
    return (o.figures ?? []).map((f) => [`${type}.${f.path}`, { vi: f.vi, en: f.en }] as const);
  });
  return { enums: {}, figures: Object.fromEntries(figures) };
}

const ALL: OrganisationLabels[] = [
  KIT_LABELS,
  ...Object.values(ORGANISATION_LABELS).filter((l) => l !== undefined),
  registryFigures(),
];

/** Every enum of the supergraph in both languages: `ENUM_LABELS.HouseholdStatus.POOR.vi`. */
export const ENUM_LABELS: EnumLabels = Object.fromEntries(ALL.flatMap((l) => Object.entries(l.enums)));

/** Every figure of the area reports in both languages, keyed `Type.field`. */
export const FIGURE_LABELS: FigureLabels = Object.fromEntries(ALL.flatMap((l) => Object.entries(l.figures)));

/** An enum value's label, or undefined when the value is not worded here (a newer schema). */
export const enumValueLabel = (enumName: string, value: string): Label | undefined =>
  Object.hasOwn(ENUM_LABELS, enumName) && Object.hasOwn(ENUM_LABELS[enumName]!, value)
    ? ENUM_LABELS[enumName]![value]
    : undefined;

/** An enum value in the language; a value not worded here is shown as the schema spells it, none as a dash. */
export const enumLabel = (lang: Language, enumName: string, value: unknown): string =>
  value === null || value === undefined
    ? '—'
    : (enumValueLabel(enumName, String(value))?.[lang] ?? String(value));

export const figureLabel = (typeName: string, fieldName: string): FigureLabel | undefined => {
  const key = `${typeName}.${fieldName}`;
  return Object.hasOwn(FIGURE_LABELS, key) ? FIGURE_LABELS[key] : undefined;
};

/**
 * Descriptions of an enum's values for the schema ("Near-poor (Hộ cận nghèo)"), in the shape type-graphql's
 * `registerEnumType({ valuesConfig })` takes, so the SDL and the screens say the same thing.
 */
export function enumValueDescriptions(enumName: string): Record<string, { description: string }> {
  const labels = Object.hasOwn(ENUM_LABELS, enumName) ? ENUM_LABELS[enumName]! : {};
  return Object.fromEntries(
    Object.entries(labels).map(([value, l]) => [value, { description: `${l.en} (${l.vi})` }]),
  );
}
