/** Reading GraphQL answers that may be partial: a field the caller may not see is null with an error at its path. */
export interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResult<T = any> {
  data: T | null;
  errors: GraphQLErrorLike[];
}

export type PathKey = string | number;

export const splitPath = (path: string): PathKey[] =>
  path === '' ? [] : path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

export function getPath(value: unknown, path: string | PathKey[]): unknown {
  const keys = typeof path === 'string' ? splitPath(path) : path;
  let v: any = value;
  for (const k of keys) {
    if (v === null || v === undefined) return v;
    v = v[k];
  }
  return v;
}

const isPrefix = (prefix: ReadonlyArray<PathKey>, path: ReadonlyArray<PathKey>) =>
  prefix.length <= path.length && prefix.every((k, i) => String(k) === String(path[i]));

/**
 * The error that explains why the value at `path` is missing: one at the path itself or at a field above it (a
 * null that bubbled up). Errors without a path (the whole request failed) explain every value.
 */
export function errorAt(
  errors: ReadonlyArray<GraphQLErrorLike>,
  path: PathKey[],
): GraphQLErrorLike | undefined {
  return (
    errors.find((e) => e.path && isPrefix(e.path, path)) ?? errors.find((e) => !e.path || e.path.length === 0)
  );
}

export const isForbidden = (e: GraphQLErrorLike | undefined) => e?.extensions?.code === 'FORBIDDEN';

/** The errors of a request that are not about one field: the request as a whole failed. */
export const requestErrors = (r: GraphQLResult) => (r.data === null ? r.errors : []);
