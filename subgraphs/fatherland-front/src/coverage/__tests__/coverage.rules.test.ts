import { SponsorshipLevel as L } from '../../enums';
import { evaluateCoverage, type NeedsPerson, type RunningPledge } from '../coverage.rules';

const people = (unitCode: string, n: number): NeedsPerson[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `${unitCode}-${i}`, unitCode }));
const sponsored = (personId: string, ...sponsors: [string, L, number][]): RunningPledge => ({
  personId,
  amountPerMonth: sponsors.reduce((sum, [, , amount]) => sum + amount, 0),
  sponsors: sponsors.map(([sponsorId, level, amountPerMonth]) => ({ sponsorId, level, amountPerMonth })),
});
const rule = (report: ReturnType<typeof evaluateCoverage>, kind: string) =>
  report.rules.find((r) => r.rule === kind)!;

describe('the 70 % rule', () => {
  // 10 people in need: 7 covered locally is exactly 70 % (pass), 6 is 60 % (fail; 7 = ceil(0.7 × 10) needed).
  const needs = people('25222', 10);
  const local = (n: number) =>
    needs
      .slice(0, n)
      .map((p, i) => sponsored(p.personId, [`s${i}`, i % 2 ? L.DISTRICT : L.COMMUNE, 1_000_000]));

  it('passes at exactly 70 % and fails just below', () => {
    expect(rule(evaluateCoverage(needs, local(7), []), 'LOCAL_LEVELS_COVER_SEVENTY_PERCENT').passed).toBe(
      true,
    );
    const six = rule(evaluateCoverage(needs, local(6), []), 'LOCAL_LEVELS_COVER_SEVENTY_PERCENT');
    expect(six.passed).toBe(false);
    expect(six.offenders[0]).toMatchObject({ unitCode: '25222', sponsored: 6, required: 7, localShare: 0.6 });
  });

  it('counts a person shared by a commune and a province body as covered locally, once', () => {
    const report = evaluateCoverage(
      needs.slice(0, 3),
      [
        sponsored('25222-0', ['c', L.COMMUNE, 500_000], ['p', L.PROVINCE, 500_000]),
        sponsored('25222-1', ['p', L.PROVINCE, 1]),
      ],
      [],
    );
    expect(report).toMatchObject({
      coveredLocally: 1,
      coveredByProvinceOnly: 1,
      notCovered: 1,
      provinceList: 2,
    });
  });

  it('ignores pledges for people not on the list that day', () => {
    const report = evaluateCoverage(needs.slice(0, 1), [sponsored('someone-else', ['c', L.COMMUNE, 1])], []);
    expect(report).toMatchObject({ peopleInNeed: 1, coveredLocally: 0, notCovered: 1 });
  });
});

describe('the commune and district-unit rules', () => {
  it('asks a commune for 2 people, or everyone when fewer are listed', () => {
    const report = evaluateCoverage(
      [...people('A', 1), ...people('B', 3)],
      [
        sponsored('A-0', ['a', L.COMMUNE, 1]),
        sponsored('B-0', ['b', L.COMMUNE, 1]),
        sponsored('B-1', ['d', L.DISTRICT, 1]),
      ],
      [],
    );
    const communes = rule(report, 'COMMUNE_SPONSORS_TWO');
    expect(communes.checked).toBe(2);
    expect(communes.offenders).toEqual([
      expect.objectContaining({ unitCode: 'B', sponsored: 1, required: 2 }),
    ]);
  });

  it('weighs district units by their share of each pledge: 10+ staff need one person, under 10 half', () => {
    const units = [
      { sponsorId: 'big', unitCode: '75', staffCount: 10 },
      { sponsorId: 'small1', unitCode: '75', staffCount: 9 },
      { sponsorId: 'small2', unitCode: '75', staffCount: 4 },
    ];
    const pledges = [
      sponsored('x', ['big', L.DISTRICT, 600_000], ['c', L.COMMUNE, 400_000]),
      sponsored('y', ['small1', L.DISTRICT, 500_000], ['small2', L.DISTRICT, 500_000]),
    ];
    let report = evaluateCoverage([], pledges, units);
    expect(rule(report, 'DISTRICT_UNIT_SPONSORS_ONE').offenders).toEqual([
      expect.objectContaining({ sponsorId: 'big', sponsored: 0.6, required: 1 }),
    ]);
    expect(rule(report, 'SMALL_DISTRICT_UNITS_SHARE_ONE').passed).toBe(true);
    report = evaluateCoverage(
      [],
      [...pledges, sponsored('z', ['big', L.DISTRICT, 400_000], ['c', L.COMMUNE, 600_000])],
      units,
    );
    expect(rule(report, 'DISTRICT_UNIT_SPONSORS_ONE').passed).toBe(true);
    expect(report.passed).toBe(true);
  });
});
