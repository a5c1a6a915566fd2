import { formatDate, formatMoney, formatNumber, formatPercent, toMillions } from '../format';

const NBSP = '\u00a0';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots and writes decimals after a comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-12345)).toBe('-12.345');
    expect(formatNumber(14.56)).toBe('14,56');
    expect(formatNumber(85.3)).toBe('85,3');
    expect(formatNumber(2.005, 0)).toBe('2');
  });

  it('writes money in whole đồng with ₫', () => {
    expect(formatMoney(1234567)).toBe(`1.234.567${NBSP}₫`);
    expect(formatMoney('12345678901234567890')).toBe(`12.345.678.901.234.567.890${NBSP}₫`);
    expect(formatMoney(0)).toBe(`0${NBSP}₫`);
  });

  it('shows a dash for what is missing', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
    expect(formatPercent(null)).toBe('—');
    expect(formatDate(null)).toBe('—');
    expect(formatNumber('abc')).toBe('—');
  });

  it('writes percentages, dates and millions', () => {
    expect(formatPercent(17.59)).toBe(`17,59${NBSP}%`);
    expect(formatPercent(100)).toBe(`100${NBSP}%`);
    expect(formatDate('2026-09-30')).toBe('30/09/2026');
    expect(toMillions(240155200)).toBe(240.2);
    expect(toMillions(null)).toBeNull();
  });
});
