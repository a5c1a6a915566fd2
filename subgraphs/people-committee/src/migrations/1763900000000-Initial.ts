import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register: units, standards, households, people, reviews, status history, programmes, benefits, targets. */
export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE administrative_unit (
      code varchar(5) PRIMARY KEY,
      name text NOT NULL,
      level varchar(10) NOT NULL,
      kind varchar(12) NOT NULL,
      parent_code varchar(5) REFERENCES administrative_unit(code),
      valid_from date NOT NULL,
      valid_to date,
      successor_codes text[] NOT NULL DEFAULT '{}',
      uses_poor_categories boolean NOT NULL DEFAULT false)`);
    await q.query(`CREATE INDEX administrative_unit_parent ON administrative_unit (parent_code)`);

    await q.query(`CREATE TABLE poverty_standard (
      code varchar(40) PRIMARY KEY,
      name text NOT NULL,
      legal_basis text NOT NULL,
      province_code varchar(2),
      valid_from date NOT NULL,
      valid_to date NOT NULL,
      rural_poverty_line bigint NOT NULL,
      urban_poverty_line bigint NOT NULL,
      rural_middle_income_line bigint,
      urban_middle_income_line bigint,
      indicators text[] NOT NULL,
      min_deprivations_for_poor integer NOT NULL,
      CHECK (valid_from <= valid_to))`);

    await q.query(`CREATE TABLE household (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(30) NOT NULL UNIQUE,
      unit_code varchar(5) NOT NULL REFERENCES administrative_unit(code),
      address text NOT NULL,
      area_type varchar(5) NOT NULL,
      head_person_id uuid,
      status varchar(24) NOT NULL,
      status_since date NOT NULL,
      poor_category varchar(1),
      social_protection boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX household_unit ON household (unit_code)`);
    await q.query(`CREATE INDEX household_status ON household (status)`);

    await q.query(`CREATE TABLE person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL REFERENCES household(id),
      full_name text NOT NULL,
      name_search text NOT NULL,
      birth_date date NOT NULL,
      sex varchar(6) NOT NULL,
      relation_to_head varchar(16) NOT NULL,
      national_id varchar(12),
      ethnicity text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX person_household ON person (household_id)`);
    await q.query(
      `CREATE UNIQUE INDEX person_national_id ON person (national_id) WHERE national_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE household ADD CONSTRAINT household_head FOREIGN KEY (head_person_id)
      REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED`);

    await q.query(`CREATE TABLE assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL REFERENCES household(id),
      review_kind varchar(10) NOT NULL,
      review_year integer NOT NULL,
      review_date date NOT NULL,
      income_per_person_month bigint NOT NULL CHECK (income_per_person_month >= 0),
      deprivations text[] NOT NULL,
      deprivation_count integer NOT NULL,
      standard_code varchar(40) NOT NULL REFERENCES poverty_standard(code),
      classification varchar(20) NOT NULL,
      resulting_status varchar(24) NOT NULL,
      poor_category varchar(1),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX assessment_household_date ON assessment (household_id, review_date)`);
    await q.query(`CREATE UNIQUE INDEX assessment_one_periodic_review_per_year ON assessment (household_id, review_year)
      WHERE review_kind = 'PERIODIC'`);

    await q.query(`CREATE TABLE household_status_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL REFERENCES household(id),
      status varchar(24) NOT NULL,
      poor_category varchar(1),
      effective_date date NOT NULL,
      reason varchar(20) NOT NULL,
      assessment_id uuid REFERENCES assessment(id),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE INDEX household_status_change_household_date ON household_status_change (household_id, effective_date)`,
    );

    await q.query(`CREATE TABLE programme (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(40) NOT NULL UNIQUE,
      name text NOT NULL,
      kind varchar(40) NOT NULL,
      owner_organisation varchar(20) NOT NULL,
      start_year integer NOT NULL,
      end_year integer NOT NULL,
      budget bigint NOT NULL CHECK (budget >= 0),
      CHECK (start_year <= end_year))`);

    await q.query(`CREATE TABLE benefit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programme(id),
      household_id uuid NOT NULL REFERENCES household(id),
      person_id uuid REFERENCES person(id),
      date date NOT NULL,
      amount bigint NOT NULL CHECK (amount >= 0),
      note text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX benefit_programme ON benefit (programme_id)`);
    await q.query(`CREATE INDEX benefit_household ON benefit (household_id)`);

    await q.query(`CREATE TABLE target (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_code varchar(5) NOT NULL REFERENCES administrative_unit(code),
      year integer NOT NULL,
      metric varchar(40) NOT NULL,
      target_percent numeric(5,2) NOT NULL CHECK (target_percent BETWEEN 0 AND 100),
      CONSTRAINT target_unit_year_metric UNIQUE (unit_code, year, metric))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['target', 'benefit', 'programme', 'household_status_change', 'assessment']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE household DROP CONSTRAINT household_head`);
    for (const table of ['person', 'household', 'poverty_standard', 'administrative_unit']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
