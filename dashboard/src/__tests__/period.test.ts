import {
  isRunning,
  lastFinishedQuarter,
  parsePeriod,
  periodsOfYear,
  previousQuarter,
  quarterOf,
  trendQuarters,
  tryParsePeriod,
  vietnamToday,
} from '../period';

describe('period codes', () => {
  it('parses every kind the hub knows', () => {
    expect(parsePeriod('2026-Q3')).toEqual({
      code: '2026-Q3',
      kind: 'QUARTER',
      year: 2026,
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(parsePeriod('2024-02')).toMatchObject({ kind: 'MONTH', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2026-6M')).toMatchObject({
      kind: 'SIX_MONTHS',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(parsePeriod('2026-9M')).toMatchObject({
      kind: 'NINE_MONTHS',
      start: '2026-01-01',
      end: '2026-09-30',
    });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'YEAR', start: '2026-01-01', end: '2026-12-31' });
  });

  it('refuses what is not a period code', () => {
    for (const bad of ['2026-Q5', '2026-13', '2026-3M', '26-Q1', '1999', '2026-Q1 '])
      expect(tryParsePeriod(bad)).toBeNull();
    expect(() => parsePeriod('soon')).toThrow('"soon" is not a period code');
  });
});

describe('period arithmetic', () => {
  it('steps back across a year', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
  });

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
