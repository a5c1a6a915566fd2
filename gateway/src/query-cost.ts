import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isListType,
  Kind,
  parse,
  visit,
  type ConstArgumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What one field of an operation costs the hub: its own 1 plus what it selects, times the number of times it runs.
 * A list field runs its selection once per item, and the item count is what its arguments allow: `first`, or the
 * length of each list argument (`areaPeriods(periods: [24 codes])` is 24 area-periods, each asking all five
 * organisations). Lists that no argument bounds get an assumed size (COST_WEIGHTS). A field whose subgraph needs
 * other subgraphs' fields first (`@requires` in the supergraph) also pays for those fields once more, because the
 * gateway fetches them and sends them along: the expected-reports list behind each organisation's `…Reporting`.
 */
export const COST_WEIGHTS = {
  /** Items assumed in a list that no argument bounds (a household's members, its loans). */
  unboundedList: 10,
  /**
   * Items assumed in lists known to be long: the reports expected of an area over a period are one per unit of the
   * obligation's level per report period, so a province's communes over a year run to hundreds per organisation.
   */
  longLists: {
    'AreaPeriod.reportsExpected': 400,
    'AreaReporting.reports': 400,
    // Every unit of the country (3,355 in force after the 2025 reform) and a province's communes (up to about 170).
    'Query.administrativeUnits': 3_400,
    'AdministrativeUnit.children': 170,
  } as Record<string, number>,
};

/**
 * A page's lists (`households(first: 100) { nodes … }`): the connection field already multiplied by `first`, so
 * its nodes and edges count once more, not again by an assumed size.
 */
const PAGE_LISTS = new Set(['nodes', 'edges']);
const isConnection = (typeName: string) => typeName.endsWith('Connection');

/** Type.field → the field set its @requires sends to its subgraph, read from the supergraph's join directives. */
export type RequiredFields = Map<string, string>;

/** The @requires of every field in a supergraph SDL (`@join__field(graph: …, requires: "…")`). */
export function requiredFieldsOf(supergraphSdl: string): RequiredFields {
  const required: RequiredFields = new Map();
  visit(parse(supergraphSdl), {
    ObjectTypeDefinition(type) {
      for (const field of type.fields ?? [])
        for (const directive of field.directives ?? []) {
          if (directive.name.value !== 'join__field') continue;
          const requires = directive.arguments?.find((a: ConstArgumentNode) => a.name.value === 'requires');
          if (requires?.value.kind === Kind.STRING)
            required.set(`${type.name.value}.${field.name.value}`, requires.value.value);
        }
    },
  });
  return required;
}

type Args = Record<string, unknown>;

/** The lengths of the lists among a field's arguments and, one level down, inside its input objects. */
function listLengths(args: Args): { top: number[]; nested: number[] } {
  const top: number[] = [];
  const nested: number[] = [];
  for (const value of Object.values(args)) {
    if (Array.isArray(value)) top.push(value.length);
    else if (value && typeof value === 'object')
      for (const inner of Object.values(value)) if (Array.isArray(inner)) nested.push(inner.length);
  }
  return { top, nested };
}

/**
 * How many times a field's selection runs: `first` when it has one (a page); else the product of its list
 * arguments' lengths (each item is asked for separately: `areaPeriods(periods:)`, `registerMatches(nationalIds:)`);
 * for a list result, the longest list inside its input (`receiveNeedsList(input: { people })` answers one entry per
 * person) or else an assumed size; 1 for anything else.
 */
export function fieldMultiplier(
  parentType: string,
  field: Pick<GraphQLField<unknown, unknown>, 'name' | 'type'>,
  args: Args,
): number {
  // A page of 0 or less is still read (the subgraphs clamp `first` to at least one row), so it is priced as one.
  // Introspection is answered from the schema in memory, as large as the schema and never larger: its lists
  // (types, fields, arguments) are not multiplied, or the explorer's own schema query would be refused.
  if (parentType.startsWith('__')) return 1;
  if (typeof args.first === 'number') return Math.max(args.first, 1);
  const { top, nested } = listLengths(args);
  if (top.length) return top.reduce((product, n) => product * Math.max(n, 1), 1);
  if (!isListType(getNullableType(field.type))) return 1;
  if (isConnection(parentType) && PAGE_LISTS.has(field.name)) return 1;
  if (nested.length) return Math.max(1, ...nested);
  return COST_WEIGHTS.longLists[`${parentType}.${field.name}`] ?? COST_WEIGHTS.unboundedList;
}

/** The cost of a selection set on a type, with no arguments (a @requires field set has none). */
function selectionCost(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
): number {
  if (!isObjectType(type) && !isInterfaceType(type)) return 0;
  const fields = type.getFields();
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = fields[selection.name.value];
    if (!field) continue;
    const child = selection.selectionSet
      ? selectionCost(schema, getNamedType(field.type), selection.selectionSet)
      : 0;
    total += fieldMultiplier(type.name, field, {}) * (1 + child);
  }
  return total;
}

/** Type.field → what its @requires costs (priced once per time the field runs), for the API schema. */
export function requiresCosts(schema: GraphQLSchema, required: RequiredFields): Map<string, number> {
  const costs = new Map<string, number>();
  for (const [coordinate, fieldSet] of required) {
    const type = schema.getType(coordinate.split('.')[0]!);
    if (!type || !isCompositeType(type)) continue;
    const selection = parse(`{ ${fieldSet} }`).definitions[0];
    if (selection?.kind !== Kind.OPERATION_DEFINITION) continue;
    costs.set(coordinate, selectionCost(schema, type, selection.selectionSet));
  }
  return costs;
}

/** The gateway's estimator for graphql-query-complexity: multiplier × (1 + children + @requires payload). */
export function costEstimator(requires: Map<string, number>): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) =>
    fieldMultiplier(type.name, field, args) *
    (1 + childComplexity + (requires.get(`${type.name}.${field.name}`) ?? 0));
}

/**
 * Counts the objects of one type an operation can return (e.g. AreaPeriod: each asks all five organisations), with
 * the same multipliers as the cost: `areaPeriods` over 24 periods in 15 aliases is 360.
 */
export function countingEstimator(typeName: string): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) =>
    fieldMultiplier(type.name, field, args) *
    (childComplexity + (getNamedType(field.type).name === typeName ? 1 : 0));
}
