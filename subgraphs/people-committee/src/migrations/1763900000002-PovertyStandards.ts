import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDICATORS_2022 = [
  'EMPLOYMENT',
  'DEPENDANTS',
  'CHILD_NUTRITION',
  'HEALTH_INSURANCE',
  'ADULT_EDUCATION',
  'CHILD_SCHOOL_ATTENDANCE',
  'HOUSING_QUALITY',
  'HOUSING_AREA',
  'CLEAN_WATER',
  'HYGIENIC_LATRINE',
  'TELECOM_USE',
  'INFORMATION_ACCESS',
];
// Decree 351/2025 drops "means of getting information" and adds waste treatment.
const INDICATORS_2027 = [...INDICATORS_2022.filter((i) => i !== 'INFORMATION_ACCESS'), 'WASTE_TREATMENT'];

/** The national multidimensional poverty standards, as data with a validity period. */
export class PovertyStandards1763900000002 implements MigrationInterface {
  name = 'PovertyStandards1763900000002';

  async up(q: QueryRunner): Promise<void> {
    const insert = `INSERT INTO poverty_standard (code, name, legal_basis, province_code, valid_from, valid_to,
      rural_poverty_line, urban_poverty_line, rural_middle_income_line, urban_middle_income_line, indicators,
      min_deprivations_for_poor) VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10, 3)`;
    await q.query(insert, [
      'VN-2022-2025',
      'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
      'Decree 07/2021/NĐ-CP; applied through 2026 by Decree 351/2025/NĐ-CP',
      '2022-01-01',
      '2026-12-31',
      1_500_000,
      2_000_000,
      2_250_000,
      3_000_000,
      INDICATORS_2022,
    ]);
    // The middle-income lines of the 2027–2030 standard are left empty until confirmed from the decree's text.
    await q.query(insert, [
      'VN-2027-2030',
      'Chuẩn nghèo đa chiều giai đoạn 2027–2030',
      'Decree 351/2025/NĐ-CP',
      '2027-01-01',
      '2030-12-31',
      2_200_000,
      2_800_000,
      null,
      null,
      INDICATORS_2027,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM poverty_standard WHERE code IN ('VN-2022-2025', 'VN-2027-2030')`);
  }
}
