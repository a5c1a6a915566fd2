import { SavingsLoanGroupMeetingFrequency as F } from '../../enums';
import { meetingDayProblem } from '../meeting';

describe('meeting days', () => {
  it('are weekdays 1–7 for weekly and fortnightly groups', () => {
    expect(meetingDayProblem(F.WEEKLY, 1)).toBeNull();
    expect(meetingDayProblem(F.FORTNIGHTLY, 7)).toBeNull();
    expect(meetingDayProblem(F.WEEKLY, 0)).toMatch(/weekday/);
    expect(meetingDayProblem(F.FORTNIGHTLY, 8)).toMatch(/weekday/);
  });

  it('are days 1–28 of the month for monthly groups, so every month has one', () => {
    expect(meetingDayProblem(F.MONTHLY, 28)).toBeNull();
    expect(meetingDayProblem(F.MONTHLY, 29)).toMatch(/1 to 28/);
    expect(meetingDayProblem(F.MONTHLY, 0)).toMatch(/1 to 28/);
  });
});
