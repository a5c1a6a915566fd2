import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedFieldNames, wantedBySelection } from '../wanted-figures';

// Parses a query and hands `selectedFieldNames` what graphql-js would give the resolver of `figures`.
function infoFor(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  const fieldNodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === 'Field');
  return { fieldNodes, fragments };
}

describe('the figure fields a query wants', () => {
  it('are the fields under the figures, two levels deep, through inline and named fragments', () => {
    const info = infoFor(`{ figures { care { number { deeper } } ... on X { houses { approved } } ...F } }
      fragment F on X { fund { row } members @include(if: true) { total } }`);
    expect([...selectedFieldNames(info)].sort()).toEqual([
      'care',
      'care.number',
      'fund',
      'fund.row',
      'houses',
      'houses.approved',
      'members',
      'members.total',
    ]);
    const wanted = wantedBySelection(info);
    expect([wanted('care'), wanted('number'), wanted('care.number'), wanted('support')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});
