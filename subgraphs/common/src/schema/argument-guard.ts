import {
  defaultFieldResolver,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInputError } from '../errors';
import {
  holdsCheckedInput,
  inputProblems,
  representationProblems,
  showValue,
  type IdFormat,
  type InputProblem,
} from './input-check';

/**
 * ID arguments that are not record ids, as `Query.field(argument)`. Everything else typed ID is a UUID; an
 * argument holding another kind of id says so here (the audit log's `before` entry id, an integer).
 */
const integerIdArguments = new Set<string>();

export function declareIntegerIdArgument(typeName: string, fieldName: string, argName: string): void {
  integerIdArguments.add(`${typeName}.${fieldName}(${argName})`);
}

function refuse(problems: InputProblem[]): BadUserInputError {
  return new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), undefined, {
    field: problems[0]!.field,
    fields: problems,
  });
}

/**
 * Wraps every field that takes an ID or text argument (at any depth of its input objects and lists) so that a
 * malformed value is refused with BAD_USER_INPUT naming the argument before the resolver (and SQL) sees it.
 * Fields without such arguments keep their resolvers untouched.
 */
function guardArguments(type: GraphQLObjectType): void {
  for (const field of Object.values(type.getFields())) {
    if (field.name === '_entities') continue;
    const checked = field.args
      .filter((a) => holdsCheckedInput(a.type))
      .map((a) => ({
        arg: a,
        idFormat: (integerIdArguments.has(`${type.name}.${field.name}(${a.name})`)
          ? 'integer'
          : 'uuid') as IdFormat,
      }));
    if (checked.length === 0) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const problems: InputProblem[] = [];
      for (const { arg, idFormat } of checked)
        inputProblems(arg.type, args[arg.name], arg.name, idFormat, problems);
      if (problems.length) throw refuse(problems);
      return resolve(source, args, context, info);
    };
  }
}

/** The field names of each `@key` of a type (`"unitCode period"` → [unitCode, period]); nested keys whole. */
function keysOf(type: GraphQLObjectType): string[][] {
  const nodes = [type.astNode, ...type.extensionASTNodes];
  return nodes.flatMap((node) =>
    (node?.directives ?? [])
      .filter((d) => d.name.value === 'key')
      .map((d) => {
        const fields = d.arguments?.find((a) => a.name.value === 'fields')?.value;
        if (fields?.kind !== Kind.STRING) return [];
        const selection = parse(`{ ${fields.value} }`).definitions[0];
        return selection?.kind === Kind.OPERATION_DEFINITION
          ? selection.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
          : [];
      }),
  );
}

/** What is wrong with one representation for this subgraph, or nothing. */
function representationProblemsOf(
  schema: GraphQLSchema,
  entities: Map<string, string[][]>,
  representation: unknown,
  at: string,
): InputProblem[] {
  const ref = representation as Record<string, unknown>;
  const typeName = ref?.__typename;
  const keys = typeof typeName === 'string' ? entities.get(typeName) : undefined;
  const type = typeof typeName === 'string' ? schema.getType(typeName) : undefined;
  if (!keys || !isObjectType(type)) {
    return [
      { field: `${at}.__typename`, message: `${showValue(typeName)} is not an entity of this service` },
    ];
  }
  if (keys.length && !keys.some((key) => key.every((name) => ref[name] != null))) {
    const wanted = keys.map((key) => key.join(' ')).join('" or "');
    return [{ field: at, message: `a ${typeName} representation needs its key "${wanted}"` }];
  }
  const problems: InputProblem[] = [];
  const fields = type.getFields();
  for (const [name, value] of Object.entries(ref)) {
    if (fields[name]) representationProblems(fields[name].type, value, `${at}.${name}`, problems);
  }
  return problems;
}

/**
 * `_entities` does not pass through type-graphql or the argument guard (its representations are `_Any`): each
 * representation is checked against its entity's fields, a bad one answered with BAD_USER_INPUT at its index
 * while the others are resolved as usual.
 */
function guardEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return;
  const entities = new Map(union.getTypes().map((t) => [t.name, keysOf(t)]));
  const resolve = field.resolve;
  field.resolve = async (source, args, context, info) => {
    const representations = args.representations as unknown[];
    const problems = representations.map((r, i) =>
      representationProblemsOf(schema, entities, r, `representations[${i}]`),
    );
    if (problems.every((p) => p.length === 0)) return resolve(source, args, context, info);
    const good = representations.filter((_, i) => problems[i]!.length === 0);
    const resolved = good.length
      ? ((await resolve(source, { ...args, representations: good }, context, info)) as unknown[])
      : [];
    let next = 0;
    return representations.map((_, i) => (problems[i]!.length ? refuse(problems[i]!) : resolved[next++]));
  };
}

/** Guards every argument and every `_entities` representation of a built subgraph schema (in place). */
export function guardInput(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__')) guardArguments(type);
  }
  guardEntities(schema);
  return schema;
}
