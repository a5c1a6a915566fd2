import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loan.version: 1 when applied for, one more on every update of the loan row (a trigger, so no write can forget
 * it). Changes of a loan take the version the officer's screen showed (expectedVersion) and are refused with
 * CONFLICT when someone else changed the loan in between.
 */
export class LoanVersion1763900009100 implements MigrationInterface {
  name = 'LoanVersion1763900009100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE loan ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE FUNCTION loan_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER loan_version BEFORE UPDATE ON loan
      FOR EACH ROW EXECUTE FUNCTION loan_next_version()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER loan_version ON loan`);
    await q.query(`DROP FUNCTION loan_next_version()`);
    await q.query(`ALTER TABLE loan DROP COLUMN version`);
  }
}
