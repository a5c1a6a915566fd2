import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every subgraph's versions of its report sections (see AreaReportRow). */
export class AreaReports1763900006000 implements MigrationInterface {
  name = 'AreaReports1763900006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE area_report (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      section varchar(40) NOT NULL,
      unit_code varchar(5) NOT NULL,
      period_code varchar(8) NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      version int NOT NULL CHECK (version > 0),
      status varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
      figures jsonb NOT NULL,
      taken_at timestamptz NOT NULL,
      prepared_by text NOT NULL,
      submitted_at timestamptz,
      submitted_by text,
      reviewed_at timestamptz,
      reviewed_by text,
      review_comment text,
      CONSTRAINT area_report_version UNIQUE (section, unit_code, period_code, version),
      CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
      CHECK (status <> 'RETURNED' OR review_comment IS NOT NULL))`);
    await q.query(`CREATE INDEX area_report_unit_period ON area_report (unit_code, period_start)`);
    // At most one version in the works (draft or awaiting review) per section, unit and period.
    await q.query(`CREATE UNIQUE INDEX area_report_open ON area_report (section, unit_code, period_code)
      WHERE status IN ('DRAFT', 'SUBMITTED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE area_report`);
  }
}
