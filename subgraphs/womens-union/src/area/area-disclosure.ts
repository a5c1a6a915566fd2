import type { Discloser } from '@chung-tay/common';
import { percentOf } from '../rules';
import type { WomensUnionAreaFigures } from './area-figures.types';

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
    five.householdsMeetingAllCriteria,
  );
  const savings = f.savingsDay;
  const yearToDate = d.amount('savingsDay.yearToDateAmount', savings.yearToDateAmount, savings.contributions);
  const support = f.support;
  return {
    stocksAsOf: f.stocksAsOf,
    fiveNoThreeClean: {
      ...five,
      householdsPledged: d.count('fiveNoThreeClean.householdsPledged', five.householdsPledged),
      householdsReviewed: d.count('fiveNoThreeClean.householdsReviewed', five.householdsReviewed),
      householdsMeetingAllCriteria: allCriteria,
      householdsMeetingNoHungerOrPoverty: d.count(
        'fiveNoThreeClean.householdsMeetingNoHungerOrPoverty',
        five.householdsMeetingNoHungerOrPoverty,
      ),
      achievedPercent: d.percent(allCriteria, five.targetHouseholds, percentOf),
    },
    savingsDay: {
      collectedAmount: d.amount('savingsDay.collectedAmount', savings.collectedAmount, savings.contributions),
      contributions: d.count('savingsDay.contributions', savings.contributions),
      contributingMembers: d.count('savingsDay.contributingMembers', savings.contributingMembers),
      yearToDateAmount: yearToDate,
      targetAmount: savings.targetAmount,
      achievedPercent: d.percent(yearToDate, savings.targetAmount, percentOf),
    },
    savingsLoanGroups: {
      ...f.savingsLoanGroups,
      members: d.count('savingsLoanGroups.members', f.savingsLoanGroups.members),
      byLender: f.savingsLoanGroups.byLender.map((l) => ({
        ...l,
        members: d.count(`savingsLoanGroups.byLender.${l.lender}.members`, l.members),
      })),
    },
    support: {
      activities: d.count('support.activities', support.activities),
      households: d.count('support.households', support.households),
      value: d.amount('support.value', support.value, support.activities),
      byKind: support.byKind.map((k) => ({
        kind: k.kind,
        activities: d.count(`support.byKind.${k.kind}.activities`, k.activities),
        households: d.count(`support.byKind.${k.kind}.households`, k.households),
        value: d.amount(`support.byKind.${k.kind}.value`, k.value, k.activities),
      })),
    },
    membership: {
      members: d.count('membership.members', f.membership.members),
      joined: d.count('membership.joined', f.membership.joined),
      left: d.count('membership.left', f.membership.left),
    },
  };
}
