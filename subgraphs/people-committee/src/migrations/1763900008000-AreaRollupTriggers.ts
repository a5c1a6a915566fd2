import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropForgetAreaRollupsOn, forgetAreaRollupsOn, type RollupSource } from '@chung-tay/common';

const HOUSEHOLDS_ON = 'pc.householdsOn';
const MOVES = 'pc.householdMoves';
const HEALTH_INSURANCE = 'pc.healthInsurance';
const BENEFITS = 'pc.areaBenefits';
const ALL = [HOUSEHOLDS_ON, MOVES, HEALTH_INSURANCE, BENEFITS];

/**
 * Every table the rolled-up area figures read (area-figures.loaders.ts: ROLLED_UP), with the writes that change
 * them; each write forgets the rollups it may change, in its own transaction. Frozen here: a figure that comes to
 * read another table (or column) needs a new migration.
 */
const SOURCES: RollupSource[] = [
  // The unit tree (code, parent_code, successor_codes) decides which households every area counts: any change
  // forgets everything (it hardly ever changes).
  { table: 'administrative_unit', figures: ALL, dates: [] },
  // A household counts in the area of its current unit, on every day: moving it (or deleting it) changes all
  // past figures. A new household counts only through its status changes and benefits (their own triggers), and
  // its status columns are a copy of its latest status change, which the figures read instead.
  {
    table: 'household',
    figures: ALL,
    dates: [],
    updateOf: ['id', 'unit_code'],
    events: ['update', 'delete', 'truncate'],
  },
  // The status history: a change counts from its effective date on (any column of it, before or after).
  {
    table: 'household_status_change',
    figures: [HOUSEHOLDS_ON, MOVES, HEALTH_INSURANCE],
    dates: ['effective_date'],
  },
  // The people counted for health insurance are the household's members now, not on the day: any change of
  // membership forgets every health-insurance rollup.
  {
    table: 'person',
    figures: [HEALTH_INSURANCE],
    dates: [],
    updateOf: ['id', 'household_id'],
    events: ['insert', 'update', 'delete', 'truncate'],
  },
  // Support counts in the period of its date. A health-insurance card counts in the rollups of its year that
  // take cards through its date or later (the year's end, or yesterday while the year runs; today's are added
  // live); their last day is that day or later, so forgetting from the card's date covers them too.
  { table: 'benefit', figures: [HEALTH_INSURANCE, BENEFITS], dates: ['date'] },
  // A programme's kind groups support and says which support is health insurance. A new programme has no
  // benefits yet (they reference it), so only changes and removals matter.
  {
    table: 'programme',
    figures: [HEALTH_INSURANCE, BENEFITS],
    dates: [],
    updateOf: ['id', 'kind'],
    events: ['update', 'delete', 'truncate'],
  },
];

/** Writes to the register forget the area rollups they change (see forgetAreaRollupsOn in the kit). */
export class AreaRollupTriggers1763900008000 implements MigrationInterface {
  name = 'AreaRollupTriggers1763900008000';

  async up(q: QueryRunner): Promise<void> {
    for (const source of SOURCES) for (const sql of forgetAreaRollupsOn(source)) await q.query(sql);
    // Rollups stored before these triggers existed may be stale.
    await q.query(`DELETE FROM area_rollup WHERE figure = ANY($1)`, [ALL]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of SOURCES) for (const sql of dropForgetAreaRollupsOn(table)) await q.query(sql);
    await q.query(`DELETE FROM area_rollup WHERE figure = ANY($1)`, [ALL]);
  }
}
