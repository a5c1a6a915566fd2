import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

function toMoney(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n === 'bigint' && n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER)) {
    return Number(n);
  }
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new TypeError(
      `Money must be a whole number of đồng within ±${Number.MAX_SAFE_INTEGER}, got ${String(value)}`,
    );
  }
  return n;
}

/** Whole Vietnamese đồng. Totals pass 2^31, so this is a 53-bit-safe integer, never a float or a 32-bit Int. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount in whole Vietnamese đồng (VND), a 53-bit-safe integer.',
  serialize: toMoney,
  parseValue: toMoney,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new TypeError('Money must be a whole number of đồng');
    return toMoney(ast.value);
  },
});

/** ISO calendar date (YYYY-MM-DD) carried as a string, as PostgreSQL `date` columns are. */
export const DateScalar = GraphQLLocalDate;
