import { mulberry32, type Rng } from '../random';

/*
 * Seeded randomness for the demo and the generator (never Math.random), so their data are the same at every run:
 * mulberry32, and for the generator one PRNG per purpose, so adding draws to one organisation does not shift
 * another's.
 */

/** A PRNG for one purpose (`stream`) of one seed: the stream name is hashed (FNV-1a) into the seed. */
export function streamRng(seed: number, stream: string): Rng {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  return mulberry32(h >>> 0);
}

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const chance = (rng: Rng, p: number) => rng() < p;

/** Index drawn with the given weights (they need not sum to 1). */
export function weighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

/** A random-looking UUID (version 4 layout) made from the seeded PRNG, so ids repeat with the seed. */
export function uuidFrom(rng: Rng): () => string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return () => {
    const a = hex((rng() * 2 ** 32) >>> 0);
    const b = hex((rng() * 2 ** 32) >>> 0);
    const c = hex((rng() * 2 ** 32) >>> 0);
    const d = hex((rng() * 2 ** 32) >>> 0);
    const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
}
