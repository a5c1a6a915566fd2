import type { Discloser } from '@chung-tay/common';
import { targetAchievement } from '../programme/target-progress';
import type { PeopleCommitteeAreaFigures, PeopleCommitteeHouseholdCounts } from './area-figures.types';

const n = (v: number | null) => v ?? 0;

/** A count set the query did not ask for is left out (see figuresOf) and stays out. */
function households(
  d: Discloser,
  path: string,
  c: PeopleCommitteeHouseholdCounts | undefined,
): PeopleCommitteeHouseholdCounts {
  if (!c) return c!;
  const count = (field: Exclude<keyof PeopleCommitteeHouseholdCounts, 'asOf'>) =>
    d.count(`${path}.${field}`, n(c[field]));
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
    escaped: d.count('escaped', n(f.escaped)),
    fellBack: d.count('fellBack', n(f.fellBack)),
    newlyPoorOrNearPoor: d.count('newlyPoorOrNearPoor', n(f.newlyPoorOrNearPoor)),
    targets: f.targets.map((t) => {
      const baseline = d.count(`targets.${t.metric}.baseline`, n(t.baseline));
      const current = d.count(`targets.${t.metric}.current`, n(t.current));
      const progress =
        baseline === null || current === null
          ? { achievedPercent: null, met: null }
          : targetAchievement(t.metric, t.targetPercent, { baseline, current });
      return { metric: t.metric, targetPercent: t.targetPercent, baseline, current, ...progress };
    }),
    benefits: f.benefits.map((b) => ({
      kind: b.kind,
      benefits: d.count(`benefits.${b.kind}.benefits`, n(b.benefits)),
      households: d.count(`benefits.${b.kind}.households`, n(b.households)),
      value: d.amount(`benefits.${b.kind}.value`, n(b.value), n(b.benefits)),
    })),
    benefitsGiven: d.count('benefitsGiven', n(f.benefitsGiven)),
    benefitsValue: d.amount('benefitsValue', n(f.benefitsValue), n(f.benefitsGiven)),
  };
}
