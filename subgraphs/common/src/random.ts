/** A seeded random number generator: numbers in [0, 1), the same sequence for the same seed. */
export type Rng = () => number;

/**
 * mulberry32: a tiny seedable PRNG, so demo data and generated data come out the same at every run (never
 * Math.random for data).
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
