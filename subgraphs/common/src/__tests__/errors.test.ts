import { GraphQLError } from 'graphql';
import { BadUserInputError, formatError } from '../errors';

const format = (error: GraphQLError) =>
  formatError({ message: error.message, extensions: error.extensions }, error);

describe('formatError', () => {
  it("passes the hub's own errors through with their code and field", () => {
    const error = new GraphQLError('wrapped', {
      originalError: new BadUserInputError('is in the future', 'input.date'),
    });
    const original = error.originalError as BadUserInputError;
    expect(formatError({ message: original.message, extensions: original.extensions }, error)).toMatchObject({
      message: 'input.date: is in the future',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.date' },
    });
  });

  it('masks database and programming errors, logging them instead', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sql = new GraphQLError('relation "household" does not exist', {
      originalError: Object.assign(new Error('relation "household" does not exist'), { code: '42P01' }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(format(sql)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('says when the database is unreachable, so callers know to try again, without its address', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('query failed'), {
      driverError: Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    });
    for (const cause of [refused, shutdown, new Error('timeout exceeded when trying to connect')]) {
      expect(format(new GraphQLError('x', { originalError: cause }))).toEqual({
        message: 'the database is unavailable (restarting or unreachable); try again shortly',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    }
    spy.mockRestore();
  });

  it('says what PostgreSQL refused of a value a rule let through (data exceptions), as bad input', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const tooLong = Object.assign(new Error('query failed'), {
      driverError: Object.assign(new Error('value too long for type character varying(5)'), {
        code: '22001',
      }),
    });
    expect(format(new GraphQLError('x', { originalError: tooLong }))).toEqual({
      message: 'a value was refused by the database: value too long for type character varying(5)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // Other SQL errors stay masked: only class 22 is about a value the caller sent.
    const syntax = Object.assign(new Error('syntax error at or near "FROM"'), { code: '42601' });
    expect(format(new GraphQLError('x', { originalError: syntax })).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
    spy.mockRestore();
  });

  it("keeps GraphQL's own validation errors", () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(error).message).toBe('Cannot query field "x" on type "Query".');
  });
});
