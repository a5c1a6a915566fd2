import type { SubgraphInfo } from '../organisations';
import type { GraphQLResponse, SubgraphHarness } from './subgraph-harness';

/** An area of the cross-agency view: a unit code and a period code (`2024`, `2025-Q1`, `2025-6M`…). */
export interface AreaRef {
  unitCode: string;
  period: string;
}

/** What the area contracts need of an organisation's subgraph: its info (a SubgraphDefinition has it). */
export interface ContractSubgraph {
  info: SubgraphInfo;
}

/** How an organisation's area figures are asked for, shared by the area contracts. */
export interface AreaAdapter {
  /** The running subgraph, read when the tests run (e.g. `() => env.h`). */
  harness: () => SubgraphHarness;
  /** The selection inside `AreaPeriod.<organisation>`, e.g. `care { number valueVnd }`. */
  figures: string;
  /** More fields of AreaPeriod to ask along with the figures, e.g. `reportsExpected { unitCode }`. */
  alongside?: string;
  /** The subgraph's unit table: `unit_tree` (default) or the People's Committee's `administrative_unit`. */
  unitTable?: string;
}

/** `labour-union` → `labourUnion`: the organisation's field on AreaPeriod and the stem of its report fields. */
export const areaFieldOf = (subgraph: ContractSubgraph) =>
  subgraph.info.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Asks `_entities` for areas as the gateway does; the answer's `_entities` hold `{ unitCode, period, <org> }`. */
export function askAreas(
  subgraph: ContractSubgraph,
  adapter: AreaAdapter,
  areas: AreaRef[],
  token: string,
): Promise<GraphQLResponse> {
  const field = areaFieldOf(subgraph);
  return adapter.harness().query(
    `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on AreaPeriod { unitCode period ${field} { ${adapter.figures} } ${adapter.alongside ?? ''} } } }`,
    { r: areas.map((a) => ({ __typename: 'AreaPeriod', ...a })) },
    token,
  );
}

/** The figure sets of areas, failing with the errors if there are any. */
export async function figuresOfAreas(
  subgraph: ContractSubgraph,
  adapter: AreaAdapter,
  areas: AreaRef[],
  token: string,
): Promise<Record<string, unknown>[]> {
  const res = await askAreas(subgraph, adapter, areas, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const field = areaFieldOf(subgraph);
  return (res.data!._entities as Record<string, Record<string, unknown>>[]).map((e) => e[field]!);
}

/** What names an entry of a list of figures: its text fields (`kind`, `line`, `lender`…). */
const entryKey = (entry: unknown): string =>
  entry && typeof entry === 'object'
    ? JSON.stringify(Object.entries(entry).filter(([, v]) => typeof v === 'string'))
    : '';

/**
 * Adds two figure sets field by field: numbers add, lists add entry by entry (entries named alike by their text
 * fields, such as `kind` or `lender`; an entry only one side has is kept), any other text must agree. Sums of
 * units are compared with the figures of the unit above them.
 */
export function addUp(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) {
    const merged = new Map<string, unknown>(a.map((x) => [entryKey(x), x]));
    for (const y of b) {
      const key = entryKey(y);
      merged.set(key, merged.has(key) ? addUp(merged.get(key), y) : y);
    }
    return sortedLists([...merged.values()]);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    return Object.fromEntries(Object.keys(x).map((k) => [k, addUp(x[k], y[k])]));
  }
  if (a !== b) throw new Error(`cannot add ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  return a;
}

/** The same figures with every list in the order of its entries' names, to compare sums with answers. */
export function sortedLists(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortedLists).sort((x, y) => entryKey(x).localeCompare(entryKey(y)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedLists(v)]));
  }
  return value;
}

/** Every number in a figure set, to tell figures that say something from a set of zeros. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** The units that took over a retired unit, from the subgraph's own copy of the tree. */
export async function successorsOf(adapter: AreaAdapter, code: string): Promise<string[]> {
  const rows: { code: string }[] = await adapter
    .harness()
    .dataSource.query(
      `SELECT unnest(successor_codes) AS code FROM ${adapter.unitTable ?? 'unit_tree'} WHERE code = $1`,
      [code],
    );
  return rows.map((r) => r.code);
}

/** Report versions stored, to show that a refusal wrote nothing. */
export const reportCount = async (adapter: AreaAdapter): Promise<number> =>
  Number((await adapter.harness().dataSource.query(`SELECT count(*) AS n FROM area_report`))[0].n);
