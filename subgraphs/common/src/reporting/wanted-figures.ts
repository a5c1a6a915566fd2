import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which of an organisation's figure fields a query asks for. A trend that charts two figures over six quarters
 * need not compute the other figure sets six times; a report freezes every figure (`EVERY_FIGURE`).
 */
export type WantedFigures = (field: string) => boolean;

export const EVERY_FIGURE: WantedFigures = () => true;

/**
 * The fields selected under the field being resolved, through fragments too: `care` for those right under it and
 * `care.byKind` for those one level further down.
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, prefix: string, depth: number) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = prefix + selection.name.value;
        names.add(name);
        if (depth < 2) visit(selection.selectionSet, `${name}.`, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, prefix, depth);
      else visit(info.fragments[selection.name.value]?.selectionSet, prefix, depth);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, '', 1);
  return names;
}

export const wantedBySelection = (
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): WantedFigures => {
  const names = selectedFieldNames(info);
  return (field) => names.has(field);
};
