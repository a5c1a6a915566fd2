import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searches and failed changes in the audit log: what a search looked for, how many it found, and the error a
 * failed field answered. New columns only; the append-only trigger stays as it is.
 */
export class AuditCriteria1763900012100 implements MigrationInterface {
  name = 'AuditCriteria1763900012100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entry
      ADD COLUMN criteria jsonb,
      ADD COLUMN result_count integer,
      ADD COLUMN error text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audit_entry DROP COLUMN criteria, DROP COLUMN result_count, DROP COLUMN error`,
    );
  }
}
