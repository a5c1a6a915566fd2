import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readOfficialUnits } from '../administrative-unit/official-units';

/** Loads the 34 provinces and 3,321 communes/wards in force since 1 July 2025 (GSO code lists). */
export class OfficialUnits20251763900000001 implements MigrationInterface {
  name = 'OfficialUnits20251763900000001';

  async up(q: QueryRunner): Promise<void> {
    const units = readOfficialUnits();
    const columns = ['code', 'name', 'level', 'kind', 'parent_code', 'valid_from'] as const;
    for (let i = 0; i < units.length; i += 500) {
      const batch = units.slice(i, i + 500);
      const values = batch.map(
        (_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
      );
      await q.query(
        `INSERT INTO administrative_unit (${columns.join(', ')}) VALUES ${values.join(', ')}`,
        batch.flatMap((u) => [u.code, u.name, u.level, u.kind, u.parentCode, '2025-07-01']),
      );
    }
    // Đồng Nai splits poor households into A (able to work) and B (social protection).
    await q.query(`UPDATE administrative_unit SET uses_poor_categories = true WHERE code = '75'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM administrative_unit WHERE valid_from = '2025-07-01'`);
  }
}
