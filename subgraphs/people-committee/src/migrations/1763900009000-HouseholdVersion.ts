import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version on each household, bumped by every change of its row (an edit of its details, a review that changes
 * its status or category), so an edit prepared on an older version is refused instead of silently overwriting
 * what someone else changed meanwhile.
 */
export class HouseholdVersion1763900009000 implements MigrationInterface {
  name = 'HouseholdVersion1763900009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE household ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE household DROP COLUMN version`);
  }
}
