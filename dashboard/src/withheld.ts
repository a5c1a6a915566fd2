import { getPath, type GraphQLResult } from './graph';

/**
 * Figures another organisation protected under its threshold rule (`disclosure` on each figure set of
 * AreaPeriod): a withheld count shows as "<N" and a withheld amount as "—" marked withheld, so nobody reads a
 * blank as zero or as an error; a non-exact amount is approximate.
 */
export interface Disclosure {
  exact: boolean;
  minRecords: number;
  suppressed: string[];
}

/** The paths every organisation's area query adds so the view knows what was withheld. */
export const disclosurePaths = (field: string) =>
  ['exact', 'minRecords', 'suppressed'].map((f) => `${field}.disclosure.${f}`);

export function disclosureAt(result: GraphQLResult | undefined, field: string): Disclosure | null {
  const d = getPath(result?.data, ['areaPeriod', field, 'disclosure']);
  return d && typeof d === 'object' ? (d as Disclosure) : null;
}

/**
 * The kit's name of a figure at a dashboard path (`microfinance.buckets.2.loans` → `buckets.DPD_31_60.loans`):
 * a list entry is named by its kind, the first text value of the entry.
 */
export function kitPath(result: GraphQLResult | undefined, path: string): string {
  const [field, ...rest] = path.split('.');
  const named: string[] = [];
  rest.forEach((key, i) => {
    if (!/^\d+$/.test(key)) return void named.push(key);
    const entry = getPath(result?.data, ['areaPeriod', field!, ...rest.slice(0, i + 1)]);
    const kind = entry && Object.values(entry as object).find((v) => typeof v === 'string');
    named.push(typeof kind === 'string' ? kind : key);
  });
  return named.join('.');
}

/** "<5" for a withheld count, "—" for a withheld amount or percentage, or null when not withheld. */
export function withheldText(result: GraphQLResult | undefined, path: string, kind: string): string | null {
  const d = disclosureAt(result, path.split('.')[0]!);
  if (!d || d.exact || !d.suppressed.includes(kitPath(result, path))) return null;
  return kind === 'int' ? `<${d.minRecords}` : '—';
}

/** Whether an amount shown was shifted for the reader (an approximate figure, shown with "≈"). */
export function approximate(result: GraphQLResult | undefined, path: string, kind: string): boolean {
  const d = disclosureAt(result, path.split('.')[0]!);
  return kind === 'money' && !!d && !d.exact;
}
