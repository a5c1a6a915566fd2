import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Front's records: For-the-Poor funds, campaigns, donations and disbursements; solidarity houses and their
 * funding; the needs list; sponsors, pledges, their shares and monthly payments. Person and household ids point
 * into the People's Committee's register (another database), so they carry no foreign key.
 */
export class Initial1763900004000 implements MigrationInterface {
  name = 'Initial1763900004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE front_fund (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_code varchar(5) NOT NULL UNIQUE REFERENCES unit_tree(code),
      name text NOT NULL,
      opened_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE front_campaign (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(30) NOT NULL UNIQUE,
      name text NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      start_date date NOT NULL,
      end_date date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (start_date <= end_date))`);
    await q.query(`CREATE INDEX front_campaign_unit ON front_campaign (unit_code)`);

    await q.query(`CREATE TABLE front_donation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      fund_id uuid NOT NULL REFERENCES front_fund(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      campaign_id uuid REFERENCES front_campaign(id),
      donor_kind varchar(20) NOT NULL,
      donor_name text NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      date date NOT NULL,
      note text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX front_donation_fund_date ON front_donation (fund_id, date)`);
    await q.query(`CREATE INDEX front_donation_unit_date ON front_donation (unit_code, date)`);
    await q.query(`CREATE INDEX front_donation_campaign ON front_donation (campaign_id)`);
    await q.query(`CREATE INDEX front_donation_kind ON front_donation (donor_kind)`);

    await q.query(`CREATE TABLE solidarity_house (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      household_id uuid NOT NULL,
      work varchar(8) NOT NULL,
      status varchar(20) NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      approved_on date NOT NULL,
      started_on date CHECK (started_on >= approved_on),
      completed_on date CHECK (completed_on >= started_on),
      cancelled_on date,
      note text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX solidarity_house_unit ON solidarity_house (unit_code)`);
    await q.query(`CREATE INDEX solidarity_house_household ON solidarity_house (household_id)`);
    await q.query(`CREATE INDEX solidarity_house_status ON solidarity_house (status)`);
    await q.query(`CREATE INDEX solidarity_house_work ON solidarity_house (work)`);
    await q.query(`CREATE INDEX solidarity_house_completed ON solidarity_house (completed_on)`);

    await q.query(`CREATE TABLE front_disbursement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      fund_id uuid NOT NULL REFERENCES front_fund(id),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      purpose varchar(24) NOT NULL,
      household_id uuid NOT NULL,
      person_id uuid,
      solidarity_house_id uuid REFERENCES solidarity_house(id),
      amount bigint NOT NULL CHECK (amount > 0),
      date date NOT NULL,
      note text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX front_disbursement_fund_date ON front_disbursement (fund_id, date)`);
    await q.query(`CREATE INDEX front_disbursement_unit_date ON front_disbursement (unit_code, date)`);
    await q.query(`CREATE INDEX front_disbursement_purpose ON front_disbursement (purpose)`);
    await q.query(`CREATE INDEX front_disbursement_household ON front_disbursement (household_id)`);
    await q.query(`CREATE INDEX front_disbursement_person ON front_disbursement (person_id)`);
    await q.query(`CREATE INDEX front_disbursement_house ON front_disbursement (solidarity_house_id)`);

    await q.query(`CREATE TABLE solidarity_house_funding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      house_id uuid NOT NULL REFERENCES solidarity_house(id),
      source varchar(20) NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      fund_id uuid REFERENCES front_fund(id),
      disbursement_id uuid REFERENCES front_disbursement(id),
      contributor text,
      CHECK ((source = 'FRONT_FUND') = (fund_id IS NOT NULL)))`);
    await q.query(`CREATE INDEX solidarity_house_funding_house ON solidarity_house_funding (house_id)`);
    await q.query(`CREATE INDEX solidarity_house_funding_fund ON solidarity_house_funding (fund_id)`);

    await q.query(`CREATE TABLE needs_list_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      person_id uuid NOT NULL,
      household_id uuid NOT NULL,
      listed_on date NOT NULL,
      source_document text,
      removed_on date CHECK (removed_on >= listed_on),
      removal_reason varchar(20),
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((removed_on IS NULL) = (removal_reason IS NULL)))`);
    await q.query(`CREATE INDEX needs_list_entry_unit_listed ON needs_list_entry (unit_code, listed_on)`);
    await q.query(`CREATE INDEX needs_list_entry_person ON needs_list_entry (person_id)`);
    await q.query(`CREATE INDEX needs_list_entry_household ON needs_list_entry (household_id)`);
    await q.query(
      `CREATE UNIQUE INDEX needs_list_entry_current_person ON needs_list_entry (person_id) WHERE removed_on IS NULL`,
    );

    await q.query(`CREATE TABLE front_sponsor (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind varchar(24) NOT NULL,
      level varchar(10) NOT NULL,
      name text NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      staff_count integer CHECK (staff_count > 0),
      contact text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'DISTRICT_UNIT') = (staff_count IS NOT NULL)))`);
    await q.query(`CREATE INDEX front_sponsor_unit_kind ON front_sponsor (unit_code, kind)`);
    await q.query(`CREATE INDEX front_sponsor_level ON front_sponsor (level)`);
    await q.query(
      `CREATE UNIQUE INDEX front_sponsor_one_per_commune ON front_sponsor (unit_code) WHERE kind = 'COMMUNE'`,
    );

    await q.query(`CREATE TABLE sponsorship_pledge (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      person_id uuid NOT NULL,
      household_id uuid NOT NULL,
      needs_list_entry_id uuid NOT NULL REFERENCES needs_list_entry(id),
      amount_per_month bigint NOT NULL CHECK (amount_per_month > 0),
      start_month date NOT NULL CHECK (extract(day FROM start_month) = 1),
      end_month date NOT NULL CHECK (extract(day FROM end_month) = 1),
      payment_method varchar(10) NOT NULL,
      coordinator_sponsor_id uuid NOT NULL REFERENCES front_sponsor(id),
      signed_on date NOT NULL,
      ended_on date,
      end_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (start_month <= end_month))`);
    await q.query(
      `CREATE INDEX sponsorship_pledge_unit_start ON sponsorship_pledge (unit_code, start_month)`,
    );
    await q.query(`CREATE INDEX sponsorship_pledge_end ON sponsorship_pledge (end_month)`);
    await q.query(`CREATE INDEX sponsorship_pledge_person ON sponsorship_pledge (person_id)`);
    await q.query(`CREATE INDEX sponsorship_pledge_household ON sponsorship_pledge (household_id)`);
    await q.query(`CREATE INDEX sponsorship_pledge_entry ON sponsorship_pledge (needs_list_entry_id)`);

    await q.query(`CREATE TABLE sponsorship_pledge_sponsor (
      pledge_id uuid NOT NULL REFERENCES sponsorship_pledge(id),
      sponsor_id uuid NOT NULL REFERENCES front_sponsor(id),
      amount_per_month bigint NOT NULL CHECK (amount_per_month > 0),
      PRIMARY KEY (pledge_id, sponsor_id))`);
    await q.query(
      `CREATE INDEX sponsorship_pledge_sponsor_sponsor ON sponsorship_pledge_sponsor (sponsor_id)`,
    );

    await q.query(`CREATE TABLE sponsorship_payment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pledge_id uuid NOT NULL REFERENCES sponsorship_pledge(id),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      amount bigint NOT NULL CHECK (amount > 0),
      paid_on date NOT NULL,
      method varchar(10) NOT NULL,
      disbursement_id uuid REFERENCES front_disbursement(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (pledge_id, month))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'sponsorship_payment',
      'sponsorship_pledge_sponsor',
      'sponsorship_pledge',
      'front_sponsor',
      'needs_list_entry',
      'solidarity_house_funding',
      'front_disbursement',
      'solidarity_house',
      'front_donation',
      'front_campaign',
      'front_fund',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
