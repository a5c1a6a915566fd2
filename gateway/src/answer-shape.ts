import {
  Kind,
  parse,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';

/**
 * Why: Apollo Gateway merges each subgraph's whole answer into the shared result objects before shaping the
 * response, so a subgraph could add fields it was never asked for — another organisation's figures, a household's
 * code — and its values would win. Everything a subgraph answers is pruned here to what that fetch asked it for:
 * response keys (aliases) of the selected fields, `__typename` only if selected, under the fragments that apply.
 * Scalar values stay the subgraph's own to answer; objects are pruned recursively.
 */

type Variables = Record<string, unknown> | undefined;

/** A parsed subgraph query: its operation's selection set and its named fragments. */
export interface AnswerShape {
  selectionSet: SelectionSetNode;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Whether @skip/@include make the fields depend on the variables (then nothing is memoised). */
  conditional: boolean;
  /** The fields of a list of selection sets per `__typename`, memoised: a page repeats the same shapes. */
  fields: WeakMap<readonly SelectionSetNode[], Map<unknown, Map<string, SelectionSetNode[] | null>>>;
  root: readonly SelectionSetNode[];
}

export function answerShape(document: DocumentNode): AnswerShape | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let selectionSet: SelectionSetNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) selectionSet ??= d.selectionSet;
  }
  if (!selectionSet) return undefined;
  let conditional = false;
  visit(document, {
    Directive(d) {
      if (d.name.value === 'skip' || d.name.value === 'include') conditional = true;
    },
  });
  return { selectionSet, fragments, conditional, fields: new WeakMap(), root: [selectionSet] };
}

/**
 * Each distinct subgraph query is parsed once (the planner sends the same few texts again and again); the Map is
 * bounded like the gateway's plan cache, least recently used first out.
 */
export function shapeCache(maxEntries = 1000) {
  const shapes = new Map<string, AnswerShape | undefined>();
  return (query: string): AnswerShape | undefined => {
    if (shapes.has(query)) {
      const hit = shapes.get(query);
      shapes.delete(query);
      shapes.set(query, hit);
      return hit;
    }
    const shape = answerShape(parse(query, { noLocation: true }));
    shapes.set(query, shape);
    if (shapes.size > maxEntries) shapes.delete(shapes.keys().next().value as string);
    return shape;
  };
}

/**
 * Whether a fragment's type condition applies to an object of `typename`. Abstract conditions (interfaces,
 * unions) apply to any object: their fields were asked of this subgraph whatever the object's concrete type.
 * Without a `__typename` a fragment's fields are kept: they were still asked of this subgraph.
 */
const applies = (condition: string | undefined, typename: unknown, abstract: ReadonlySet<string>) =>
  !condition || typeof typename !== 'string' || condition === typename || abstract.has(condition);

function valueOf(node: ValueNode, variables: Variables): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return node.kind === Kind.BOOLEAN ? node.value : undefined;
}

/** @skip/@include, as the subgraph will apply them: a skipped field is not asked. */
function included(directives: readonly DirectiveNode[] | undefined, variables: Variables) {
  for (const d of directives ?? []) {
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    if (!arg) continue;
    const value = valueOf(arg.value, variables);
    if (d.name.value === 'skip' && value === true) return false;
    if (d.name.value === 'include' && value === false) return false;
  }
  return true;
}

/** Response key → the selection sets under it (null for a leaf), for an object of `typename`. */
function collect(
  sets: readonly SelectionSetNode[],
  typename: unknown,
  shape: AnswerShape,
  variables: Variables,
  abstract: ReadonlySet<string>,
  into = new Map<string, SelectionSetNode[] | null>(),
  seen = new Set<string>(),
) {
  for (const set of sets)
    for (const s of set.selections) {
      if (!included(s.directives, variables)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        if (!s.selectionSet) into.set(key, into.get(key) ?? null);
        else into.set(key, [...(into.get(key) ?? []), s.selectionSet]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value, typename, abstract))
          collect([s.selectionSet], typename, shape, variables, abstract, into, seen);
      } else {
        const fragment = shape.fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) continue;
        seen.add(s.name.value);
        if (applies(fragment.typeCondition.name.value, typename, abstract))
          collect([fragment.selectionSet], typename, shape, variables, abstract, into, seen);
      }
    }
  return into;
}

function fieldsOf(
  sets: readonly SelectionSetNode[],
  typename: unknown,
  shape: AnswerShape,
  variables: Variables,
  abstract: ReadonlySet<string>,
) {
  if (shape.conditional) return collect(sets, typename, shape, variables, abstract);
  let byType = shape.fields.get(sets);
  if (!byType) shape.fields.set(sets, (byType = new Map()));
  let fields = byType.get(typename);
  if (fields) return fields;
  fields = collect(sets, typename, shape, variables, abstract);
  // `__typename` is the subgraph's text: a few types per selection are memoised, never an endless number.
  if (byType.size < 16) byType.set(typename, fields);
  return fields;
}

function prune(
  value: unknown,
  sets: readonly SelectionSetNode[],
  shape: AnswerShape,
  variables: Variables,
  abstract: ReadonlySet<string>,
): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v, sets, shape, variables, abstract));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const fields = fieldsOf(sets, object.__typename, shape, variables, abstract);
  const kept: Record<string, unknown> = {};
  for (const [key, subsets] of fields) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    kept[key] = subsets ? prune(object[key], subsets, shape, variables, abstract) : object[key];
  }
  return kept;
}

/**
 * `data` of a subgraph's answer, keeping only what `shape` (that fetch's query) asked for. `abstractTypes` names
 * the supergraph's interfaces and unions, whose fragments apply to any object.
 */
export function pruneAnswer(
  data: unknown,
  shape: AnswerShape,
  variables?: Variables,
  abstractTypes: ReadonlySet<string> = new Set(),
): unknown {
  return prune(data, shape.root, shape, variables, abstractTypes);
}
