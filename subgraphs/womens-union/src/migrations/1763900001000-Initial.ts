import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Women's Union's records: chapters, members, "5 không 3 sạch" pledges and reviews, the savings-day campaign,
 * savings-and-loan groups, support given and report submissions. People and households are the register's ids
 * (uuid, no foreign key: the register lives in the People's Committee's database).
 */
export class Initial1763900001000 implements MigrationInterface {
  name = 'Initial1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE chapter (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      level varchar(10) NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'BRANCH')),
      rank smallint GENERATED ALWAYS AS (CASE level WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2
        WHEN 'COMMUNE' THEN 3 ELSE 4 END) STORED,
      unit_code varchar(5) NOT NULL REFERENCES unit_tree(code),
      parent_id uuid REFERENCES chapter(id),
      path text NOT NULL UNIQUE,
      formed_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((level = 'PROVINCE') = (parent_id IS NULL)))`);
    await q.query(`CREATE INDEX chapter_unit ON chapter (unit_code)`);
    await q.query(`CREATE INDEX chapter_parent ON chapter (parent_id)`);
    await q.query(`CREATE INDEX chapter_level ON chapter (level)`);
    await q.query(`CREATE INDEX chapter_listing ON chapter (length(unit_code), unit_code, rank, name, id)`);
    await q.query(`CREATE INDEX chapter_path ON chapter (path text_pattern_ops)`);
    // One province union and one commune chapter per unit; district unions and branches are told apart by name.
    await q.query(`CREATE UNIQUE INDEX chapter_one_per_unit ON chapter (unit_code, level)
      WHERE level IN ('PROVINCE', 'COMMUNE')`);
    await q.query(`CREATE UNIQUE INDEX chapter_name_under_parent ON chapter (parent_id, lower(name))
      WHERE level IN ('DISTRICT', 'BRANCH')`);

    await q.query(`CREATE TABLE union_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      person_id uuid NOT NULL,
      household_id uuid NOT NULL,
      full_name text NOT NULL,
      name_search text NOT NULL,
      member_card_number varchar(30),
      phone varchar(15),
      joined_on date NOT NULL,
      left_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (left_on IS NULL OR left_on >= joined_on))`);
    await q.query(`CREATE INDEX union_member_chapter ON union_member (chapter_id)`);
    await q.query(`CREATE INDEX union_member_unit ON union_member (unit_code, joined_on)`);
    await q.query(`CREATE INDEX union_member_person ON union_member (person_id)`);
    await q.query(`CREATE INDEX union_member_household ON union_member (household_id)`);
    await q.query(`CREATE INDEX union_member_name ON union_member (name_search text_pattern_ops)`);
    await q.query(
      `CREATE UNIQUE INDEX union_member_current ON union_member (person_id) WHERE left_on IS NULL`,
    );
    await q.query(`CREATE INDEX union_member_current_unit ON union_member (unit_code) WHERE left_on IS NULL`);
    await q.query(`CREATE UNIQUE INDEX union_member_card ON union_member (member_card_number)
      WHERE member_card_number IS NOT NULL`);

    await q.query(`CREATE TABLE pledge (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      target_households integer NOT NULL CHECK (target_households BETWEEN 1 AND 100),
      pledged_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pledge_chapter_year UNIQUE (chapter_id, year))`);
    await q.query(`CREATE INDEX pledge_unit ON pledge (unit_code)`);
    await q.query(`CREATE INDEX pledge_year ON pledge (year)`);

    await q.query(`CREATE TABLE pledged_household (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pledge_id uuid NOT NULL REFERENCES pledge(id),
      household_id uuid NOT NULL,
      year integer NOT NULL,
      unit_code varchar(5) NOT NULL,
      status_when_pledged varchar(24) NOT NULL CHECK (status_when_pledged IN ('POOR', 'NEAR_POOR')),
      added_on date NOT NULL,
      CONSTRAINT pledged_household_once_a_year UNIQUE (household_id, year))`);
    await q.query(`CREATE INDEX pledged_household_pledge ON pledged_household (pledge_id)`);
    await q.query(`CREATE INDEX pledged_household_unit ON pledged_household (unit_code)`);

    await q.query(`CREATE TABLE pledge_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pledged_household_id uuid NOT NULL REFERENCES pledged_household(id),
      pledge_id uuid NOT NULL REFERENCES pledge(id),
      household_id uuid NOT NULL,
      year integer NOT NULL,
      unit_code varchar(5) NOT NULL,
      review_date date NOT NULL,
      no_hunger_or_poverty boolean NOT NULL,
      no_law_breaking_or_social_evils boolean NOT NULL,
      no_domestic_violence boolean NOT NULL,
      no_population_policy_violation boolean NOT NULL,
      no_malnourished_or_dropout_children boolean NOT NULL,
      clean_house boolean NOT NULL,
      clean_kitchen boolean NOT NULL,
      clean_alley boolean NOT NULL,
      criteria_met smallint GENERATED ALWAYS AS (
        no_hunger_or_poverty::int + no_law_breaking_or_social_evils::int + no_domestic_violence::int
        + no_population_policy_violation::int + no_malnourished_or_dropout_children::int
        + clean_house::int + clean_kitchen::int + clean_alley::int) STORED,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (extract(year FROM review_date) = year),
      CONSTRAINT pledge_review_once_a_day UNIQUE (pledged_household_id, review_date))`);
    await q.query(`CREATE INDEX pledge_review_pledge ON pledge_review (pledge_id, review_date)`);
    await q.query(`CREATE INDEX pledge_review_household ON pledge_review (household_id)`);
    await q.query(`CREATE INDEX pledge_review_year ON pledge_review (year, review_date)`);

    await q.query(`CREATE TABLE savings_day_campaign (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      edition integer CHECK (edition > 0),
      name text NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      target_amount bigint CHECK (target_amount > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (starts_on <= ends_on),
      CONSTRAINT savings_day_campaign_chapter_year UNIQUE (chapter_id, year))`);
    await q.query(`CREATE INDEX savings_day_campaign_unit ON savings_day_campaign (unit_code)`);
    await q.query(`CREATE INDEX savings_day_campaign_year ON savings_day_campaign (year)`);

    await q.query(`CREATE TABLE savings_day_target (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES savings_day_campaign(id),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      CONSTRAINT savings_day_target_campaign_chapter UNIQUE (campaign_id, chapter_id))`);
    await q.query(`CREATE INDEX savings_day_target_chapter ON savings_day_target (chapter_id)`);
    await q.query(`CREATE INDEX savings_day_target_unit ON savings_day_target (unit_code)`);

    await q.query(`CREATE TABLE savings_day_contribution (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES savings_day_campaign(id),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      member_id uuid REFERENCES union_member(id),
      unit_code varchar(5) NOT NULL,
      date date NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      note text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE INDEX savings_day_contribution_campaign ON savings_day_contribution (campaign_id, chapter_id)`,
    );
    await q.query(
      `CREATE INDEX savings_day_contribution_chapter_date ON savings_day_contribution (chapter_id, date)`,
    );
    await q.query(`CREATE INDEX savings_day_contribution_member ON savings_day_contribution (member_id)`);
    await q.query(`CREATE INDEX savings_day_contribution_unit ON savings_day_contribution (unit_code, date)`);
    await q.query(`CREATE INDEX savings_day_contribution_date ON savings_day_contribution (date)`);

    await q.query(`CREATE TABLE savings_loan_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      name text NOT NULL,
      lender varchar(10) NOT NULL,
      leader_member_id uuid NOT NULL REFERENCES union_member(id),
      meeting_frequency varchar(12) NOT NULL,
      meeting_day smallint NOT NULL,
      formed_on date NOT NULL,
      status varchar(10) NOT NULL,
      status_since date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (status_since >= formed_on))`);
    await q.query(
      `CREATE UNIQUE INDEX savings_loan_group_name ON savings_loan_group (unit_code, lower(name))`,
    );
    await q.query(`CREATE INDEX savings_loan_group_chapter ON savings_loan_group (chapter_id)`);
    await q.query(`CREATE INDEX savings_loan_group_lender ON savings_loan_group (lender)`);
    await q.query(`CREATE INDEX savings_loan_group_status ON savings_loan_group (status)`);
    await q.query(`CREATE INDEX savings_loan_group_leader ON savings_loan_group (leader_member_id)`);

    await q.query(`CREATE TABLE savings_loan_group_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      group_id uuid NOT NULL REFERENCES savings_loan_group(id),
      member_id uuid NOT NULL REFERENCES union_member(id),
      lender varchar(10) NOT NULL,
      joined_on date NOT NULL,
      left_on date,
      CHECK (left_on IS NULL OR left_on >= joined_on))`);
    await q.query(`CREATE INDEX savings_loan_group_member_group ON savings_loan_group_member (group_id)`);
    await q.query(`CREATE INDEX savings_loan_group_member_member ON savings_loan_group_member (member_id)`);
    // A woman borrows through one group per lender at a time.
    await q.query(`CREATE UNIQUE INDEX savings_loan_group_member_one_per_lender
      ON savings_loan_group_member (member_id, lender) WHERE left_on IS NULL`);

    await q.query(`CREATE TABLE support_activity (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      kind varchar(20) NOT NULL,
      household_id uuid NOT NULL,
      person_id uuid,
      date date NOT NULL,
      value bigint NOT NULL CHECK (value > 0),
      note text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX support_activity_chapter_date ON support_activity (chapter_id, date)`);
    await q.query(`CREATE INDEX support_activity_unit_date ON support_activity (unit_code, date)`);
    await q.query(`CREATE INDEX support_activity_household ON support_activity (household_id)`);
    await q.query(`CREATE INDEX support_activity_kind ON support_activity (kind)`);
    await q.query(`CREATE INDEX support_activity_date ON support_activity (date)`);

    await q.query(`CREATE TABLE report_submission (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chapter_id uuid NOT NULL REFERENCES chapter(id),
      unit_code varchar(5) NOT NULL,
      period_code varchar(8) NOT NULL,
      submitted_on date NOT NULL,
      submitted_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT report_submission_chapter_period UNIQUE (chapter_id, period_code))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'report_submission',
      'support_activity',
      'savings_loan_group_member',
      'savings_loan_group',
      'savings_day_contribution',
      'savings_day_target',
      'savings_day_campaign',
      'pledge_review',
      'pledged_household',
      'pledge',
      'union_member',
      'chapter',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
