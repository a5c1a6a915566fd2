import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, validate } from 'graphql';
import { PeriodScalar } from '../period';
import { MoneyScalar } from '../schema/scalars';

// A bad Money or PeriodCode written in the query is a validation error of its own message with no foreign
// original error, so formatError shows it as it is rather than as "Internal server error".
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      f: { type: GraphQLString, args: { period: { type: PeriodScalar }, amount: { type: MoneyScalar } } },
    },
  }),
});

describe('scalar input errors', () => {
  it.each([
    ['{ f(period: "2024-Q5") }', /"2024-Q5" is not a period code/],
    ['{ f(period: 2024) }', /A period code is a string/],
    ['{ f(amount: 9007199254740993) }', /Money must be a whole number of đồng within/],
    ['{ f(amount: 1000.5) }', /Money must be a whole number of đồng, got 1000.5/],
  ])('%s', (query, message) => {
    const [error] = validate(schema, parse(query));
    expect(error?.message).toMatch(message);
    expect((error?.originalError as GraphQLError | undefined)?.originalError).toBeUndefined();
    expect(error?.originalError ?? error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
