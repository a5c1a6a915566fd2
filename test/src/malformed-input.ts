import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Requests that each put one malformed value into one argument of one root field, generated from the schema: every
 * argument, and every field of its input objects at any depth (a list holds one item), gets the malformed values
 * of its type while every other required value is a well-formed one that names no record, so each request tests
 * that one value and none can write.
 */

/** An id that is well formed and names no record. */
export const NO_RECORD = '00000000-0000-4000-8000-000000000000';

const TEXT = ['abc', '', "'; DROP TABLE household; --", 'x'.repeat(10_000), 'Nguyễn Thị Ánh 🏠 ھ', '\u0000'];

/** Malformed values by type; the types missing here (Boolean, enums) are fully checked by GraphQL itself. */
const MALFORMED: Record<string, unknown[]> = {
  ID: TEXT,
  String: TEXT,
  Int: [-1, 0, 2_147_483_647, 2_147_483_648, 1.5, '1'],
  Float: [-1, 1e308, 'abc'],
  Money: [-1, 2 ** 53, 1.5],
  LocalDate: ['abc', '\u0000', '0001-01-01', '9999-12-31'],
  PeriodCode: ['abc', '\u0000', '9999-Q4', '0001-01'],
  DateTimeISO: ['abc', '\u0000'],
};

/**
 * Values some root fields need in place of the well-formed default (root field → argument path → value), where
 * every default naming nothing would still let a create through: a code that is taken, so the create is refused
 * after every other value was checked.
 */
export type FixedValues = Record<string, Record<string, unknown>>;

/** A well-formed value that names nothing: unit codes and other codes that do not exist, an id of no record. */
function wellFormed(type: GraphQLInputType, path: string, fixed: Record<string, unknown>): unknown {
  if (path in fixed) return fixed[path];
  if (isNonNullType(type)) return wellFormed(type.ofType, path, fixed);
  if (isListType(type)) return [wellFormed(type.ofType, `${path}[0]`, fixed)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue == null,
    );
    return Object.fromEntries(fields.map((f) => [f.name, wellFormed(f.type, `${path}.${f.name}`, fixed)]));
  }
  const name = path.slice(path.lastIndexOf('.') + 1);
  const defaults: Record<string, unknown> = {
    ID: NO_RECORD,
    String: /code$/i.test(name) ? '99999' : 'Không có',
    Int: /year/i.test(name) ? 2025 : 1,
    Float: 1,
    Boolean: false,
    Money: 1000,
    LocalDate: '2025-03-01',
    PeriodCode: '2025-Q1',
    DateTimeISO: '2025-03-01T00:00:00Z',
  };
  if (!(type.name in defaults)) throw new Error(`no well-formed value for the scalar ${type.name}`);
  return defaults[type.name];
}

export interface MalformedCase {
  operation: 'query' | 'mutation';
  field: string;
  /** Where the malformed value is, e.g. `input.members[0].personId`. */
  path: string;
  value: unknown;
  query: string;
  variables: Record<string, unknown>;
}

/** Each leaf under a type: its path, the value that holds it (well formed around it) and its scalar type. */
function* leaves(
  type: GraphQLInputType,
  path: string,
  fixed: Record<string, unknown>,
  depth = 0,
): Generator<{ path: string; build: (leaf: unknown) => unknown; scalar: string }> {
  if (isNonNullType(type)) return yield* leaves(type.ofType, path, fixed, depth);
  if (isListType(type)) {
    for (const l of leaves(type.ofType, `${path}[0]`, fixed, depth))
      yield { ...l, build: (v) => [l.build(v)] };
    return;
  }
  if (isScalarType(type)) return yield { path, build: (v) => v, scalar: type.name };
  if (!isInputObjectType(type) || depth > 4) return;
  for (const f of Object.values(type.getFields())) {
    for (const l of leaves(f.type, `${path}.${f.name}`, fixed, depth + 1)) {
      yield { ...l, build: (v) => ({ ...(wellFormed(type, path, fixed) as object), [f.name]: l.build(v) }) };
    }
  }
}

function casesOf(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  fixed: Record<string, unknown> = {},
): MalformedCase[] {
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const types = Object.fromEntries(field.args.map((a) => [a.name, String(a.type)]));
  // Only the variables sent are declared: an argument left out keeps its default, as a caller's would.
  const queryFor = (names: string[]) => `${operation}(${names.map((n) => `$${n}: ${types[n]}`).join(', ')}) {
    ${field.name}(${names.map((n) => `${n}: $${n}`).join(', ')}) ${selection} }`;
  const required = Object.fromEntries(
    field.args
      .filter((a) => isNonNullType(a.type) && a.defaultValue == null)
      .map((a) => [a.name, wellFormed(a.type, a.name, fixed)]),
  );
  return field.args.flatMap((arg) =>
    [...leaves(arg.type, arg.name, fixed)].flatMap((leaf) =>
      (MALFORMED[leaf.scalar] ?? []).map((value) => {
        const variables = { ...required, [arg.name]: leaf.build(value) };
        return {
          operation,
          field: field.name,
          path: leaf.path,
          value,
          query: queryFor(Object.keys(variables)),
          variables,
        };
      }),
    ),
  );
}

/** Every malformed-value request for every root field of the schema. */
export function malformedCases(schema: GraphQLSchema, fixed: FixedValues = {}): MalformedCase[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).flatMap((field) => casesOf(operation, field, fixed[field.name])),
  );
}

/** Root field → the subgraph that resolves it, from the supergraph SDL's `@join__field(graph:)`. */
export function rootFieldOwners(supergraphSdl: string): Record<string, string> {
  const document = parse(supergraphSdl);
  const graphNames: Record<string, string> = {};
  const owners: Record<string, string> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const v of definition.values ?? []) {
        const name = v.directives?.[0]?.arguments?.find((a) => a.name.value === 'name')?.value;
        if (name?.kind === Kind.STRING) graphNames[v.name.value] = name.value;
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (!['Query', 'Mutation'].includes(definition.name.value)) continue;
    for (const field of definition.fields ?? []) {
      const join = field.directives?.find((d) => d.name.value === 'join__field');
      const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
      if (graph?.kind === Kind.ENUM) owners[field.name.value] = graphNames[graph.value]!;
    }
  }
  return owners;
}
