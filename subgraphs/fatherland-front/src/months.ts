/** Months as 'YYYY-MM' codes; stored as the first day of the month in `date` columns. */

export const monthOfDate = (isoDate: string): string => isoDate.slice(0, 7);
export const monthStartDate = (month: string): string => `${month}-01`;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Number of months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthCount(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return Math.max(0, ty * 12 + tm - (fy * 12 + fm) + 1);
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  return Array.from({ length: monthCount(from, to) }, (_, i) => addMonths(from, i));
}

/** Last day of a month, ISO date. */
export function monthEndDate(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
