import { configureDisclosure, type Caller } from '@chung-tay/common';
import { SponsorshipLevel as L } from '../../enums';
import { coverageFor } from '../coverage-disclosure';
import { evaluateCoverage, type NeedsPerson, type RunningPledge } from '../coverage.rules';

// localSharePercent is localShare in the schema's rate convention: percent, one decimal, half away from zero.
const people = (unitCode: string, n: number): NeedsPerson[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `${unitCode}-${i}`, unitCode }));
const local = (personId: string): RunningPledge => ({
  personId,
  amountPerMonth: 500_000,
  sponsors: [{ sponsorId: 'c', level: L.COMMUNE, amountPerMonth: 500_000 }],
});

// Commune A: 3 in need, 2 covered locally → 2 ÷ 3 = 66.666… % → 66.7. Commune B: 16 in need, 1 covered →
// 6.25 % → 6.3 (the half goes away from zero). The area: 3 of 19 → 15.789… % → 15.8.
const needs = [...people('A', 3), ...people('B', 16)];
const report = evaluateCoverage(
  needs,
  [local('A-0'), local('A-1'), local('B-0')],
  [{ sponsorId: 'dept', unitCode: 'A', staffCount: 12 }],
);

describe('localSharePercent', () => {
  it('gives each commune and the area in percent, one decimal', () => {
    expect(report.communes.map((c) => [c.unitCode, c.localShare, c.localSharePercent])).toEqual([
      ['A', 2 / 3, 66.7],
      ['B', 1 / 16, 6.3],
    ]);
    expect(report.localSharePercent).toBe(15.8);
  });

  it("gives a 70 % rule offender's share, and none for the other rules", () => {
    const seventy = report.rules.find((r) => r.rule === 'LOCAL_LEVELS_COVER_SEVENTY_PERCENT')!;
    expect(seventy.offenders.map((f) => [f.unitCode, f.localSharePercent])).toEqual([
      ['A', 66.7],
      ['B', 6.3],
    ]);
    expect(report.districtUnits.map((u) => u.localSharePercent)).toEqual([null]);
  });

  it('is null with nobody in need', () => {
    expect(evaluateCoverage([], [], []).localSharePercent).toBeNull();
  });

  it('for another organisation, is worked from the shown counts only, and withheld with them', () => {
    configureDisclosure({ minRecords: 5, secret: 'test' });
    const union: Caller = { subject: 'u', org: 'labour-union', units: ['A'], roles: [] };
    const shown = coverageFor(union, report);
    // A's 3 people in need are under the threshold of 5: its count and its share are withheld together.
    expect(shown.communes.find((c) => c.unitCode === 'A')).toMatchObject({
      peopleInNeed: null,
      localShare: null,
      localSharePercent: null,
    });
    const b = shown.communes.find((c) => c.unitCode === 'B')!;
    expect(b.localSharePercent).toBe(
      b.peopleInNeed && b.coveredLocally !== null
        ? Math.round((b.coveredLocally * 1000) / b.peopleInNeed) / 10
        : null,
    );
  });
});
