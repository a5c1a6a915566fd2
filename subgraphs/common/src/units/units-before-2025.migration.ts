import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertUnitsBefore2025 } from './official-units';

/**
 * Adds successor codes to unit_tree and the units retired on 1 July 2025 that the bundled data covers, so areas
 * and periods before the reform resolve to the 2025 units that hold their records.
 */
export class UnitsBefore20251763900000401 implements MigrationInterface {
  name = 'UnitsBefore20251763900000401';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE unit_tree ADD COLUMN successor_codes text[] NOT NULL DEFAULT '{}'`);
    await insertUnitsBefore2025((sql, params) => q.query(sql, params), 'unit_tree');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM unit_tree WHERE valid_to IS NOT NULL`);
    await q.query(`ALTER TABLE unit_tree DROP COLUMN successor_codes`);
  }
}
