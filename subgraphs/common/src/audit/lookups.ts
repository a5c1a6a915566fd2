import type { ArgumentLeaf } from './arguments';
import type { AuditCriterion } from './audit-entry.entity';

/**
 * Argument and filter names that look a person or a household up (Law 91/2025: who looked up whom). A root
 * query given any of them, at any depth, is audited as a search with its criteria — whatever the subgraph, so a
 * new filter with one of these names is audited without more code. Lists filtered only by unit, period or status
 * are not lookups of anyone; the personal fields they show are logged as reads.
 */
export const PERSON_CRITERIA: ReadonlySet<string> = new Set([
  'search',
  'nationalId',
  'nationalIds',
  'fullName',
  'phone',
  'cardNumber',
  'memberCardNumber',
  'memberNumber',
  'householdId',
  'personId',
  'memberId',
  'borrowerId',
  'sponsorId',
]);

/** At most this many values of one criterion are kept (a batch match takes up to 1,000 national IDs). */
export const MAX_CRITERION_VALUES = 1000;

const lastName = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** Whether these arguments look someone up. */
export const looksSomeoneUp = (leaves: ArgumentLeaf[]): boolean =>
  leaves.some((l) => l.value !== null && PERSON_CRITERIA.has(lastName(l.path)));

/** The criteria as an auditor reads them: each argument path given, with its values in the order given. */
export function criteriaOf(leaves: ArgumentLeaf[]): AuditCriterion[] {
  const byPath = new Map<string, string[]>();
  for (const leaf of leaves) {
    if (leaf.value === null) continue;
    const values = byPath.get(leaf.path) ?? [];
    values.push(leaf.value);
    byPath.set(leaf.path, values);
  }
  return [...byPath].map(([name, values]) => ({
    name,
    values:
      values.length > MAX_CRITERION_VALUES
        ? [...values.slice(0, MAX_CRITERION_VALUES), `(${values.length - MAX_CRITERION_VALUES} more)`]
        : values,
  }));
}

export interface Found {
  /** How many it found: a page's total, the matches of a batch, 1 or 0 for one record or a match. */
  count: number;
  /** The records shown: a page's nodes, a match's person and household. */
  ids: string[];
}

/**
 * What a search resolver returned, as records: a page (totalCount, nodes), a list, a record with an id, or a
 * wrapper such as a register match ({ person, household }) or a batch answer ({ nationalId, match }).
 */
export function foundRecords(value: unknown, depth = 0): Found {
  if (value == null || typeof value !== 'object') return { count: 0, ids: [] };
  if (Array.isArray(value)) {
    const each = value.map((v) => foundRecords(v, depth));
    return { count: each.reduce((n, f) => n + f.count, 0), ids: each.flatMap((f) => f.ids) };
  }
  const record = value as { id?: unknown; totalCount?: unknown; nodes?: unknown };
  if (typeof record.totalCount === 'number' && Array.isArray(record.nodes)) {
    return { count: record.totalCount, ids: foundRecords(record.nodes, depth).ids };
  }
  if (typeof record.id === 'string') return { count: 1, ids: [record.id] };
  if (depth >= 2) return { count: 0, ids: [] };
  const ids = Object.values(value).flatMap((v) =>
    v && typeof v === 'object' && !(v instanceof Date) ? foundRecords(v, depth + 1).ids : [],
  );
  return { count: ids.length ? 1 : 0, ids };
}
