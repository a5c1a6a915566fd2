import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '@chung-tay/common';
import { dong } from '../money';
import { FrontDisbursement } from './disbursement.entity';
import type { FrontFund } from './fund.entity';

/**
 * The balance the day a payment is made and its lowest point on any later day that already has entries. The
 * balance is a step function that changes only on days with entries, so those days are the only ones to check.
 */
const HEADROOM_SQL = `WITH entries AS (
    SELECT date, amount FROM front_donation WHERE fund_id = $1
    UNION ALL SELECT date, -amount FROM front_disbursement WHERE fund_id = $1
  ), running AS (
    SELECT date, sum(sum(amount)) OVER (ORDER BY date) AS balance FROM entries GROUP BY date
  ), low AS (
    SELECT date, balance FROM running WHERE date > $2 ORDER BY balance, date LIMIT 1
  )
  SELECT (SELECT coalesce(sum(amount), 0) FROM entries WHERE date <= $2) AS balance_on,
         (SELECT balance FROM low) AS later_low, (SELECT date::text FROM low) AS later_low_date`;

export type NewDisbursement = Omit<FrontDisbursement, 'id' | 'createdAt' | 'fundId' | 'unitCode'>;

/**
 * Pays out of a fund inside the caller's transaction. The fund row is locked first (SELECT … FOR UPDATE), so two
 * payments from one fund run one after the other and the second sees the first: neither can take the balance
 * below zero on its own day or on any later day already recorded.
 */
export async function disburse(
  em: EntityManager,
  fund: FrontFund,
  row: NewDisbursement,
  field: string,
): Promise<FrontDisbursement> {
  await em.query('SELECT id FROM front_fund WHERE id = $1 FOR UPDATE', [fund.id]);
  const [figures] = await em.query(HEADROOM_SQL, [fund.id, row.date]);
  const balanceOn = Number(figures.balance_on);
  if (balanceOn - row.amount < 0) {
    throw new BadUserInputError(
      `the fund's balance on ${row.date} is ${dong(balanceOn)}; paying ${dong(row.amount)} would take it ` +
        `below zero (${dong(balanceOn - row.amount)})`,
      field,
      { balance: balanceOn },
    );
  }
  if (figures.later_low != null && Number(figures.later_low) - row.amount < 0) {
    const low = Number(figures.later_low);
    throw new BadUserInputError(
      `paying ${dong(row.amount)} on ${row.date} would take the balance below zero on ` +
        `${figures.later_low_date} (${dong(low - row.amount)}), given the entries already recorded after ${row.date}`,
      field,
      { balance: low },
    );
  }
  const repo = em.getRepository(FrontDisbursement);
  return repo.save(repo.create({ ...row, fundId: fund.id, unitCode: fund.unitCode }));
}
