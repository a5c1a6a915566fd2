import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `bigint` comes back from `pg` as a string; money and counts here stay 53-bit-safe numbers. */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? value : Number(value)),
};

/** `numeric` (percentages) likewise comes back as a string. */
export const numericTransformer = bigintTransformer;
