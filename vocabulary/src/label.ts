/** The hub speaks Vietnamese first and English second; every word it shows comes in both. */
export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export interface Label {
  vi: string;
  en: string;
}

/** Labels of one GraphQL enum, keyed by value as the schema spells it. */
export type EnumValueLabels = Record<string, Label>;
/** Labels of enums keyed by the GraphQL enum's name, then value: `HouseholdStatus.POOR.vi`. */
export type EnumLabels = Record<string, EnumValueLabels>;

/** A figure's label, with the unit (đơn vị tính) shown beside its value when it is a count of something. */
export interface FigureLabel extends Label {
  unit?: Label;
}
/** Figure labels keyed by `Type.field` of the supergraph (`LabourUnionCareFigures.number`). */
export type FigureLabels = Record<string, FigureLabel>;

/** What an organisation's file under labels/ gives: its enums' labels and its figures' labels. */
export interface OrganisationLabels {
  enums: EnumLabels;
  figures: FigureLabels;
}

export const label = (vi: string, en: string): Label => ({ vi, en });
export const figure = (vi: string, en: string, unit?: Label): FigureLabel =>
  unit ? { vi, en, unit } : { vi, en };

/** Units of count, shared by every organisation's figures. */
export const UNITS = {
  households: label('hộ', 'households'),
  people: label('người', 'people'),
  times: label('lượt', 'times'),
  houses: label('căn', 'houses'),
  loans: label('món', 'loans'),
  groups: label('tổ', 'groups'),
  branches: label('chi hội', 'branches'),
  pledges: label('cam kết', 'pledges'),
  communes: label('xã', 'communes'),
  units: label('đơn vị', 'units'),
  percent: label('%', '%'),
} as const;

export const BOOLEAN_LABELS: Record<'true' | 'false', Label> = {
  true: label('Có', 'Yes'),
  false: label('Không', 'No'),
};
