import { SavingsLoanGroupMeetingFrequency as Frequency } from '../enums';

/** Groups of more members than this split (the lenders' group size rule). */
export const MAX_GROUP_MEMBERS = 60;

/**
 * Weekly and fortnightly groups meet on a weekday (ISO 1 = Monday … 7 = Sunday); monthly groups on a day of the
 * month, at most the 28th so that every month has it.
 */
export function meetingDayProblem(frequency: Frequency, day: number): string | null {
  if (!Number.isInteger(day)) return 'the meeting day is a whole number';
  if (frequency === Frequency.MONTHLY) {
    return day >= 1 && day <= 28 ? null : 'a monthly group meets on a day of the month from 1 to 28';
  }
  return day >= 1 && day <= 7
    ? null
    : `a ${frequency.toLowerCase()} group meets on a weekday from 1 (Monday) to 7 (Sunday)`;
}
