import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The union's records: its organisation tree, member register (linked to the People's Committee's register by
 * id only; no foreign key across databases), care plans, care activities, union houses and fund gifts.
 */
export class Initial1763900001000 implements MigrationInterface {
  name = 'Initial1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE union_organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(30) NOT NULL UNIQUE,
      name text NOT NULL,
      level varchar(24) NOT NULL,
      parent_id uuid REFERENCES union_organisation(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((level = 'PROVINCE_FEDERATION') = (parent_id IS NULL)))`);
    await q.query(`CREATE INDEX union_organisation_parent ON union_organisation (parent_id)`);
    await q.query(`CREATE INDEX union_organisation_unit ON union_organisation (unit_code)`);
    await q.query(`CREATE INDEX union_organisation_level ON union_organisation (level)`);

    await q.query(`CREATE TABLE union_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      member_number varchar(20) NOT NULL UNIQUE,
      full_name text NOT NULL,
      union_organisation_id uuid NOT NULL REFERENCES union_organisation(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      workplace text NOT NULL,
      joined_date date NOT NULL,
      status varchar(10) NOT NULL,
      status_since date NOT NULL,
      person_id uuid,
      household_id uuid,
      linked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((person_id IS NULL) = (household_id IS NULL)),
      CHECK (status_since >= joined_date))`);
    await q.query(`CREATE INDEX union_member_organisation ON union_member (union_organisation_id)`);
    await q.query(`CREATE INDEX union_member_unit ON union_member (unit_code)`);
    await q.query(`CREATE INDEX union_member_status ON union_member (status)`);
    await q.query(`CREATE INDEX union_member_joined ON union_member (joined_date)`);
    await q.query(
      `CREATE UNIQUE INDEX union_member_person ON union_member (person_id) WHERE person_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX union_member_household ON union_member (household_id)`);

    await q.query(`CREATE TABLE care_plan (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      household_id uuid NOT NULL,
      union_organisation_id uuid NOT NULL REFERENCES union_organisation(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      listed_status varchar(10) NOT NULL,
      listed_date date NOT NULL,
      list_reference text,
      goals text,
      status varchar(8) NOT NULL,
      closed_date date,
      closed_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT care_plan_household_list UNIQUE (household_id, listed_date),
      CHECK ((status = 'CLOSED') = (closed_date IS NOT NULL)),
      CHECK (closed_date IS NULL OR closed_date >= listed_date))`);
    await q.query(`CREATE INDEX care_plan_household ON care_plan (household_id)`);
    await q.query(`CREATE INDEX care_plan_organisation ON care_plan (union_organisation_id)`);
    await q.query(`CREATE INDEX care_plan_unit ON care_plan (unit_code)`);
    await q.query(`CREATE INDEX care_plan_status ON care_plan (status)`);
    await q.query(`CREATE INDEX care_plan_listed_status ON care_plan (listed_status)`);
    await q.query(`CREATE INDEX care_plan_listed_date ON care_plan (listed_date)`);

    await q.query(`CREATE TABLE care_activity (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind varchar(12) NOT NULL,
      date date NOT NULL,
      union_organisation_id uuid NOT NULL REFERENCES union_organisation(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      member_id uuid REFERENCES union_member(id),
      household_id uuid,
      value bigint NOT NULL CHECK (value > 0),
      funding_source varchar(20) NOT NULL,
      sponsor_name text,
      programme_id uuid,
      occasion text,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (member_id IS NOT NULL OR household_id IS NOT NULL))`);
    await q.query(`CREATE INDEX care_activity_date ON care_activity (date, id)`);
    await q.query(`CREATE INDEX care_activity_kind ON care_activity (kind)`);
    await q.query(`CREATE INDEX care_activity_organisation ON care_activity (union_organisation_id)`);
    await q.query(`CREATE INDEX care_activity_unit ON care_activity (unit_code)`);
    await q.query(`CREATE INDEX care_activity_member ON care_activity (member_id)`);
    await q.query(`CREATE INDEX care_activity_household ON care_activity (household_id)`);
    await q.query(`CREATE INDEX care_activity_funding ON care_activity (funding_source)`);
    await q.query(`CREATE INDEX care_activity_programme ON care_activity (programme_id)`);

    await q.query(`CREATE TABLE union_house (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      member_id uuid NOT NULL REFERENCES union_member(id),
      household_id uuid,
      union_organisation_id uuid NOT NULL REFERENCES union_organisation(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      kind varchar(6) NOT NULL,
      grant_amount bigint NOT NULL CHECK (grant_amount > 0),
      funding_source varchar(20) NOT NULL,
      status varchar(10) NOT NULL,
      approved_date date,
      completed_date date,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (completed_date IS NULL OR (approved_date IS NOT NULL AND completed_date >= approved_date)))`);
    await q.query(`CREATE INDEX union_house_member ON union_house (member_id)`);
    await q.query(`CREATE INDEX union_house_household ON union_house (household_id)`);
    await q.query(`CREATE INDEX union_house_organisation ON union_house (union_organisation_id)`);
    await q.query(`CREATE INDEX union_house_unit ON union_house (unit_code)`);
    await q.query(`CREATE INDEX union_house_kind ON union_house (kind)`);
    await q.query(`CREATE INDEX union_house_funding ON union_house (funding_source)`);
    await q.query(`CREATE INDEX union_house_status ON union_house (status)`);
    await q.query(`CREATE INDEX union_house_approved ON union_house (approved_date)`);
    await q.query(`CREATE INDEX union_house_completed ON union_house (completed_date)`);

    await q.query(`CREATE TABLE fund_gift (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      union_organisation_id uuid NOT NULL REFERENCES union_organisation(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      campaign_year integer NOT NULL,
      date date NOT NULL,
      contributors integer NOT NULL CHECK (contributors > 0),
      amount bigint NOT NULL CHECK (amount > 0),
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (date BETWEEN make_date(campaign_year, 10, 17) AND make_date(campaign_year, 11, 18)))`);
    await q.query(`CREATE INDEX fund_gift_date ON fund_gift (date, id)`);
    await q.query(`CREATE INDEX fund_gift_organisation ON fund_gift (union_organisation_id)`);
    await q.query(`CREATE INDEX fund_gift_unit ON fund_gift (unit_code)`);
    await q.query(`CREATE INDEX fund_gift_campaign ON fund_gift (campaign_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'fund_gift',
      'union_house',
      'care_activity',
      'care_plan',
      'union_member',
      'union_organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
