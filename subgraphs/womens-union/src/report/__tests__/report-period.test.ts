import { parsePeriod } from '@chung-tay/common';
import { reportDueOn, reportPeriodProblem, reportStatus } from '../report-period';

describe('Women’s Union reporting periods', () => {
  it('are 3 months, 6 months, 9 months and the year', () => {
    for (const code of ['2025-Q1', '2025-6M', '2025-9M', '2025'])
      expect(reportPeriodProblem(parsePeriod(code))).toBeNull();
    for (const code of ['2025-Q2', '2025-Q3', '2025-Q4', '2025-03']) {
      expect(reportPeriodProblem(parsePeriod(code))).toMatch(/not a Women's Union reporting period/);
    }
  });

  it('are due on the 5th of the month after they end', () => {
    expect(reportDueOn(parsePeriod('2025-Q1'))).toBe('2025-04-05');
    expect(reportDueOn(parsePeriod('2025-6M'))).toBe('2025-07-05');
    expect(reportDueOn(parsePeriod('2025-9M'))).toBe('2025-10-05');
    expect(reportDueOn(parsePeriod('2025'))).toBe('2026-01-05');
  });

  it('stand not yet due, due, overdue, or sent on time or late', () => {
    const q1 = parsePeriod('2025-Q1');
    expect(reportStatus(q1, null, '2025-03-31')).toBe('NOT_YET_DUE');
    expect(reportStatus(q1, null, '2025-04-01')).toBe('DUE');
    expect(reportStatus(q1, null, '2025-04-05')).toBe('DUE');
    expect(reportStatus(q1, null, '2025-04-06')).toBe('OVERDUE');
    expect(reportStatus(q1, '2025-04-05', '2025-12-01')).toBe('SUBMITTED_ON_TIME');
    expect(reportStatus(q1, '2025-04-06', '2025-12-01')).toBe('SUBMITTED_LATE');
  });
});
