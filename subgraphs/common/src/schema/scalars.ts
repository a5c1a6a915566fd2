import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
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

/**
 * A scalar's refusal of an input value, as a GraphQL error coded BAD_USER_INPUT. GraphQL reports such an error as
 * it is; a plain TypeError thrown from parseLiteral (a value written in the query) would reach formatError as an
 * unexpected error, and the caller would see only "Internal server error".
 */
export function refuseInput(message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function moneyInput(value: unknown): number {
  try {
    return toMoney(value);
  } catch (error) {
    return refuseInput((error as Error).message);
  }
}

/** Whole Vietnamese đồng. Totals pass 2^31, so this is a 53-bit-safe integer, never a float or a 32-bit Int. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount in whole Vietnamese đồng (VND), a 53-bit-safe integer.',
  serialize: toMoney,
  parseValue: moneyInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) refuseInput(`Money must be a whole number of đồng, got ${print(ast)}`);
    return moneyInput(ast.value);
  },
});

/** ISO calendar date (YYYY-MM-DD) carried as a string, as PostgreSQL `date` columns are. */
export const DateScalar = GraphQLLocalDate;
