import { futurePeriodProblem, parsePeriod, PeriodScalar } from '../period';

// The rules of the codes themselves are tested with them, in the vocabulary; here what the kit adds.

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

  it('refuses a bad code as input and says what the formats are', () => {
    expect(() => PeriodScalar.parseValue('2024-Q5')).toThrow(/is not a period code; use YYYY, YYYY-Qn/);
  });

  it('is a rule for figures only: the scalar takes a period ahead (a pledge ending next year)', () => {
    const next = String(new Date().getUTCFullYear() + 2);
    expect(PeriodScalar.parseValue(`${next}-12`)).toMatchObject({ code: `${next}-12` });
  });
});
