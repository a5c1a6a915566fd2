import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertOfficialUnits } from './official-units';

/** Creates unit_tree and loads the 34 provinces and 3,321 communes/wards in force since 1 July 2025. */
export class UnitTree1763900000400 implements MigrationInterface {
  name = 'UnitTree1763900000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE unit_tree (
      code varchar(5) PRIMARY KEY,
      name text NOT NULL,
      level varchar(10) NOT NULL,
      kind varchar(12) NOT NULL,
      parent_code varchar(5) REFERENCES unit_tree(code),
      valid_from date NOT NULL,
      valid_to date
    )`);
    await q.query(`CREATE INDEX idx_unit_tree_parent ON unit_tree (parent_code)`);
    await insertOfficialUnits((sql, params) => q.query(sql, params), 'unit_tree');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_tree`);
  }
}
