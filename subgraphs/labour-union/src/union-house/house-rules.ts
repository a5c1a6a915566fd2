import { UnionHouseStatus as S } from '../enums';

export interface HouseProgress {
  status: S;
  approvedDate: string | null;
  completedDate: string | null;
}

/** Where a grant may go from each status: forward through approval to hand-over, or withdrawn before it. */
export const NEXT_STATUSES: Record<S, S[]> = {
  [S.PROPOSED]: [S.APPROVED, S.CANCELLED],
  [S.APPROVED]: [S.COMPLETED, S.CANCELLED],
  [S.COMPLETED]: [],
  [S.CANCELLED]: [],
};

/**
 * Checks that a grant's dates fit its status (approved and completed grants have an approval date, completed
 * ones a hand-over date on or after it, proposals neither) and that no date is after `today`. Returns the
 * problem and the input field it is about, or null.
 */
export function houseProgressProblem(
  house: HouseProgress,
  today: string,
): { message: string; field: 'approvedDate' | 'completedDate' } | null {
  const { status, approvedDate, completedDate } = house;
  const approved = status === S.APPROVED || status === S.COMPLETED;
  if (approved && !approvedDate)
    return { message: `a ${status} grant needs its approval date`, field: 'approvedDate' };
  if (status === S.PROPOSED && approvedDate) {
    return { message: 'a PROPOSED grant has no approval date yet', field: 'approvedDate' };
  }
  if (status === S.COMPLETED && !completedDate) {
    return { message: 'a COMPLETED house needs its hand-over date', field: 'completedDate' };
  }
  if (status !== S.COMPLETED && completedDate) {
    return { message: `a ${status} house has no hand-over date`, field: 'completedDate' };
  }
  if (approvedDate && approvedDate > today)
    return { message: `${approvedDate} is in the future`, field: 'approvedDate' };
  if (completedDate && completedDate > today) {
    return { message: `${completedDate} is in the future`, field: 'completedDate' };
  }
  if (approvedDate && completedDate && completedDate < approvedDate) {
    return {
      message: `handed over on ${completedDate}, before the approval on ${approvedDate}`,
      field: 'completedDate',
    };
  }
  return null;
}

/** Why a grant cannot move from `from` to `to`, or null when it can (staying put is allowed). */
export function transitionProblem(from: S, to: S): string | null {
  if (from === to || NEXT_STATUSES[from].includes(to)) return null;
  return NEXT_STATUSES[from].length
    ? `a ${from} grant can become ${NEXT_STATUSES[from].join(' or ')}, not ${to}`
    : `a ${from} grant is final`;
}
