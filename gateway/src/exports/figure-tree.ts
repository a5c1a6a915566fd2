import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
} from 'graphql';
import { fieldLabelVi } from './labels';
import { DISCLOSURE_TYPE } from './withheld';

/**
 * A figure type of the supergraph turned into what a workbook shows: every scalar leaf becomes a row (nested
 * objects flattened as "Group — field"), every list of objects a small table. Built from the schema the gateway
 * has loaded, so indicators an organisation adds appear in the export without changes here.
 */
export interface FigureLeaf {
  kind: 'leaf';
  /** Response keys from the figure set down to this value, e.g. ['fund', 'donations']. */
  path: string[];
  label: string;
  unit: string;
  type: GraphQLLeafType;
  /** A list of scalars or enum values, shown joined. */
  list: boolean;
}

export interface FigureTable {
  kind: 'table';
  path: string[];
  label: string;
  /** The columns: leaves of one list item, paths relative to the item. */
  columns: FigureLeaf[];
}

export type FigureNode = FigureLeaf | FigureTable;

/** Nested objects below a figure set that are still flattened; deeper ones are left out (none exist today). */
const MAX_NESTING = 3;
const GROUP_SEPARATOR = ' — ';

/** The Vietnamese label of `Type.field`, else its schema description, else its name. */
export function fieldLabel(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  return fieldLabelVi(parent.name, field.name)?.label ?? field.description?.trim() ?? field.name;
}

function fieldUnit(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  const given = fieldLabelVi(parent.name, field.name)?.unit;
  if (given !== undefined) return given;
  const named = getNamedType(field.type);
  if (named.name === 'Money') return 'đồng';
  if (/Percent$/.test(field.name)) return '%';
  return '';
}

/** Fields that need an argument cannot be selected blindly. */
const selectable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

function isListOf(field: GraphQLField<unknown, unknown>) {
  return isListType(getNullableType(field.type));
}

/** The rows and tables of an object type, in the schema's field order. */
export function describeFigures(
  type: GraphQLObjectType,
  options: { path?: string[]; prefix?: string; depth?: number; inTable?: boolean; seen?: string[] } = {},
): FigureNode[] {
  const { path = [], prefix, depth = 0, inTable = false, seen = [] } = options;
  const nodes: FigureNode[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!selectable(field)) continue;
    const named = getNamedType(field.type);
    // How the figures were protected is shown as a note and markers, not as figures (see withheld.ts).
    if (named.name === DISCLOSURE_TYPE) continue;
    const own = fieldLabel(type, field);
    const label = prefix ? `${prefix}${GROUP_SEPARATOR}${own}` : own;
    const fieldPath = [...path, field.name];
    if (isLeafType(named)) {
      nodes.push({
        kind: 'leaf',
        path: fieldPath,
        label,
        unit: fieldUnit(type, field),
        type: named,
        list: isListOf(field),
      });
    } else if (isObjectType(named) && !seen.includes(named.name) && depth < MAX_NESTING) {
      const nested = { depth: depth + 1, seen: [...seen, type.name] };
      if (!isListOf(field)) {
        nodes.push(...describeFigures(named, { ...nested, path: fieldPath, prefix: label, inTable }));
      } else if (!inTable) {
        const columns = describeFigures(named, { ...nested, inTable: true }).filter(
          (n): n is FigureLeaf => n.kind === 'leaf',
        );
        if (columns.length) nodes.push({ kind: 'table', path: fieldPath, label, columns });
      }
      // A list inside a list item would need a table in a table cell: left out.
    }
  }
  return nodes;
}

/** The selection set (without braces) that answers every node. */
export function selectionOf(nodes: (FigureTable | Pick<FigureLeaf, 'kind' | 'path'>)[]): string {
  interface Tree {
    [key: string]: Tree;
  }
  const tree: Tree = {};
  const add = (path: string[]) => {
    let at = tree;
    for (const key of path) at = at[key] ??= {};
  };
  for (const node of nodes) {
    if (node.kind === 'leaf') add(node.path);
    else for (const column of node.columns) add([...node.path, ...column.path]);
  }
  const print = (t: Tree): string =>
    Object.entries(t)
      .map(([key, sub]) => (Object.keys(sub).length ? `${key} { ${print(sub)} }` : key))
      .join(' ');
  return print(tree);
}

/** The value at a path of response keys (undefined when a parent is null). */
export function valueAt(data: unknown, path: string[]): unknown {
  let at = data;
  for (const key of path) {
    if (at === null || at === undefined) return at;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
