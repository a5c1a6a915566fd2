import type { Discloser } from '@chung-tay/common';
import type { {{Pascal}}AreaFigures } from './area-figures.types';

/** The figures as other organisations see them: every count through the threshold rule. */
export const discloseAreaFigures = (f: {{Pascal}}AreaFigures, d: Discloser): {{Pascal}}AreaFigures => ({
  asOf: f.asOf,
  members: d.count('members', f.members ?? 0),
  householdsWithMembers: d.count('householdsWithMembers', f.householdsWithMembers ?? 0),
});
