import { BOOLEAN_LABELS, enumValueLabel, figureLabel } from '@chung-tay/vocabulary';

/**
 * The exported workbooks speak Vietnamese, with the vocabulary's words (vocabulary/src/labels/<org>.ts is where a
 * reviewer of the reports corrects them). A figure not worded there falls back to its schema description, so a new
 * indicator shows up at once, in English until someone words it.
 */
export interface FieldLabel {
  label: string;
  /** Đơn vị tính shown beside the value; Money fields default to "đồng". */
  unit?: string;
}

/** The Vietnamese label of `Type.field`, when the vocabulary has one. */
export function fieldLabelVi(typeName: string, fieldName: string): FieldLabel | undefined {
  const words = figureLabel(typeName, fieldName);
  return words && { label: words.vi, unit: words.unit?.vi };
}

/** An enum value in Vietnamese, or as the schema spells it when the vocabulary does not word it. */
export const enumLabelVi = (enumName: string, value: string): string =>
  enumValueLabel(enumName, value)?.vi ?? value;

export const booleanLabelVi = (value: boolean): string => BOOLEAN_LABELS[value ? 'true' : 'false'].vi;
