import {
  EVERY_FIGURE,
  loadWanted,
  todayInVietnam,
  type AreaPeriod,
  type Period,
  type WantedFigures,
} from '@chung-tay/common';
import type { Context } from '../context';
import { percentOf } from '../rules';
import type { WomensUnionAreaFigures } from './area-figures.types';

/** Stocks are counted on the period's last day, or today while the period runs. */
export const stocksAsOf = (period: Period, today = todayInVietnam()): string =>
  period.end < today ? period.end : today;

/** The union's figures for an area, from its per-request area loaders (a few statements for many areas). */
export async function womensUnionAreaFigures(
  ctx: Context,
  area: AreaPeriod,
  wanted: WantedFigures = EVERY_FIGURE,
): Promise<WomensUnionAreaFigures> {
  const l = ctx.loaders;
  const [pledges, savings, groups, support, members] = await Promise.all([
    loadWanted(l.areaPledges, area, wanted('fiveNoThreeClean')),
    loadWanted(l.areaSavingsDay, area, wanted('savingsDay')),
    loadWanted(l.areaGroups, area, wanted('savingsLoanGroups')),
    loadWanted(l.areaSupport, area, wanted('support')),
    loadWanted(l.areaMembers, area, wanted('membership')),
  ]);
  return {
    stocksAsOf: stocksAsOf(area.period),
    fiveNoThreeClean: {
      year: area.period.year,
      pledges: pledges.pledges,
      targetHouseholds: pledges.targetHouseholds,
      householdsPledged: pledges.pledged,
      householdsReviewed: pledges.reviewed,
      householdsMeetingAllCriteria: pledges.meetingAllCriteria,
      householdsMeetingNoHungerOrPoverty: pledges.meetingNoHungerOrPoverty,
      achievedPercent: percentOf(pledges.meetingAllCriteria, pledges.targetHouseholds),
    },
    savingsDay: {
      collectedAmount: savings.contributedAmount,
      contributions: savings.contributions,
      contributingMembers: savings.contributingMembers,
      yearToDateAmount: savings.yearToDateAmount,
      targetAmount: savings.targetAmount,
      achievedPercent: percentOf(savings.yearToDateAmount, savings.targetAmount),
    },
    savingsLoanGroups: {
      groups: groups.total.groups,
      groupsFormed: groups.total.formed,
      members: groups.total.members,
      byLender: groups.byLender.map((g) => ({
        lender: g.lender,
        groups: g.groups,
        groupsFormed: g.formed,
        members: g.members,
      })),
    },
    support: { ...support.total, byKind: support.byKind },
    membership: members,
  };
}
