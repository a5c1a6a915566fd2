import type { Discloser } from '@chung-tay/common';
import { millionsOf } from '../report/million';
import { fundRow, pair } from '../report/report-disclosure';
import type { LabourUnionAreaFigures, LabourUnionHouseFlow } from './area-figures.types';

const flow = (d: Discloser, path: string, f: LabourUnionHouseFlow): LabourUnionHouseFlow => ({
  ...pair(d, path, f),
  built: pair(d, `${path}.built`, f.built),
  repaired: pair(d, `${path}.repaired`, f.repaired),
});

/**
 * The union's area figures as other organisations see them: member and household counts, care given and house
 * grants (each value judged by the visits, gifts or grants it sums), and the seed 001 fund rows (report-disclosure.ts).
 */
export function discloseAreaFigures(f: LabourUnionAreaFigures, d: Discloser): LabourUnionAreaFigures {
  const m = f.members;
  return {
    asOf: f.asOf,
    members: {
      active: d.count('members.active', m.active),
      linked: d.count('members.linked', m.linked),
      inPoorHouseholds: d.count('members.inPoorHouseholds', m.inPoorHouseholds),
      inNearPoorHouseholds: d.count('members.inNearPoorHouseholds', m.inNearPoorHouseholds),
      inPoorOrNearPoorHouseholds: d.count('members.inPoorOrNearPoorHouseholds', m.inPoorOrNearPoorHouseholds),
      poorHouseholds: d.count('members.poorHouseholds', m.poorHouseholds),
      nearPoorHouseholds: d.count('members.nearPoorHouseholds', m.nearPoorHouseholds),
    },
    care: {
      ...pair(d, 'care', f.care),
      householdsReached: d.count('care.householdsReached', f.care.householdsReached),
      membersReached: d.count('care.membersReached', f.care.membersReached),
      byKind: f.care.byKind.map((k) => ({ kind: k.kind, ...pair(d, `care.byKind.${k.kind}`, k) })),
      byFundingSource: f.care.byFundingSource.map((s) => ({
        fundingSource: s.fundingSource,
        ...pair(d, `care.byFundingSource.${s.fundingSource}`, s),
      })),
    },
    houses: {
      approved: flow(d, 'houses.approved', f.houses.approved),
      completed: flow(d, 'houses.completed', f.houses.completed),
    },
    fund: f.fund.map((row) => {
      const shown = fundRow(d, 'fund', row);
      return { ...shown, valueMillionVnd: millionsOf(shown.valueVnd) };
    }),
  };
}
