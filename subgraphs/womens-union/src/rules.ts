import { BadUserInputError, isUuid, todayInVietnam } from '@chung-tay/common';

/** Percent of `part` in `whole`, rounded half up to 2 decimals; null when there is nothing to measure against. */
export function percentOf(part: number, whole: number | null | undefined): number | null {
  if (!whole || whole <= 0) return null;
  return Math.round((part / whole) * 10000) / 100;
}

/** Dates the union records (joining, reviews, contributions, support) cannot lie in the future. */
export function assertNotFuture(date: string, field: string, today = todayInVietnam()): void {
  if (date > today) throw new BadUserInputError(`${date} is in the future`, field);
}

/** Ids name records of this subgraph or of the register; a malformed one is bad input, not a server error. */
export function assertUuid(value: string, field: string): void {
  if (!isUuid(value)) throw new BadUserInputError(`"${value}" is not an id`, field);
}
