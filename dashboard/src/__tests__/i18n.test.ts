import { LAYOUT, REPORTING_LABELS, type LayoutItem } from '../figures';
import {
  ENUM_LABELS,
  MESSAGES,
  ORGANISATION_NAMES,
  ORGANISATIONS,
  ROLE_NAMES,
  enumLabel,
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
      ...Object.values(ENUM_LABELS).flatMap((values) => Object.values(values)),
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

  it('shows enum values in the words of the vocabulary, which the exports use too', () => {
    expect(enumLabel('vi', 'HouseholdStatus', 'ESCAPED_POVERTY')).toBe('Hộ mới thoát nghèo');
    expect(enumLabel('en', 'HouseholdStatus', 'NEAR_POOR')).toBe('Near-poor');
    expect(ROLE_NAMES.viewer.vi).toBe('Người xem');
  });
});
