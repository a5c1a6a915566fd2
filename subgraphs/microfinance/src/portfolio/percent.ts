/**
 * A rate in the schema's convention, percent (68.91 = 68.91 %): 100 × part ÷ whole rounded half up to 2 decimals,
 * in integers (province sums pass 2^53 ÷ 10 000); null without a whole.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const p = BigInt(part) * 20_000n + BigInt(whole);
  return Number(p / (2n * BigInt(whole))) / 100;
}
