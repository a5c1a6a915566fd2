import { TargetMetric } from '../enums';

export interface ProgressFigures {
  /** Reductions: households at the start of the year. Coverage: people who should be covered. */
  baseline: number;
  /** Reductions: households now (or at year end). Coverage: people covered. */
  current: number;
}

/**
 * Reductions are measured against the start-of-year count: achieved = (baseline − current) ÷ baseline.
 * Coverage is current ÷ baseline. Met when achieved ≥ target; with no baseline a reduction is trivially met
 * and coverage is met only for a 0 % target.
 */
export function targetAchievement(metric: TargetMetric, targetPercent: number, figures: ProgressFigures) {
  const { baseline, current } = figures;
  const coverage = metric === TargetMetric.HEALTH_INSURANCE_COVERAGE;
  if (baseline === 0) {
    return { achievedPercent: coverage ? 0 : 100, met: coverage ? targetPercent <= 0 : true };
  }
  const ratio = coverage ? current / baseline : (baseline - current) / baseline;
  const achievedPercent = Math.round(ratio * 10000) / 100;
  return { achievedPercent, met: achievedPercent >= targetPercent };
}
