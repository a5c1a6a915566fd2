/**
 * VND → million VND for the report's "Giá trị (triệu đồng)" column, to 3 decimals: rounded to the nearest
 * 1,000 đồng, halves up (amounts are never negative). Totals are summed in exact đồng before rounding, so a
 * row's millions may differ from the sum of its sub-rows' rounded millions by 0.001.
 */
export function toMillionVnd(vnd: number): number {
  return Math.round(vnd / 1000) / 1000;
}

/** valueVnd in million VND, or null when it was withheld from the reader. */
export const millionsOf = (valueVnd: number | null) => (valueVnd === null ? null : toMillionVnd(valueVnd));
