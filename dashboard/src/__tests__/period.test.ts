// The rules of the codes themselves are tested with them, in the vocabulary; here what the dashboard adds.
import {
  isRunning,
  lastFinishedQuarter,
  parsePeriod,
  periodsOfYear,
  quarterOf,
  trendQuarters,
  vietnamToday,
} from '../period';

describe('period arithmetic', () => {
  it('defaults to the last finished quarter', () => {
    expect(lastFinishedQuarter('2026-11-23')).toBe('2026-Q3');
    expect(lastFinishedQuarter('2026-10-01')).toBe('2026-Q3');
    expect(lastFinishedQuarter('2026-09-30')).toBe('2026-Q2');
    expect(lastFinishedQuarter('2026-01-05')).toBe('2025-Q4');
  });

  it("takes today's date in Vietnam (UTC+7)", () => {
    expect(vietnamToday(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(vietnamToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('trends over the six quarters ending with the period', () => {
    expect(trendQuarters('2026-Q3')).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(trendQuarters('2026-9M')).toEqual(trendQuarters('2026-Q3'));
    expect(trendQuarters('2026-08')).toEqual(trendQuarters('2026-Q3'));
    expect(trendQuarters('2025')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('offers only the periods that have begun', () => {
    const codes = periodsOfYear(2026, '2026-11-23').map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['2026-Q1', '2026-Q4', '2026-6M', '2026-9M', '2026', '2026-11']),
    );
    expect(codes).not.toContain('2026-12');
    expect(periodsOfYear(2025, '2026-11-23')).toHaveLength(4 + 2 + 1 + 12);
    expect(isRunning(parsePeriod('2026-Q4'), '2026-11-23')).toBe(true);
    expect(isRunning(parsePeriod('2026-Q3'), '2026-11-23')).toBe(false);
  });
});
