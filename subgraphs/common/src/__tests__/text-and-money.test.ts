import { Kind } from 'graphql';
import { foldVietnamese } from '../text';
import { MoneyScalar } from '../schema/scalars';
import { todayInVietnam } from '../clock';

describe('foldVietnamese', () => {
  it('drops tones and marks, đ included, and lower-cases', () => {
    expect(foldVietnamese('  Nguyễn Thị   Đoan Trang ')).toBe('nguyen thi doan trang');
    expect(foldVietnamese('ĐẶNG HỮU PHƯỚC')).toBe('dang huu phuoc');
  });
});

describe('Money', () => {
  it('carries totals past 32 bits as whole đồng', () => {
    expect(MoneyScalar.parseValue(9_000_000_000_000)).toBe(9_000_000_000_000);
    expect(MoneyScalar.serialize('12345678901')).toBe(12_345_678_901);
    expect(MoneyScalar.parseLiteral({ kind: Kind.INT, value: '383000000' })).toBe(383_000_000);
  });
  it('refuses fractions and unsafe integers', () => {
    expect(() => MoneyScalar.parseValue(1.5)).toThrow(/whole number of đồng/);
    expect(() => MoneyScalar.parseValue(2 ** 53)).toThrow(/whole number/);
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow(/whole number/);
  });
});

describe('todayInVietnam', () => {
  it('is already tomorrow from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-03-01T16:59:59Z'))).toBe('2026-03-01');
    expect(todayInVietnam(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
  });
});
