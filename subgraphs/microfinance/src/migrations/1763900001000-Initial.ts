import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lender's books: lenders and products, centres and groups, borrowers, loans with their schedules,
 * repayments (and how each was shared over the schedule) and savings. Register ids (person, household,
 * savings-and-loan group) are plain uuids: those records live in other organisations' databases.
 */
export class Initial1763900001000 implements MigrationInterface {
  name = 'Initial1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE lender (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(20) NOT NULL UNIQUE,
      name text NOT NULL,
      kind varchar(30) NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX lender_unit ON lender (unit_code)`);

    await q.query(`CREATE TABLE loan_product (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      lender_id uuid NOT NULL REFERENCES lender(id),
      code varchar(30) NOT NULL UNIQUE,
      name text NOT NULL,
      kind varchar(30) NOT NULL,
      interest_method varchar(20) NOT NULL,
      repayment_frequency varchar(10) NOT NULL,
      monthly_interest_rate numeric(6,4) NOT NULL CHECK (monthly_interest_rate > 0 AND monthly_interest_rate <= 10),
      min_term integer NOT NULL CHECK (min_term >= 1),
      max_term integer NOT NULL CHECK (max_term >= min_term AND max_term <= 260),
      min_amount bigint NOT NULL CHECK (min_amount >= max_term),
      max_amount bigint NOT NULL CHECK (max_amount >= min_amount),
      compulsory_savings_percent numeric(5,2) NOT NULL DEFAULT 0
        CHECK (compulsory_savings_percent BETWEEN 0 AND 100),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX loan_product_lender ON loan_product (lender_id)`);
    await q.query(`CREATE INDEX loan_product_kind ON loan_product (kind)`);

    await q.query(`CREATE TABLE lending_centre (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      lender_id uuid NOT NULL REFERENCES lender(id),
      code varchar(30) NOT NULL UNIQUE,
      name text NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      meeting_day varchar(9) NOT NULL,
      opened_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX lending_centre_lender ON lending_centre (lender_id)`);
    await q.query(`CREATE INDEX lending_centre_unit ON lending_centre (unit_code)`);

    await q.query(`CREATE TABLE lending_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL REFERENCES lending_centre(id),
      lender_id uuid NOT NULL REFERENCES lender(id),
      code varchar(40) NOT NULL UNIQUE,
      name text NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      formed_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX lending_group_centre ON lending_group (centre_id)`);
    await q.query(`CREATE INDEX lending_group_lender ON lending_group (lender_id)`);
    await q.query(`CREATE INDEX lending_group_unit ON lending_group (unit_code)`);

    await q.query(`CREATE SEQUENCE borrower_number`);
    await q.query(`CREATE TABLE borrower (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(20) NOT NULL UNIQUE,
      person_id uuid NOT NULL UNIQUE,
      household_id uuid NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      full_name text NOT NULL,
      phone varchar(15),
      household_status varchar(24) NOT NULL,
      poor_category varchar(1),
      registered_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX borrower_household ON borrower (household_id)`);
    await q.query(`CREATE INDEX borrower_unit ON borrower (unit_code)`);

    await q.query(`CREATE SEQUENCE loan_account_number`);
    await q.query(`CREATE TABLE loan (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_number varchar(30) NOT NULL UNIQUE,
      lender_id uuid NOT NULL REFERENCES lender(id),
      product_id uuid NOT NULL REFERENCES loan_product(id),
      product_kind varchar(30) NOT NULL,
      borrower_id uuid NOT NULL REFERENCES borrower(id),
      person_id uuid NOT NULL,
      household_id uuid NOT NULL,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      lending_group_id uuid REFERENCES lending_group(id),
      savings_loan_group_id uuid,
      status varchar(12) NOT NULL,
      principal bigint NOT NULL CHECK (principal > 0),
      monthly_interest_rate numeric(6,4) NOT NULL,
      interest_method varchar(20) NOT NULL,
      repayment_frequency varchar(10) NOT NULL,
      term_instalments integer NOT NULL CHECK (term_instalments > 0),
      compulsory_savings_percent numeric(5,2) NOT NULL,
      purpose text NOT NULL,
      household_status_at_application varchar(24) NOT NULL,
      applied_on date NOT NULL,
      approved_on date CHECK (approved_on >= applied_on),
      disbursed_on date CHECK (disbursed_on >= approved_on),
      first_repayment_date date CHECK (first_repayment_date > disbursed_on),
      maturity_date date,
      closed_on date CHECK (closed_on >= disbursed_on),
      written_off_on date CHECK (written_off_on >= disbursed_on),
      written_off_amount bigint CHECK (written_off_amount >= 0),
      write_off_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT loan_one_group CHECK (lending_group_id IS NULL OR savings_loan_group_id IS NULL))`);
    for (const column of [
      'lender_id',
      'product_id',
      'product_kind',
      'borrower_id',
      'person_id',
      'household_id',
      'unit_code',
      'lending_group_id',
      'savings_loan_group_id',
      'status',
      'disbursed_on',
      'written_off_on',
    ]) {
      await q.query(`CREATE INDEX loan_${column}_idx ON loan (${column})`);
    }

    await q.query(`CREATE TABLE loan_instalment (
      loan_id uuid NOT NULL REFERENCES loan(id),
      number integer NOT NULL CHECK (number >= 1),
      due_date date NOT NULL,
      principal_due bigint NOT NULL CHECK (principal_due >= 0),
      interest_due bigint NOT NULL CHECK (interest_due >= 0),
      balance_after bigint NOT NULL CHECK (balance_after >= 0),
      PRIMARY KEY (loan_id, number))`);
    await q.query(`CREATE INDEX loan_instalment_due ON loan_instalment (due_date)`);

    await q.query(`CREATE TABLE loan_repayment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      loan_id uuid NOT NULL REFERENCES loan(id),
      paid_on date NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      principal_part bigint NOT NULL CHECK (principal_part >= 0),
      interest_part bigint NOT NULL CHECK (interest_part >= 0),
      savings_deposit bigint NOT NULL DEFAULT 0 CHECK (savings_deposit >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (amount = principal_part + interest_part))`);
    await q.query(`CREATE INDEX loan_repayment_loan_date ON loan_repayment (loan_id, paid_on)`);
    await q.query(`CREATE INDEX loan_repayment_date ON loan_repayment (paid_on)`);

    await q.query(`CREATE TABLE repayment_allocation (
      repayment_id uuid NOT NULL REFERENCES loan_repayment(id),
      instalment_number integer NOT NULL,
      loan_id uuid NOT NULL,
      paid_on date NOT NULL,
      principal bigint NOT NULL CHECK (principal >= 0),
      interest bigint NOT NULL CHECK (interest >= 0),
      PRIMARY KEY (repayment_id, instalment_number),
      FOREIGN KEY (loan_id, instalment_number) REFERENCES loan_instalment(loan_id, number))`);
    await q.query(`CREATE INDEX repayment_allocation_loan_date ON repayment_allocation (loan_id, paid_on)`);
    await q.query(`CREATE INDEX repayment_allocation_date ON repayment_allocation (paid_on)`);

    await q.query(`CREATE TABLE savings_transaction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      borrower_id uuid NOT NULL REFERENCES borrower(id),
      lender_id uuid NOT NULL REFERENCES lender(id),
      loan_id uuid REFERENCES loan(id),
      date date NOT NULL,
      kind varchar(10) NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE INDEX savings_transaction_borrower ON savings_transaction (borrower_id, lender_id, date)`,
    );
    await q.query(`CREATE INDEX savings_transaction_loan ON savings_transaction (loan_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'savings_transaction',
      'repayment_allocation',
      'loan_repayment',
      'loan_instalment',
      'loan',
      'borrower',
      'lending_group',
      'lending_centre',
      'loan_product',
      'lender',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP SEQUENCE loan_account_number`);
    await q.query(`DROP SEQUENCE borrower_number`);
  }
}
