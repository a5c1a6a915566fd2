/** A path into a GraphQL answer: field names, and list indexes as numbers or numeric strings. */
export type AnswerPath = readonly (string | number)[];

const isIndex = (part: string | number) => typeof part === 'number' || /^\d+$/.test(part);

/** The selection set that asks for every path (list indexes dropped: a list's items share one selection). */
export function selectionFor(paths: readonly AnswerPath[]): string {
  type Tree = { [field: string]: Tree };
  const tree: Tree = {};
  for (const path of paths) path.filter((p) => !isIndex(p)).reduce<Tree>((at, key) => (at[key] ??= {}), tree);
  const print = (t: Tree): string =>
    Object.entries(t)
      .map(([field, sub]) => (Object.keys(sub).length ? `${field} { ${print(sub)} }` : field))
      .join(' ');
  return print(tree);
}

/** The value at a path of an answer (undefined where the answer stops). */
export const valueAt = (data: unknown, path: AnswerPath): unknown =>
  path.reduce<unknown>((at, key) => (at == null ? at : (at as Record<string, unknown>)[key]), data);
