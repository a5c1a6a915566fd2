import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Front's own copy of each listed person's name and year of birth, as on the People's Committee's list it
 * received (the register shows names to the People's Committee only). Entries received before this change keep
 * null: the lists they came with are not at hand to copy from.
 */
export class NeedsListNames1763900004100 implements MigrationInterface {
  name = 'NeedsListNames1763900004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE needs_list_entry
      ADD COLUMN full_name text CHECK (full_name = btrim(full_name) AND length(full_name) BETWEEN 1 AND 100),
      ADD COLUMN birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE needs_list_entry DROP COLUMN birth_year, DROP COLUMN full_name`);
  }
}
