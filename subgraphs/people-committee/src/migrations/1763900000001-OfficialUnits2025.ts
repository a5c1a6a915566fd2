import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertOfficialUnits } from '@chung-tay/common';

/** Loads the 34 provinces and 3,321 communes/wards in force since 1 July 2025 (GSO code lists). */
export class OfficialUnits20251763900000001 implements MigrationInterface {
  name = 'OfficialUnits20251763900000001';

  async up(q: QueryRunner): Promise<void> {
    await insertOfficialUnits((sql, params) => q.query(sql, params), 'administrative_unit');
    // Đồng Nai splits poor households into A (able to work) and B (social protection).
    await q.query(`UPDATE administrative_unit SET uses_poor_categories = true WHERE code = '75'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM administrative_unit WHERE valid_from = '2025-07-01'`);
  }
}
