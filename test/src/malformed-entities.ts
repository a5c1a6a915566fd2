import { Kind, parse, type TypeNode } from 'graphql';
import { NO_RECORD } from './malformed-input';

/**
 * `_entities` requests for one subgraph, generated from its SDL: for each key field of each entity it resolves,
 * one request whose representations each carry one malformed value in that field (the other key fields well
 * formed), the way a forged or corrupted gateway request would.
 */

const MALFORMED_TEXT = [
  'abc',
  '',
  "'; DROP TABLE household; --",
  'x'.repeat(10_000),
  'Nguyễn Thị Ánh',
  '\u0000',
];
/** Values of the wrong kind: JSON does not promise the key is even a string. */
const WRONG_KIND = [42, true, { id: NO_RECORD }, [NO_RECORD]];

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

const wellFormed = (type: string, field: string) =>
  type === 'ID' ? NO_RECORD : field === 'period' ? '2025-Q1' : '75';

export interface EntityCase {
  entity: string;
  field: string;
  representations: Record<string, unknown>[];
}

export function entityCases(sdl: string): EntityCase[] {
  const cases: EntityCase[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const fieldTypes = new Map((definition.fields ?? []).map((f) => [f.name.value, namedType(f.type)]));
    for (const key of definition.directives ?? []) {
      if (key.name.value !== 'key') continue;
      const argument = (name: string) => key.arguments?.find((a) => a.name.value === name)?.value;
      const resolvable = argument('resolvable');
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) continue;
      const fields = argument('fields');
      if (fields?.kind !== Kind.STRING) continue;
      const names = fields.value.split(/\s+/).filter(Boolean);
      const keyOf = () =>
        Object.fromEntries(names.map((n) => [n, wellFormed(fieldTypes.get(n) ?? 'String', n)]));
      for (const field of names) {
        cases.push({
          entity: definition.name.value,
          field,
          representations: [...MALFORMED_TEXT, ...WRONG_KIND, undefined].map((value) => ({
            __typename: definition.name.value,
            ...keyOf(),
            [field]: value,
          })),
        });
      }
    }
  }
  return cases;
}
