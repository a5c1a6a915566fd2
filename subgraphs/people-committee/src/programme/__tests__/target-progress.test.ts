import { targetAchievement } from '../target-progress';
import { TargetMetric } from '../../enums';

describe('targetAchievement', () => {
  it('measures a reduction against the start-of-year count', () => {
    expect(
      targetAchievement(TargetMetric.POOR_A_HOUSEHOLD_REDUCTION, 35, { baseline: 200, current: 130 }),
    ).toEqual({
      achievedPercent: 35,
      met: true,
    });
    expect(
      targetAchievement(TargetMetric.POOR_A_HOUSEHOLD_REDUCTION, 35, { baseline: 200, current: 131 }),
    ).toEqual({
      achievedPercent: 34.5,
      met: false,
    });
  });
  it('reports a rise as a negative reduction', () => {
    expect(
      targetAchievement(TargetMetric.NEAR_POOR_HOUSEHOLD_REDUCTION, 10, { baseline: 10, current: 12 }),
    ).toEqual({
      achievedPercent: -20,
      met: false,
    });
  });
  it('measures coverage as covered ÷ eligible', () => {
    expect(
      targetAchievement(TargetMetric.HEALTH_INSURANCE_COVERAGE, 100, { baseline: 3, current: 2 }),
    ).toEqual({
      achievedPercent: 66.67,
      met: false,
    });
  });
  it('treats an empty baseline as met for reductions, not for coverage', () => {
    expect(
      targetAchievement(TargetMetric.POOR_HOUSEHOLD_REDUCTION, 35, { baseline: 0, current: 0 }).met,
    ).toBe(true);
    expect(
      targetAchievement(TargetMetric.HEALTH_INSURANCE_COVERAGE, 100, { baseline: 0, current: 0 }).met,
    ).toBe(false);
  });
});
