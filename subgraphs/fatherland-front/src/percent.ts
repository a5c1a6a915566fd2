/**
 * A rate in the schema's convention, percent (62.5 = 62.5 %), with one decimal, half away from zero, from whole
 * counts: (part × 1000 ÷ whole) is exact enough for Math.round to see a true .5 (e.g. 1 of 16 → 62.5 → 6.3 %).
 */
export const percent1 = (part: number, whole: number) => Math.round((part * 1000) / whole) / 10;
