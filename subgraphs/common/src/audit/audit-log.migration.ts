import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log every subgraph keeps; rows can be added, never changed or removed (not even by its owner). */
export class AuditLog1763900000500 implements MigrationInterface {
  name = 'AuditLog1763900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_entry (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      subject text NOT NULL,
      organisation text NOT NULL,
      roles text[] NOT NULL,
      kind varchar(16) NOT NULL,
      operation text,
      record_type text NOT NULL,
      record_ids text[] NOT NULL,
      fields text[] NOT NULL DEFAULT '{}',
      request_id uuid NOT NULL)`);
    await q.query(`CREATE INDEX audit_entry_at ON audit_entry (at)`);
    await q.query(`CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_is_append_only()`);
  }
}
