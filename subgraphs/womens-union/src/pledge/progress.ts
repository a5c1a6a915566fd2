import { percentOf } from '../rules';

/** Counts of a pledge (or of a chapter's pledges) from the latest review of each household. */
export interface PledgeCounts {
  targetHouseholds: number;
  pledged: number;
  reviewed: number;
  meetingAllCriteria: number;
  meetingNoHungerOrPoverty: number;
}

/**
 * How far a pledge has come: the share of the pledged target (not of the households named so far) whose latest
 * review meets all 8 criteria. Met when at least the target does; a chapter that names fewer households than it
 * pledged cannot meet it.
 */
export function pledgeAchievement(counts: PledgeCounts) {
  return {
    achievedPercent: percentOf(counts.meetingAllCriteria, counts.targetHouseholds) ?? 0,
    met: counts.targetHouseholds > 0 && counts.meetingAllCriteria >= counts.targetHouseholds,
  };
}

export const PLEDGEABLE = ['POOR', 'NEAR_POOR'];

/** A pledge is made in its year, or at the end of the year before (plans are drawn up in December). */
export function pledgeDateProblem(year: number, pledgedOn: string): string | null {
  const y = Number(pledgedOn.slice(0, 4));
  return y === year || y === year - 1 ? null : `a pledge for ${year} is made in ${year - 1} or ${year}`;
}
