import { dropForgetAreaRollupsOn, forgetAreaRollupsOn } from '@chung-tay/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AREA_FIGURES } from '../area/area-figures';

/**
 * Keeps the rolled-up area figures (AREA_FIGURES, the lenders' part of AreaPeriod) right: every table their SQL
 * reads forgets them from the earliest date a write touches (see forgetAreaRollupsOn).
 * - loan: a loan counts from its disbursement (stock and flow), its write-off from its write-off date; its
 *   application date is the row's earliest date (approval, disbursement, closing and write-off come after it),
 *   so listing every date column makes a loan whose disbursement is set or moved forget from its application
 *   (before it, no date at all would forget everything). Only updates of the columns the figures read count:
 *   a status, approval, closing (set with a repayment dated that day, which forgets on its own) or a note
 *   changes no figure, and closings are daily.
 * - loan_instalment: an instalment counts from its loan's disbursement, a date it does not carry (its due date
 *   can be months later): any write forgets every rollup of the figures.
 * - repayment_allocation: what was paid on an instalment counts from the day it was paid.
 * - unit_tree: which units an area holds, for every period: any write forgets everything.
 * Not read by the figures, so without triggers: loan_repayment (its allocations carry the figures),
 * savings_transaction, borrower, lender, loan_product, lending_centre, lending_group.
 */
export class AreaRollupTriggers1763900008500 implements MigrationInterface {
  name = 'AreaRollupTriggers1763900008500';

  async up(q: QueryRunner): Promise<void> {
    const figures = [AREA_FIGURES];
    for (const sql of [
      ...forgetAreaRollupsOn({
        table: 'loan',
        figures,
        dates: [
          'applied_on',
          'approved_on',
          'disbursed_on',
          'first_repayment_date',
          'maturity_date',
          'closed_on',
          'written_off_on',
        ],
        updateOf: [
          'id',
          'unit_code',
          'borrower_id',
          'principal',
          'applied_on',
          'disbursed_on',
          'written_off_on',
          'written_off_amount',
        ],
      }),
      ...forgetAreaRollupsOn({ table: 'loan_instalment', figures, dates: [] }),
      ...forgetAreaRollupsOn({ table: 'repayment_allocation', figures, dates: ['paid_on'] }),
      ...forgetAreaRollupsOn({ table: 'unit_tree', figures, dates: [] }),
    ]) {
      await q.query(sql);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['loan', 'loan_instalment', 'repayment_allocation', 'unit_tree'])
      for (const sql of dropForgetAreaRollupsOn(table)) await q.query(sql);
  }
}
