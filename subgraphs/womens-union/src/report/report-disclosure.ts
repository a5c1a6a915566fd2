import { Discloser, type Caller } from '@chung-tay/common';
import { info } from '../info';
import { percentOf } from '../rules';
import type { GroupCounts, MemberFigures, PledgeFigures, SavingsDayFigures, SupportCounts } from './figures';

/**
 * A chapter's report as `caller` may see it, section by section, each with how it was protected: exact for the
 * Women's Union's own people; for other organisations counts of households, members and support records under
 * the threshold rule and money judged by the contributions or support records it sums, as in the area figures
 * (area-disclosure.ts). What the chapters planned (pledges, targets) and how many groups they run describe no
 * person: exact.
 */
const discloserFor = (caller: Caller) => new Discloser(caller.org === info.name, info.name);
const withNote = <T>(d: Discloser, shown: T) => ({ ...shown, disclosure: d.note() });

export function pledgesFor(caller: Caller, f: PledgeFigures) {
  const d = discloserFor(caller);
  const allCriteria = d.count('meetingAllCriteria', f.meetingAllCriteria);
  return withNote(d, {
    ...f,
    pledged: d.count('pledged', f.pledged),
    reviewed: d.count('reviewed', f.reviewed),
    meetingAllCriteria: allCriteria,
    meetingNoHungerOrPoverty: d.count('meetingNoHungerOrPoverty', f.meetingNoHungerOrPoverty),
    achievedPercent: d.percent(allCriteria, f.targetHouseholds, percentOf),
  });
}

export function savingsDayFor(caller: Caller, f: SavingsDayFigures) {
  const d = discloserFor(caller);
  const contributed = d.amount('contributedAmount', f.contributedAmount, f.contributions);
  return withNote(d, {
    targetAmount: f.targetAmount,
    contributedAmount: contributed,
    contributions: d.count('contributions', f.contributions),
    contributingMembers: d.count('contributingMembers', f.contributingMembers),
    achievedPercent: d.percent(contributed, f.targetAmount, percentOf),
  });
}

export function groupsFor<G extends GroupCounts>(caller: Caller, g: G) {
  const d = discloserFor(caller);
  return withNote(d, { ...g, members: d.count('members', g.members) });
}

export function supportFor<S extends SupportCounts>(caller: Caller, s: S) {
  const d = discloserFor(caller);
  return withNote(d, {
    ...s,
    activities: d.count('activities', s.activities),
    households: d.count('households', s.households),
    value: d.amount('value', s.value, s.activities),
  });
}

export function membershipFor(caller: Caller, m: MemberFigures) {
  const d = discloserFor(caller);
  return withNote(d, {
    members: d.count('members', m.members),
    joined: d.count('joined', m.joined),
    left: d.count('left', m.left),
  });
}
