import { classifyHousehold, type StandardLines } from '../classify';
import { AreaType, Classification, DeprivationIndicator as D } from '../../enums';

const v2022: StandardLines = {
  code: 'VN-2022-2025',
  ruralPovertyLine: 1_500_000,
  urbanPovertyLine: 2_000_000,
  ruralMiddleIncomeLine: 2_250_000,
  urbanMiddleIncomeLine: 3_000_000,
  indicators: [
    D.EMPLOYMENT,
    D.DEPENDANTS,
    D.CHILD_NUTRITION,
    D.HEALTH_INSURANCE,
    D.ADULT_EDUCATION,
    D.CHILD_SCHOOL_ATTENDANCE,
    D.HOUSING_QUALITY,
    D.HOUSING_AREA,
    D.CLEAN_WATER,
    D.HYGIENIC_LATRINE,
    D.TELECOM_USE,
    D.INFORMATION_ACCESS,
  ],
  minDeprivationsForPoor: 3,
};
const v2027: StandardLines = {
  ...v2022,
  code: 'VN-2027-2030',
  ruralPovertyLine: 2_200_000,
  urbanPovertyLine: 2_800_000,
  ruralMiddleIncomeLine: null,
  urbanMiddleIncomeLine: null,
  indicators: [...v2022.indicators.filter((i) => i !== D.INFORMATION_ACCESS), D.WASTE_TREATMENT],
};
const three = [D.EMPLOYMENT, D.CLEAN_WATER, D.HOUSING_AREA];
const two = [D.EMPLOYMENT, D.CLEAN_WATER];

describe('classifyHousehold under Decree 07/2021 (2022–2025)', () => {
  it('counts an income exactly on the rural line as under it', () => {
    expect(classifyHousehold(v2022, AreaType.RURAL, 1_500_000, three).classification).toBe(
      Classification.POOR,
    );
    expect(classifyHousehold(v2022, AreaType.RURAL, 1_500_001, three).classification).toBe(
      Classification.MIDDLE_INCOME,
    );
  });
  it('needs 3 deprivations for poor; 2 (or 0) under the line is near-poor', () => {
    expect(classifyHousehold(v2022, AreaType.RURAL, 1_000_000, three).classification).toBe(
      Classification.POOR,
    );
    expect(classifyHousehold(v2022, AreaType.RURAL, 1_000_000, two).classification).toBe(
      Classification.NEAR_POOR,
    );
    expect(classifyHousehold(v2022, AreaType.RURAL, 1_000_000, []).classification).toBe(
      Classification.NEAR_POOR,
    );
  });
  it('uses the urban line for wards: 1.8 million is under it in a ward, above it in a commune', () => {
    expect(classifyHousehold(v2022, AreaType.URBAN, 1_800_000, []).classification).toBe(
      Classification.NEAR_POOR,
    );
    expect(classifyHousehold(v2022, AreaType.RURAL, 1_800_000, []).classification).toBe(
      Classification.MIDDLE_INCOME,
    );
    expect(classifyHousehold(v2022, AreaType.URBAN, 2_000_000, three).povertyLine).toBe(2_000_000);
  });
  it('stops middle income at the middle-income line, inclusive, with no deprivation test', () => {
    expect(classifyHousehold(v2022, AreaType.URBAN, 3_000_000, three).classification).toBe(
      Classification.MIDDLE_INCOME,
    );
    expect(classifyHousehold(v2022, AreaType.URBAN, 3_000_001, three).classification).toBe(
      Classification.ABOVE_MIDDLE_INCOME,
    );
  });
  it('counts each indicator once', () => {
    expect(
      classifyHousehold(v2022, AreaType.RURAL, 1, [D.EMPLOYMENT, D.EMPLOYMENT, D.CLEAN_WATER]),
    ).toMatchObject({
      classification: Classification.NEAR_POOR,
      deprivationCount: 2,
    });
  });
  it('rejects negative income and indicators the standard does not have', () => {
    expect(() => classifyHousehold(v2022, AreaType.RURAL, -1, [])).toThrow(/non-negative/);
    expect(() => classifyHousehold(v2022, AreaType.RURAL, 1, [D.WASTE_TREATMENT])).toThrow(/WASTE_TREATMENT/);
  });
});

describe('classifyHousehold under Decree 351/2025 (2027–2030)', () => {
  it('moves the lines to 2.2 / 2.8 million', () => {
    expect(classifyHousehold(v2027, AreaType.RURAL, 2_200_000, three).classification).toBe(
      Classification.POOR,
    );
    expect(classifyHousehold(v2027, AreaType.URBAN, 2_800_000, two).classification).toBe(
      Classification.NEAR_POOR,
    );
    expect(classifyHousehold(v2027, AreaType.URBAN, 2_800_001, two).classification).toBe(
      Classification.ABOVE_MIDDLE_INCOME,
    );
  });
  it('drops means of information and adds waste treatment', () => {
    expect(() => classifyHousehold(v2027, AreaType.RURAL, 1, [D.INFORMATION_ACCESS])).toThrow(
      /INFORMATION_ACCESS/,
    );
    expect(
      classifyHousehold(v2027, AreaType.RURAL, 1, [D.WASTE_TREATMENT, D.EMPLOYMENT, D.CLEAN_WATER])
        .classification,
    ).toBe(Classification.POOR);
  });
});
