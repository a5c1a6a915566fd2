import {
  BOOLEAN_LABELS,
  ENUM_LABELS,
  enumLabel,
  enumValueDescriptions,
  FIGURE_LABELS,
  figureLabel,
  KIT_LABELS,
  ORGANISATION_LABELS,
  REPORT_SECTIONS,
  ROLE_NAMES,
  ROLES,
  sectionsOf,
  type Label,
} from '..';

const filled = (l: Label) => l.vi.trim() !== '' && l.en.trim() !== '';

describe('the label files', () => {
  it('word each enum in one file only, so a new organisation adds a file and edits none', () => {
    const files = [KIT_LABELS, ...Object.values(ORGANISATION_LABELS)];
    const names = files.flatMap((f) => Object.keys(f.enums));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const figures = files.flatMap((f) => Object.keys(f.figures));
    expect(figures.filter((n, i) => figures.indexOf(n) !== i)).toEqual([]);
  });

  it('give every figure, role, section and yes/no both languages', () => {
    const blank = [
      ...Object.entries(FIGURE_LABELS),
      ...Object.entries(ROLE_NAMES),
      ...Object.entries(REPORT_SECTIONS),
      ...Object.entries(BOOLEAN_LABELS),
    ].filter(([, l]) => !filled(l));
    expect(blank).toEqual([]);
    expect(ROLES.every((r) => filled(ROLE_NAMES[r]))).toBe(true);
  });

  it('key figures by Type.field, as the supergraph names them', () => {
    const badKeys = Object.keys(FIGURE_LABELS).filter((k) => !/^[A-Z]\w*\.[a-z]\w*$/.test(k));
    expect(badKeys).toEqual([]);
  });
});

describe('the settled wording', () => {
  it('names a household out of poverty as the domain does, the same everywhere it is copied', () => {
    expect(ENUM_LABELS.HouseholdStatus!.ESCAPED_POVERTY!.vi).toBe('Hộ mới thoát nghèo');
    expect(ENUM_LABELS.FiveNoThreeCleanHouseholdStatus).toEqual(ENUM_LABELS.HouseholdStatus);
    expect(ENUM_LABELS.BorrowerHouseholdStatus).toEqual(ENUM_LABELS.HouseholdStatus);
  });

  it('names roles as nouns for a person', () => {
    expect(ROLE_NAMES.viewer).toEqual({ vi: 'Người xem', en: 'Viewer' });
    expect(ROLE_NAMES.admin).toEqual({ vi: 'Quản trị viên', en: 'Administrator' });
  });

  it('gives the report sections from the same list as the ReportSection enum', () => {
    expect(ENUM_LABELS.ReportSection!.UNION_FUND!.vi).toBe(REPORT_SECTIONS.UNION_FUND.vi);
    expect(sectionsOf('labour-union')).toEqual(['UNION_CARE', 'UNION_FUND']);
  });
});

describe('looking a label up', () => {
  it('finds a value in either language and shows an unknown one as the schema spells it', () => {
    expect(enumLabel('vi', 'LoanArrearsBucket', 'DPD_OVER_90')).toBe('Quá hạn trên 90 ngày');
    expect(enumLabel('en', 'HouseholdStatus', 'NEAR_POOR')).toBe('Near-poor');
    expect(enumLabel('vi', 'HouseholdStatus', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(enumLabel('vi', 'HouseholdStatus', null)).toBe('—');
  });

  it('is not fooled by names every object has', () => {
    expect(enumLabel('vi', 'constructor', 'name')).toBe('name');
    expect(enumLabel('vi', 'HouseholdStatus', 'toString')).toBe('toString');
    expect(figureLabel('Object', 'prototype')).toBeUndefined();
  });

  it('finds a figure by type and field, with its unit', () => {
    expect(figureLabel('LabourUnionCareFigures', 'number')).toMatchObject({
      vi: 'Số lượt thăm hỏi, tặng quà',
      unit: { vi: 'lượt' },
    });
  });

  it('describes enum values for the schema in English with the Vietnamese beside', () => {
    expect(enumValueDescriptions('HouseholdStatus').ESCAPED_POVERTY).toEqual({
      description: 'Escaped poverty (Hộ mới thoát nghèo)',
    });
    expect(enumValueDescriptions('NoSuchEnum')).toEqual({});
  });
});
