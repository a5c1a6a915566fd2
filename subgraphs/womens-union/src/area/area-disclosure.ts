import type { Discloser } from '@chung-tay/common';
import { percentOf } from '../rules';
import type { WomensUnionAreaFigures } from './area-figures.types';

const n = (v: number | null) => v ?? 0;

/**
 * The Women's Union's area figures as other organisations see them: counts of households, members and support
 * records under the threshold rule, the money judged by the contributions or support records it sums. What the
 * chapters planned (pledge year, pledges, targets) and how many groups they run describe no person: exact.
 * The year-to-date savings are judged by the period's contributions, which they include (never more records).
 */
export function discloseAreaFigures(f: WomensUnionAreaFigures, d: Discloser): WomensUnionAreaFigures {
  const five = f.fiveNoThreeClean;
  const allCriteria = d.count(
    'fiveNoThreeClean.householdsMeetingAllCriteria',
    n(five.householdsMeetingAllCriteria),
  );
  const savings = f.savingsDay;
  const yearToDate = d.amount(
    'savingsDay.yearToDateAmount',
    n(savings.yearToDateAmount),
    n(savings.contributions),
  );
  const support = f.support;
  return {
    stocksAsOf: f.stocksAsOf,
    fiveNoThreeClean: {
      ...five,
      householdsPledged: d.count('fiveNoThreeClean.householdsPledged', n(five.householdsPledged)),
      householdsReviewed: d.count('fiveNoThreeClean.householdsReviewed', n(five.householdsReviewed)),
      householdsMeetingAllCriteria: allCriteria,
      householdsMeetingNoHungerOrPoverty: d.count(
        'fiveNoThreeClean.householdsMeetingNoHungerOrPoverty',
        n(five.householdsMeetingNoHungerOrPoverty),
      ),
      achievedPercent: d.percent(allCriteria, five.targetHouseholds, percentOf),
    },
    savingsDay: {
      collectedAmount: d.amount(
        'savingsDay.collectedAmount',
        n(savings.collectedAmount),
        n(savings.contributions),
      ),
      contributions: d.count('savingsDay.contributions', n(savings.contributions)),
      contributingMembers: d.count('savingsDay.contributingMembers', n(savings.contributingMembers)),
      yearToDateAmount: yearToDate,
      targetAmount: savings.targetAmount,
      achievedPercent: d.percent(yearToDate, savings.targetAmount, percentOf),
    },
    savingsLoanGroups: {
      ...f.savingsLoanGroups,
      members: d.count('savingsLoanGroups.members', n(f.savingsLoanGroups.members)),
      byLender: f.savingsLoanGroups.byLender.map((l) => ({
        ...l,
        members: d.count(`savingsLoanGroups.byLender.${l.lender}.members`, n(l.members)),
      })),
    },
    support: {
      activities: d.count('support.activities', n(support.activities)),
      households: d.count('support.households', n(support.households)),
      value: d.amount('support.value', n(support.value), n(support.activities)),
      byKind: support.byKind.map((k) => ({
        kind: k.kind,
        activities: d.count(`support.byKind.${k.kind}.activities`, n(k.activities)),
        households: d.count(`support.byKind.${k.kind}.households`, n(k.households)),
        value: d.amount(`support.byKind.${k.kind}.value`, n(k.value), n(k.activities)),
      })),
    },
    membership: {
      members: d.count('membership.members', n(f.membership.members)),
      joined: d.count('membership.joined', n(f.membership.joined)),
      left: d.count('membership.left', n(f.membership.left)),
    },
  };
}
