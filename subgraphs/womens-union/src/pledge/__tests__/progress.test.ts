import { pledgeAchievement, pledgeDateProblem } from '../progress';
import { percentOf } from '../../rules';

const counts = (targetHouseholds: number, meetingAllCriteria: number) => ({
  targetHouseholds,
  pledged: targetHouseholds,
  reviewed: targetHouseholds,
  meetingAllCriteria,
  meetingNoHungerOrPoverty: meetingAllCriteria,
});

describe('pledge progress', () => {
  it('measures households meeting all 8 against the pledged target, half up to 2 decimals', () => {
    expect(pledgeAchievement(counts(10, 7))).toEqual({ achievedPercent: 70, met: false });
    expect(pledgeAchievement(counts(3, 2))).toEqual({ achievedPercent: 66.67, met: false });
    expect(pledgeAchievement(counts(3, 1))).toEqual({ achievedPercent: 33.33, met: false });
    expect(pledgeAchievement(counts(8, 1))).toEqual({ achievedPercent: 12.5, met: false });
    expect(pledgeAchievement(counts(10, 10))).toEqual({ achievedPercent: 100, met: true });
  });

  it('does not count a pledge with fewer households named than pledged as met', () => {
    expect(pledgeAchievement({ ...counts(10, 6), pledged: 6 })).toEqual({ achievedPercent: 60, met: false });
  });

  it('has no percentage without something to measure against', () => {
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
    expect(percentOf(1, 8)).toBe(12.5);
  });

  it('takes pledges made in the year or at the end of the year before', () => {
    expect(pledgeDateProblem(2025, '2025-03-01')).toBeNull();
    expect(pledgeDateProblem(2025, '2024-12-20')).toBeNull();
    expect(pledgeDateProblem(2025, '2023-12-20')).toMatch(/2024 or 2025/);
    expect(pledgeDateProblem(2025, '2026-01-02')).toMatch(/2024 or 2025/);
  });
});
