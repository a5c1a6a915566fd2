import { LAYOUT, REPORTING_LABELS, type LayoutItem } from '../figures';
import {
  ENUM_LABELS,
  MESSAGES,
  ORGANISATION_NAMES,
  ORGANISATIONS,
  ROLE_NAMES,
  enumLabel,
  periodLabel,
  placeholders,
  translate,
} from '../i18n';

describe('the dictionary', () => {
  it('has every message in both languages, with the same placeholders', () => {
    const vi = MESSAGES.vi;
    const en = MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(vi[key])]);
    }
  });

  it('labels every figure, enum value and organisation in both languages', () => {
    const labels = (item: LayoutItem) => [
      item.label,
      ...(item.type === 'list' ? item.columns.map((c) => c.label) : []),
      ...(item.type === 'matrix' ? [...item.rows, ...item.columns].map((c) => c.label) : []),
    ];
    const all = [
      ...LAYOUT.flatMap((l) => l.items.flatMap(labels)),
      ...Object.values(REPORTING_LABELS),
      ...Object.values(ENUM_LABELS),
      ...ORGANISATIONS.map((o) => ORGANISATION_NAMES[o]),
    ];
    for (const label of all) {
      expect(label.vi.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
    expect(LAYOUT.map((l) => l.org).sort()).toEqual([...ORGANISATIONS].sort());
  });

  it('never speaks of tokens or JWTs to officials, in either language', () => {
    // "Mã truy cập" is how a Vietnamese page says "access token".
    const technical = /token|jwt|mã truy cập|bearer/i;
    const strings = [
      ...Object.values(MESSAGES.vi),
      ...Object.values(MESSAGES.en),
      ...Object.values(ROLE_NAMES).flatMap((r) => [r.vi, r.en]),
      ...ORGANISATIONS.flatMap((o) => [ORGANISATION_NAMES[o].vi, ORGANISATION_NAMES[o].en]),
    ];
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((s) => technical.test(s))).toEqual([]);
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('vi', 'areaTitle', { unit: 'Đồng Nai', period: 'Quý III/2026' })).toBe(
      'Tình hình giảm nghèo: Đồng Nai, Quý III/2026',
    );
    expect(translate('en', 'areaTitle', { unit: 'Đồng Nai' })).toBe('Poverty reduction: Đồng Nai, {period}');
  });

  it('names enum values, falling back to the schema spelling', () => {
    expect(enumLabel('vi', 'LoanArrearsBucket', 'DPD_OVER_90')).toBe('Quá hạn trên 90 ngày');
    expect(enumLabel('en', 'HouseholdStatus', 'NEAR_POOR')).toBe('Near-poor');
    expect(enumLabel('vi', 'HouseholdStatus', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('words periods as reports do', () => {
    expect(periodLabel('vi', '2026-Q3')).toBe('Quý III/2026');
    expect(periodLabel('vi', '2026-07')).toBe('Tháng 7/2026');
    expect(periodLabel('vi', '2026-6M')).toBe('6 tháng đầu năm 2026');
    expect(periodLabel('vi', '2026-9M')).toBe('9 tháng năm 2026');
    expect(periodLabel('vi', '2026')).toBe('Năm 2026');
    expect(periodLabel('en', '2026-Q3')).toBe('Q3 2026');
    expect(periodLabel('en', '2026-07')).toBe('July 2026');
  });
});
