import type { ApolloServer } from '@apollo/server';
import type { Caller } from '@chung-tay/common';

/** The gateway's Apollo context: the caller it verified, whom its assertions to the subgraphs speak for. */
export interface ExportContext {
  caller?: Caller;
}

/** Why an export was refused, as the HTTP answer says it. */
export class ExportRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toJSON() {
    return {
      errors: [
        {
          message: this.message,
          extensions: { code: this.code, ...(this.field ? { field: this.field } : {}) },
        },
      ],
    };
  }
}

/**
 * The caller's mistakes first: an export shows the error that tells them what to change. No 401 here: the caller's
 * session was checked before the export ran, and a subgraph's refusal is its organisation being unavailable.
 */
const STATUS_BY_CODE: [string, number][] = [
  ['FORBIDDEN', 403],
  ['BAD_USER_INPUT', 400],
  ['GRAPHQL_VALIDATION_FAILED', 400],
  ['GRAPHQL_PARSE_FAILED', 400],
  ['NOT_FOUND', 404],
  ['CONFLICT', 409],
];

interface ResponseError {
  message: string;
  extensions?: { code?: unknown; field?: unknown };
}

/** The HTTP refusal for GraphQL errors; errors without a caller-facing code mean a subgraph failed (502). */
export function refusalFor(errors: readonly ResponseError[]): ExportRefused {
  for (const [code, status] of STATUS_BY_CODE) {
    const error = errors.find((e) => e.extensions?.code === code);
    if (error) {
      const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
      return new ExportRefused(status, error.message, code, field);
    }
  }
  const first = errors[0];
  return new ExportRefused(
    502,
    first?.message ?? 'The graph gave no answer',
    String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
  );
}

/**
 * Runs an operation through the gateway's own Apollo server for the verified caller, exactly as a query sent
 * to /graphql would run: the same limits, the same query plan, and every subgraph checks the caller's access
 * itself. Any error refuses the whole export (no half-filled workbook).
 */
export async function runOperation<T>(
  apollo: ApolloServer<ExportContext>,
  caller: Caller,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: { caller } });
  if (response.body.kind !== 'single')
    throw new ExportRefused(500, 'Unexpected incremental answer', 'INTERNAL');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw refusalFor(errors);
  if (!data) throw new ExportRefused(502, 'The graph gave no data', 'INTERNAL_SERVER_ERROR');
  return data as T;
}
