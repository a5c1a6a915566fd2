import { nextHouseholdStatus, poorCategoryFor } from '../household-status';
import { Classification as C, HouseholdStatus as S, PoorCategory } from '../../enums';

describe('nextHouseholdStatus', () => {
  it('follows a poor or near-poor classification whatever came before', () => {
    expect(nextHouseholdStatus({ status: S.NOT_POOR, since: '2020-01-01' }, C.POOR, '2024-10-01')).toBe(
      S.POOR,
    );
    expect(nextHouseholdStatus({ status: S.POOR, since: '2020-01-01' }, C.NEAR_POOR, '2024-10-01')).toBe(
      S.NEAR_POOR,
    );
  });
  it('marks rising above the line as escaping poverty or near-poverty', () => {
    expect(nextHouseholdStatus({ status: S.POOR, since: '2022-01-01' }, C.MIDDLE_INCOME, '2024-10-01')).toBe(
      S.ESCAPED_POVERTY,
    );
    expect(
      nextHouseholdStatus({ status: S.NEAR_POOR, since: '2022-01-01' }, C.ABOVE_MIDDLE_INCOME, '2024-10-01'),
    ).toBe(S.ESCAPED_NEAR_POVERTY);
  });
  it('keeps an escaped status for two years, then NOT_POOR', () => {
    const escaped = { status: S.ESCAPED_POVERTY, since: '2023-11-15' };
    expect(nextHouseholdStatus(escaped, C.MIDDLE_INCOME, '2025-11-14')).toBe(S.ESCAPED_POVERTY);
    expect(nextHouseholdStatus(escaped, C.MIDDLE_INCOME, '2025-11-15')).toBe(S.NOT_POOR);
  });
  it('leaves a never-poor household NOT_POOR', () => {
    expect(
      nextHouseholdStatus({ status: S.NOT_POOR, since: '2022-01-01' }, C.MIDDLE_INCOME, '2024-10-01'),
    ).toBe(S.NOT_POOR);
  });
});

describe('poorCategoryFor', () => {
  it('gives A or B only to poor households in provinces that split them', () => {
    expect(poorCategoryFor(S.POOR, true, false)).toBe(PoorCategory.A);
    expect(poorCategoryFor(S.POOR, true, true)).toBe(PoorCategory.B);
    expect(poorCategoryFor(S.POOR, true, false, PoorCategory.B)).toBe(PoorCategory.B);
    expect(poorCategoryFor(S.POOR, false, true)).toBeNull();
    expect(poorCategoryFor(S.NEAR_POOR, true, true)).toBeNull();
  });
});
