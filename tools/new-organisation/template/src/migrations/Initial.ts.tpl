import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The {{en}}'s member register, linked to the People's Committee's household by id only (no foreign key across
 * databases).
 */
export class Initial{{timestamp}} implements MigrationInterface {
  name = 'Initial{{timestamp}}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      full_name text NOT NULL CHECK (length(btrim(full_name)) > 0),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      household_id uuid,
      joined_date date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX member_unit ON member (unit_code)`);
    await q.query(`CREATE INDEX member_household ON member (household_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member`);
  }
}
