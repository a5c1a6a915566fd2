import type { QueryCostModel } from '@chung-tay/gateway';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';

/** What the search may not go past: the gateway's limits, and the subgraphs' own caps on list arguments. */
export interface SearchLimits {
  maxCost: number;
  maxAreaPeriods: number;
  maxAliases: number;
  /** Field levels below the root field (the gateway's depth limit counts the root field too). */
  depth: number;
  /** The subgraphs refuse `first` over 100 and more periods than 24. */
  listCaps: { first: number; periods: number; other: number };
}

/** The values a root field's required arguments get; `samples` are real keys read from the hub. */
export interface ArgumentValues {
  unitCode: string;
  year: number;
  today: string;
  samples: Record<string, string>;
}

export interface CostliestRequest {
  field: string;
  query: string;
  variables: Record<string, unknown>;
  aliases: number;
  listSize: number;
  cost: number;
  areaPeriods: number;
}

/** A selection of every field down to `depth`, types not repeated on a path, fields with required arguments left out. */
export function fullSelection(type: GraphQLObjectType, depth: number, path: string[] = []): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 1 && !path.includes(named.name)) {
      const inner = fullSelection(named, depth - 1, [...path, type.name]);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** Every period code of the year before and this year's: years first (the most expected reports each). */
const periodCodes = (year: number, count: number) =>
  Array.from({ length: count }, (_, i) => String(year - (i % 2)));

/** A value for a required argument, or undefined when none can be made up (the field is then asked as it is). */
function valueFor(
  name: string,
  type: GraphQLInputType,
  values: ArgumentValues,
  listSize: number,
): unknown | undefined {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = getNamedType(inner).name;
    if (item === 'PeriodCode') return periodCodes(values.year, listSize);
    return Array.from({ length: listSize }, (_, i) => String(79_000_000_000 + i).padStart(12, '0'));
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    const object: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type)) object[f.name] = valueFor(f.name, f.type, values, listSize);
    return object;
  }
  if (values.samples[name]) return values.samples[name];
  switch (named.name) {
    case 'PeriodCode':
      return String(values.year);
    case 'LocalDate':
      return values.today;
    case 'Int':
      return name === 'year' ? values.year : listSize;
    case 'Float':
      return 1_000_000;
    case 'Boolean':
      return true;
    case 'ID':
      return values.samples.id ?? '00000000-0000-4000-8000-000000000000';
    default:
      return name.toLowerCase().includes('unit') || name === 'code' ? values.unitCode : 'x';
  }
}

/** One request: `aliases` copies of the root field, each with its lists at `listSize`, sharing one fragment. */
function render(
  field: GraphQLField<unknown, unknown>,
  selection: string,
  aliases: number,
  listSize: number,
  values: ArgumentValues,
) {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const isFirst = arg.name === 'first';
    if (!isFirst && !isNonNullType(arg.type)) continue;
    if (!isFirst && arg.defaultValue !== undefined) continue;
    variables[arg.name] = isFirst ? listSize : valueFor(arg.name, arg.type, values, listSize);
    definitions.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const named = getNamedType(field.type);
  const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
  const body = selection ? ` { ...S }` : '';
  const fields = Array.from({ length: aliases }, (_, i) => `a${i}: ${call}${body}`).join(' ');
  const fragment = selection ? ` fragment S on ${named.name} { ${selection} }` : '';
  const query = `query Costliest${definitions.length ? `(${definitions.join(', ')})` : ''} { ${fields} }${fragment}`;
  return { query, variables };
}

/** How many items a root field's list arguments can take: `first` and periods have the subgraphs' caps. */
function listCap(field: GraphQLField<unknown, unknown>, caps: SearchLimits['listCaps']): number {
  if (field.args.some((a) => a.name === 'first')) return caps.first;
  const lists = field.args.filter((a) => isListType(getNullableType(a.type)));
  if (!lists.length) return 1;
  return lists.some((a) => getNamedType(a.type).name === 'PeriodCode') ? caps.periods : caps.other;
}

/**
 * The costliest request for one root field that the gateway's cost model still accepts: the deepest full selection
 * that fits once, then the most aliases and the longest lists (`first`, periods, ids) within the cost and
 * area-period limits. The gateway itself is asked afterwards, in case depth or tokens refuse it.
 */
export function costliestRequest(
  model: QueryCostModel,
  field: GraphQLField<unknown, unknown>,
  limits: SearchLimits,
  values: ArgumentValues,
): CostliestRequest | null {
  const named = getNamedType(field.type);
  const priced = (selection: string, aliases: number, listSize: number) => {
    const request = render(field, selection, aliases, listSize, values);
    const operation = { document: parse(request.query), variables: request.variables };
    try {
      const cost = model.cost(operation);
      const areaPeriods = model.areaPeriods(operation);
      const fits = cost <= limits.maxCost && areaPeriods <= limits.maxAreaPeriods;
      return { ...request, cost, areaPeriods, fits };
    } catch {
      return { ...request, cost: Infinity, areaPeriods: Infinity, fits: false };
    }
  };
  /** The most aliases and longest lists a selection can have within the limits, or null if even one is too much. */
  const widest = (selection: string): CostliestRequest | null => {
    const cap = listCap(field, limits.listCaps);
    let best: CostliestRequest | null = null;
    for (let aliases = limits.maxAliases; aliases >= 1; aliases--) {
      if (!priced(selection, aliases, 1).fits) continue;
      let low = 1;
      let high = cap;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (priced(selection, aliases, mid).fits) low = mid;
        else high = mid - 1;
      }
      const found = priced(selection, aliases, low);
      if (!best || found.cost > best.cost) {
        const { query, variables, cost, areaPeriods } = found;
        best = { field: field.name, query, variables, aliases, listSize: low, cost, areaPeriods };
      }
    }
    return best;
  };
  // Every depth's widest request; of those within 10% of the costliest, the one with the most items (aliases ×
  // list), which loads the subgraphs and the gateway's answer most for the same price.
  const candidates: CostliestRequest[] = [];
  for (let depth = limits.depth; depth >= 1; depth--) {
    let selection = isObjectType(named) ? fullSelection(named, depth) : '';
    if (depth === 1) {
      const leaves = selection.split(' ');
      while (leaves.length > 1 && !priced(leaves.join(' '), 1, 1).fits) leaves.pop();
      selection = leaves.join(' ');
    }
    const found = widest(selection);
    if (found) candidates.push(found);
  }
  const top = Math.max(0, ...candidates.map((c) => c.cost));
  const best =
    candidates
      .filter((c) => c.cost >= top * 0.9)
      .sort((a, b) => b.aliases * b.listSize - a.aliases * a.listSize || b.cost - a.cost)[0] ?? null;
  return best;
}
