import { dropForgetAreaRollupsOn, forgetAreaRollupsOn } from '@chung-tay/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AREA_FIGURES } from '../area/area-figures.sql';

const { fund, houses, sponsorship, coverage } = AREA_FIGURES;

/**
 * Keeps the rolled-up area figure sets (AREA_FIGURES) right: every table their SQL reads forgets the sets that
 * read it from the earliest date a write touches (see forgetAreaRollupsOn). Every update counts (no updateOf):
 * these rows change seldom after they are written, and a row's earliest date bounds whatever else in it changes.
 * - front_donation, front_disbursement (fund): an entry counts from its date — in the flows of the period it
 *   falls in and in every balance after it.
 * - solidarity_house (houses): a house counts from its approval (approved, in progress); building and handing
 *   over come after it, its work and amount count from its approval too. Every date column is listed, so a
 *   house without an approval date before a handover date is still covered.
 * - sponsorship_pledge (sponsorship, coverage): a pledge counts from its signing (signed, active, arrears,
 *   running pledges) and its first month; its end (end month, ended on) and amounts change what it counts from
 *   its earliest date on. Its payments count by their own date, and the payment service refuses one before the
 *   signing.
 * - sponsorship_payment (sponsorship): a payment counts from the day it was paid (paid in the period, arrears
 *   on every later day).
 * - needs_list_entry (coverage): a person is in need from listing to removal.
 * - sponsorship_pledge_sponsor, front_sponsor (coverage): a pledge's sponsors and their levels, and the district
 *   units checked, carry no date: any write forgets every coverage rollup.
 * - unit_tree (all four): which units an area holds, for every period: any write forgets everything.
 * Not read by the figure sets, so without triggers: front_fund, front_campaign, solidarity_house_funding.
 */
export class AreaRollupTriggers1763900008600 implements MigrationInterface {
  name = 'AreaRollupTriggers1763900008600';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      ...forgetAreaRollupsOn({ table: 'front_donation', figures: [fund], dates: ['date'] }),
      ...forgetAreaRollupsOn({ table: 'front_disbursement', figures: [fund], dates: ['date'] }),
      ...forgetAreaRollupsOn({
        table: 'solidarity_house',
        figures: [houses],
        dates: ['approved_on', 'started_on', 'completed_on', 'cancelled_on'],
      }),
      ...forgetAreaRollupsOn({
        table: 'sponsorship_pledge',
        figures: [sponsorship, coverage],
        dates: ['signed_on', 'start_month', 'end_month', 'ended_on'],
      }),
      ...forgetAreaRollupsOn({ table: 'sponsorship_payment', figures: [sponsorship], dates: ['paid_on'] }),
      ...forgetAreaRollupsOn({
        table: 'needs_list_entry',
        figures: [coverage],
        dates: ['listed_on', 'removed_on'],
      }),
      ...forgetAreaRollupsOn({ table: 'sponsorship_pledge_sponsor', figures: [coverage], dates: [] }),
      ...forgetAreaRollupsOn({ table: 'front_sponsor', figures: [coverage], dates: [] }),
      ...forgetAreaRollupsOn({
        table: 'unit_tree',
        figures: [fund, houses, sponsorship, coverage],
        dates: [],
      }),
    ]) {
      await q.query(sql);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'front_donation',
      'front_disbursement',
      'solidarity_house',
      'sponsorship_pledge',
      'sponsorship_payment',
      'needs_list_entry',
      'sponsorship_pledge_sponsor',
      'front_sponsor',
      'unit_tree',
    ])
      for (const sql of dropForgetAreaRollupsOn(table)) await q.query(sql);
  }
}
