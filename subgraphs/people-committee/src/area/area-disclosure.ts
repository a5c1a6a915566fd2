import type { Discloser } from '@chung-tay/common';
import { targetAchievement } from '../programme/target-progress';
import type { PeopleCommitteeAreaFigures, PeopleCommitteeHouseholdCounts } from './area-figures.types';

/** A count set the query did not ask for is left out (see figuresOf) and stays out. */
function households(
  d: Discloser,
  path: string,
  c: PeopleCommitteeHouseholdCounts | undefined,
): PeopleCommitteeHouseholdCounts {
  if (!c) return c!;
  const count = (field: Exclude<keyof PeopleCommitteeHouseholdCounts, 'asOf'>) =>
    d.count(`${path}.${field}`, c[field]);
  return {
    asOf: c.asOf,
    poor: count('poor'),
    poorA: count('poorA'),
    poorB: count('poorB'),
    nearPoor: count('nearPoor'),
    escapedPoverty: count('escapedPoverty'),
    escapedNearPoverty: count('escapedNearPoverty'),
  };
}

/**
 * The register's area figures as other organisations see them: household counts and movements under the
 * threshold rule, support values judged by the benefits they sum, and target progress worked out again from
 * the shown counts (withheld with them).
 */
export function discloseAreaFigures(f: PeopleCommitteeAreaFigures, d: Discloser): PeopleCommitteeAreaFigures {
  return {
    householdsAtStart: households(d, 'householdsAtStart', f.householdsAtStart),
    householdsAtEnd: households(d, 'householdsAtEnd', f.householdsAtEnd),
    escaped: d.count('escaped', f.escaped),
    fellBack: d.count('fellBack', f.fellBack),
    newlyPoorOrNearPoor: d.count('newlyPoorOrNearPoor', f.newlyPoorOrNearPoor),
    targets: f.targets.map((t) => {
      const baseline = d.count(`targets.${t.metric}.baseline`, t.baseline);
      const current = d.count(`targets.${t.metric}.current`, t.current);
      const progress =
        baseline === null || current === null
          ? { achievedPercent: null, met: null }
          : targetAchievement(t.metric, t.targetPercent, { baseline, current });
      return { metric: t.metric, targetPercent: t.targetPercent, baseline, current, ...progress };
    }),
    benefits: f.benefits.map((b) => ({
      kind: b.kind,
      benefits: d.count(`benefits.${b.kind}.benefits`, b.benefits),
      households: d.count(`benefits.${b.kind}.households`, b.households),
      value: d.amount(`benefits.${b.kind}.value`, b.value, b.benefits),
    })),
    benefitsGiven: d.count('benefitsGiven', f.benefitsGiven),
    benefitsValue: d.amount('benefitsValue', f.benefitsValue, f.benefitsGiven),
  };
}
