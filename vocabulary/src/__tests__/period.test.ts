import {
  dueDayAfter,
  parsePeriod,
  periodLabel,
  periodsWithin,
  previousPeriod,
  previousQuarter,
  quarterOf,
  todayInVietnam,
  tryParsePeriod,
} from '..';

describe('period codes', () => {
  it.each([
    ['2024', 'YEAR', '2024-01-01', '2024-12-31'],
    ['2024-Q1', 'QUARTER', '2024-01-01', '2024-03-31'],
    ['2024-Q3', 'QUARTER', '2024-07-01', '2024-09-30'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2023-02', 'MONTH', '2023-02-01', '2023-02-28'],
    ['2024-6M', 'SIX_MONTHS', '2024-01-01', '2024-06-30'],
    ['2024-9M', 'NINE_MONTHS', '2024-01-01', '2024-09-30'],
  ])('%s is a %s from %s to %s', (code, kind, start, end) => {
    expect(parsePeriod(code)).toEqual({ code, kind, year: Number(code.slice(0, 4)), start, end });
  });

  it.each(['2024Q3', '2024-Q5', '2024-13', '2024-00', '24', '2024-3M', '1999', '2101', ' 2024', '2026-Q1 '])(
    'refuses %j and says what the formats are',
    (code) => {
      expect(tryParsePeriod(code)).toBeNull();
      expect(() => parsePeriod(code)).toThrow(/is not a period code; use YYYY, YYYY-Qn/);
    },
  );

  it('steps back one period of the same kind', () => {
    expect(previousPeriod(parsePeriod('2024-Q1')).code).toBe('2023-Q4');
    expect(previousPeriod(parsePeriod('2024-Q3')).code).toBe('2024-Q2');
    expect(previousPeriod(parsePeriod('2024-01')).code).toBe('2023-12');
    expect(previousPeriod(parsePeriod('2024-10')).code).toBe('2024-09');
    expect(previousPeriod(parsePeriod('2024-9M')).code).toBe('2023-9M');
    expect(previousPeriod(parsePeriod('2024')).code).toBe('2023');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
  });

  it('is due on the 5th of the month after the period', () => {
    expect(dueDayAfter(parsePeriod('2024-Q3'))).toBe('2024-10-05');
    expect(dueDayAfter(parsePeriod('2024'))).toBe('2025-01-05');
    expect(dueDayAfter(parsePeriod('2024-6M'))).toBe('2024-07-05');
  });

  it('lists the reports of a schedule inside a period', () => {
    const codes = (code: string, s: Parameters<typeof periodsWithin>[1]) =>
      periodsWithin(parsePeriod(code), s).map((p) => p.code);
    expect(codes('2024-9M', 'QUARTERLY')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(codes('2024', 'CUMULATIVE')).toEqual(['2024-Q1', '2024-6M', '2024-9M', '2024']);
    expect(codes('2024-Q2', 'YEARLY')).toEqual([]);
  });

  it("takes today's date in Vietnam (UTC+7)", () => {
    expect(todayInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('period codes in words', () => {
  it.each([
    ['2026-Q3', 'Quý III/2026', 'Q3 2026'],
    ['2026-07', 'Tháng 7/2026', 'July 2026'],
    ['2026-6M', '6 tháng đầu năm 2026', 'First half of 2026'],
    ['2026-9M', '9 tháng năm 2026', 'Nine months of 2026'],
    ['2026', 'Năm 2026', 'Year 2026'],
    ['soon', 'soon', 'soon'],
  ])('%s reads "%s" and "%s"', (code, vi, en) => {
    expect(periodLabel('vi', code)).toBe(vi);
    expect(periodLabel('en', code)).toBe(en);
  });
});
