import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'CONFLICT';

/** Base of the few errors the hub shows to callers; anything else is masked. */
export class HubError extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    extensions: Record<string, unknown> = {},
    httpStatus?: number,
  ) {
    super(message, {
      extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
  }
}

/** Bad input. `field` is the input path (e.g. `input.members[1].nationalId`) so a form can point at it. */
export class BadUserInputError extends HubError {
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(field ? `${field}: ${message}` : message, 'BAD_USER_INPUT', {
      ...(field ? { field } : {}),
      ...extra,
    });
  }
}
export class ForbiddenError extends HubError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}
export class UnauthenticatedError extends HubError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', {}, 401);
  }
}
export class NotFoundError extends HubError {
  constructor(what: string, key: string) {
    super(`${what} ${key} was not found`, 'NOT_FOUND');
  }
}
export class ConflictError extends HubError {
  constructor(message: string, field?: string) {
    super(message, 'CONFLICT', field ? { field } : {});
  }
}

const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function flattenValidation(
  errors: ValidationFailure[],
  prefix: string,
): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : `${prefix}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

const UNREACHABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/**
 * Whether an error says the database could not be reached (down, restarting, cut off) rather than that a
 * statement was wrong: network errors, PostgreSQL's connection exceptions (class 08) and shutdown codes (57P01–03),
 * and node-postgres's own connect timeout and cut connection.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  type Cause = { code?: unknown; message?: unknown; driverError?: unknown; thrownValue?: unknown };
  for (let e = error as Cause | undefined; e;) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNREACHABLE_NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code)) return true;
    if (
      typeof e.message === 'string' &&
      /^(Connection terminated|timeout exceeded when trying to connect)/.test(e.message)
    )
      return true;
    // typeorm keeps the driver's error; graphql wraps a value that is not an Error of its own realm.
    e = (e.driverError ?? e.thrownValue) as Cause | undefined;
  }
  return false;
}

/**
 * PostgreSQL's refusal of a value a statement carried (SQLSTATE class 22, data exception: text too long for its
 * column, a number out of range, a malformed uuid or date, a NUL byte), or null. The kit's argument guard
 * refuses the usual cases by name first; this catches the value a rule missed, so the caller still learns what
 * was wrong (PostgreSQL's message names the type, never other rows) rather than an internal error.
 */
export function databaseRefusedValue(error: unknown): string | null {
  type Cause = { code?: unknown; message?: unknown; driverError?: unknown; thrownValue?: unknown };
  for (let e = error as Cause | undefined; e; e = (e.driverError ?? e.thrownValue) as Cause | undefined) {
    if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code) && typeof e.message === 'string') {
      return e.message;
    }
  }
  return null;
}

/** What a caller sees when the subgraph's database is unreachable: it is worth trying again shortly. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE =
  'the database is unavailable (restarting or unreachable); try again shortly';

/**
 * Apollo `formatError`: our own errors and GraphQL's request errors pass through; type-graphql's
 * argument validation becomes BAD_USER_INPUT naming each field; everything else (SQL, driver, bugs)
 * is logged in full and shown to the caller only as an opaque internal error.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.code as string | undefined;
  const validation = (original as { extensions?: { validationErrors?: ValidationFailure[] } })?.extensions
    ?.validationErrors;
  if (validation) {
    const argName = (original as { argName?: string }).argName ?? 'input';
    const problems = flattenValidation(validation, argName);
    return {
      ...formatted,
      message: problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    };
  }
  if (original instanceof HubError) return formatted;
  // GraphQL's own request errors (parse, validation, variable coercion) carry no foreign original error.
  if (code && SAFE_CODES.has(code) && original instanceof GraphQLError) return formatted;
  if (isDatabaseUnavailable(original)) {
    console.error(`Database unavailable: ${(original as Error)?.message ?? String(original)}`);
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: DATABASE_UNAVAILABLE },
    };
  }
  const refused = databaseRefusedValue(original);
  if (refused) {
    console.error(`Value refused by the database: ${refused}`);
    return {
      message: `a value was refused by the database: ${refused}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  console.error('Unexpected error:', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
