import { createHmac } from 'node:crypto';

/**
 * Statistical disclosure control for figures that leave the organisation owning the records behind them
 * (Hundepool et al., "Statistical Disclosure Control", Wiley 2012, ch. 5 "Magnitude tabular data" and ch. 6
 * "Frequency tables"; the Australian Bureau of Statistics' cell-key perturbation for amounts):
 *
 * - Threshold rule (primary suppression): a figure built from fewer than N records is withheld — a count of
 *   1 to N−1 is shown as "fewer than N", an amount from fewer than N records is not shown at all.
 * - Counts of N or more are rounded to base N, so two published counts never subtract to an exact small count.
 * - Amounts from N or more records are moved by a keyed amount between 10 % and 50 % of the cell's mean record
 *   (rounded up to one significant figure), up or down. The shift is never zero, so a published amount is never
 *   exact, and a difference of two published amounts (a quarter minus two of its months, a province minus its
 *   other communes, a total minus the other buckets) misses the withheld cell by up to a whole record. The shift
 *   is drawn from the exact amount and record count under the organisation's secret key, so asking the same
 *   figure again, for another period code or area that holds the same records, gives the same number: nothing
 *   to average away.
 *
 * Secondary suppression (withholding enough neighbours of each small cell) was rejected: a reader chooses any
 * area (commune, province, retired district) and any nested period, so the set of published tables is
 * unbounded and no fixed pattern of suppressed neighbours covers it.
 */

/** N: the fewest records a published figure may come from (DISCLOSURE_MIN_RECORDS). */
export const DEFAULT_MIN_RECORDS = 5;

function checkThreshold(minRecords: number) {
  if (!Number.isInteger(minRecords) || minRecords < 2)
    throw new RangeError(`the minimum record count must be a whole number of at least 2, not ${minRecords}`);
}

function checkCount(count: number, what: string) {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`${what} must be a whole number of at least 0, not ${count}`);
}

/** A count as others may see it: 0 stays 0, 1 to N−1 is withheld (null), N and up is rounded to base N. */
export function shownCount(count: number, minRecords = DEFAULT_MIN_RECORDS): number | null {
  checkThreshold(minRecords);
  checkCount(count, 'a count');
  if (count === 0) return 0;
  if (count < minRecords) return null;
  return Math.max(minRecords, Math.round(count / minRecords) * minRecords);
}

/** The mean record of a cell rounded up to one significant figure: the size of the shift (1 at least). */
export function shiftScale(amount: number, records: number): number {
  const mean = Math.abs(amount) / Math.max(records, 1);
  if (mean < 1) return 1;
  const unit = 10 ** Math.floor(Math.log10(mean));
  return Math.ceil(mean / unit) * unit;
}

/** The keyed shift of an exact amount from `records` records: ±(10 % – 50 %) of shiftScale, never 0. */
export function keyedShift(key: string, amount: number, records: number): number {
  const digest = createHmac('sha256', key).update(`${amount}|${records}`).digest();
  const fraction = 0.1 + (0.4 * digest.readUInt32BE(0)) / 2 ** 32;
  const size = Math.max(1, Math.round(shiftScale(amount, records) * fraction));
  return digest[4] & 1 ? size : -size;
}

/**
 * An amount (whole VND) as others may see it: withheld (null) when it comes from fewer than N records, else
 * shifted by `keyedShift`. Zero from N or more records stays zero (the shift scales with the mean record).
 */
export function shownAmount(
  amount: number,
  records: number,
  key: string,
  minRecords = DEFAULT_MIN_RECORDS,
): number | null {
  checkThreshold(minRecords);
  checkCount(records, 'a record count');
  if (!Number.isSafeInteger(amount)) throw new RangeError(`an amount must be whole VND, not ${amount}`);
  if (records === 0 && amount === 0) return 0;
  if (records < minRecords) return null;
  if (amount === 0) return 0;
  return amount + keyedShift(key, amount, records);
}

/** Keys for the shift: one per organisation, from its secret, so no two organisations share shifts. */
export const shiftKey = (secret: string, organisation: string) =>
  createHmac('sha256', secret).update(`figure-shift|${organisation}`).digest('base64url');
