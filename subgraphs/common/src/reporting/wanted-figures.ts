import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which of an organisation's figure fields a query asks for. A trend that charts two figures over six quarters
 * need not compute the other figure sets six times; a report freezes every figure (`EVERY_FIGURE`).
 */
export type WantedFigures = (field: string) => boolean;

export const EVERY_FIGURE: WantedFigures = () => true;

/** The names of the fields selected directly under the field being resolved, through fragments too. */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

export const wantedBySelection = (
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): WantedFigures => {
  const names = selectedFieldNames(info);
  return (field) => names.has(field);
};
