import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertUnitsBefore2025 } from '@chung-tay/common';

/**
 * The units retired on 1 July 2025 that the bundled data covers (so reports before the reform resolve), and the
 * report obligations: who reports which section, for which units, on which schedule, due when.
 */
export class AreaReporting1763900000003 implements MigrationInterface {
  name = 'AreaReporting1763900000003';

  async up(q: QueryRunner): Promise<void> {
    await insertUnitsBefore2025((sql, params) => q.query(sql, params), 'administrative_unit');
    await q.query(`CREATE TABLE report_obligation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      section varchar(40) NOT NULL,
      scope_unit_code varchar(5) NOT NULL REFERENCES administrative_unit(code),
      unit_level varchar(10) NOT NULL CHECK (unit_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
      schedule varchar(12) NOT NULL CHECK (schedule IN ('MONTHLY', 'QUARTERLY', 'CUMULATIVE', 'YEARLY')),
      due_day int NOT NULL CHECK (due_day BETWEEN 1 AND 31),
      due_month int CHECK (due_month BETWEEN 1 AND 12),
      first_year int NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
      last_year int CHECK (last_year >= first_year),
      defined_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT report_obligation_unique UNIQUE (section, scope_unit_code, unit_level, schedule, first_year))`);
    await q.query(`CREATE INDEX report_obligation_scope ON report_obligation (scope_unit_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_obligation`);
    await q.query(`DELETE FROM administrative_unit WHERE valid_to IS NOT NULL`);
  }
}
