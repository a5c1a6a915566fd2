import {
  dueDayAfter,
  parsePeriod,
  futurePeriodProblem,
  PeriodScalar,
  previousPeriod,
  tryParsePeriod,
} from '../period';

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

  it.each(['2024Q3', '2024-Q5', '2024-13', '2024-00', '24', '2024-3M', '1999', ' 2024', "2024'; --"])(
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
  });

  it('is due on the 5th of the month after the period', () => {
    expect(dueDayAfter(parsePeriod('2024-Q3'))).toBe('2024-10-05');
    expect(dueDayAfter(parsePeriod('2024'))).toBe('2025-01-05');
    expect(dueDayAfter(parsePeriod('2024-6M'))).toBe('2024-07-05');
  });
});

describe("a period an area's figures are asked for", () => {
  it('is taken up to the end of the current year (Vietnam time)', () => {
    expect(futurePeriodProblem(parsePeriod('2026-12'), '2026-12-07')).toBeNull();
    expect(futurePeriodProblem(parsePeriod('2026'), '2026-01-01')).toBeNull();
    expect(futurePeriodProblem(parsePeriod('2019-Q4'), '2026-01-01')).toBeNull();
  });

  it.each(['2027', '2027-01', '2027-Q1', '2099-6M'])(
    '%s is refused in 2026: it starts after the current year',
    (code) => {
      expect(futurePeriodProblem(parsePeriod(code), '2026-12-31')).toBe(
        `"${code}" starts after the current year (2026); ask for a period up to 2026`,
      );
    },
  );

  it('is a rule for figures only: the scalar takes a period ahead (a pledge ending next year)', () => {
    const next = String(new Date().getUTCFullYear() + 2);
    expect(PeriodScalar.parseValue(`${next}-12`)).toMatchObject({ code: `${next}-12` });
  });
});
