import { UnionHouseStatus as S } from '../../enums';
import { houseProgressProblem, transitionProblem } from '../house-rules';

const TODAY = '2025-06-30';
const check = (status: S, approvedDate: string | null, completedDate: string | null) =>
  houseProgressProblem({ status, approvedDate, completedDate }, TODAY);

describe('union house dates', () => {
  it('accept a proposal without dates, an approval with its date and a hand-over after it', () => {
    expect(check(S.PROPOSED, null, null)).toBeNull();
    expect(check(S.APPROVED, '2025-01-10', null)).toBeNull();
    expect(check(S.COMPLETED, '2025-01-10', '2025-04-30')).toBeNull();
    expect(check(S.CANCELLED, '2025-01-10', null)).toBeNull();
  });

  it('name the date that is missing, premature or in the wrong order', () => {
    expect(check(S.APPROVED, null, null)?.field).toBe('approvedDate');
    expect(check(S.PROPOSED, '2025-01-10', null)?.field).toBe('approvedDate');
    expect(check(S.COMPLETED, '2025-01-10', null)?.field).toBe('completedDate');
    expect(check(S.APPROVED, '2025-01-10', '2025-02-01')?.field).toBe('completedDate');
    expect(check(S.COMPLETED, '2025-03-10', '2025-02-01')).toEqual({
      field: 'completedDate',
      message: 'handed over on 2025-02-01, before the approval on 2025-03-10',
    });
    expect(check(S.APPROVED, '2025-07-01', null)).toEqual({
      field: 'approvedDate',
      message: '2025-07-01 is in the future',
    });
  });
});

describe('union house status', () => {
  it('moves forward or is withdrawn, and ends at hand-over or withdrawal', () => {
    expect(transitionProblem(S.PROPOSED, S.APPROVED)).toBeNull();
    expect(transitionProblem(S.APPROVED, S.COMPLETED)).toBeNull();
    expect(transitionProblem(S.APPROVED, S.CANCELLED)).toBeNull();
    expect(transitionProblem(S.PROPOSED, S.COMPLETED)).toMatch(/APPROVED or CANCELLED, not COMPLETED/);
    expect(transitionProblem(S.COMPLETED, S.CANCELLED)).toMatch(/final/);
    expect(transitionProblem(S.CANCELLED, S.APPROVED)).toMatch(/final/);
  });
});
