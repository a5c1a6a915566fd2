/** One DataLoader per request and purpose, kept beside the request's context (the kit cannot add loaders). */
const perRequest = new WeakMap<object, Map<string, unknown>>();

export function requestLoader<T>(ctx: object, name: string, create: () => T): T {
  const loaders = perRequest.get(ctx) ?? new Map<string, unknown>();
  perRequest.set(ctx, loaders);
  if (!loaders.has(name)) loaders.set(name, create());
  return loaders.get(name) as T;
}
