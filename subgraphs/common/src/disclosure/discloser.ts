import { DEFAULT_MIN_RECORDS, shiftKey, shownAmount, shownCount } from './threshold-rule';
import type { FigureDisclosure } from './disclosure.types';
import { randomBytes } from 'node:crypto';

export interface DisclosureSettings {
  /** N (DISCLOSURE_MIN_RECORDS). */
  minRecords: number;
  /** The organisation's secret for the amount shifts (DISCLOSURE_KEY). */
  secret: string;
}

// Without DISCLOSURE_KEY a random key lives as long as the process: shifts stay consistent while it runs.
let settings: DisclosureSettings = {
  minRecords: DEFAULT_MIN_RECORDS,
  secret: randomBytes(32).toString('base64url'),
};

/** Set once at start from the subgraph's env (runSubgraph); tests may set a smaller or larger N. */
export function configureDisclosure(next: Partial<DisclosureSettings>) {
  settings = { ...settings, ...next };
}
export const disclosureSettings = (): DisclosureSettings => settings;

/**
 * Applies the threshold rule (threshold-rule.ts) to one figure set for one reader: each figure passes through
 * `count` or `amount` with its dotted path, and `note()` says what was withheld. For the owning organisation
 * every figure passes unchanged.
 */
export class Discloser {
  private readonly suppressed: string[] = [];
  private readonly key: string;
  readonly minRecords: number;

  constructor(
    readonly exact: boolean,
    organisation: string,
    current: DisclosureSettings = settings,
  ) {
    this.minRecords = current.minRecords;
    this.key = shiftKey(current.secret, organisation);
  }

  /**
   * A count of the organisation's records (people, households, loans, gifts…). A null count (an area with no rows
   * behind the figure, the SQL's SUM over nothing) is zero: every organisation's figures arrive that way.
   */
  count(path: string, value: number | null): number | null {
    const count = value ?? 0;
    if (this.exact) return count;
    return this.mark(path, shownCount(count, this.minRecords));
  }

  /** An amount (whole VND) summed over `records` of the organisation's records; null for either is zero, as above. */
  amount(path: string, value: number | null, records: number | null): number | null {
    const amount = value ?? 0;
    if (this.exact) return amount;
    return this.mark(path, shownAmount(amount, records ?? 0, this.key, this.minRecords));
  }

  /**
   * 100 × part ÷ whole over figures already disclosed: null when either was withheld; from shown figures only,
   * so a percentage never carries more than its parts.
   */
  percent(part: number | null, whole: number | null, of: (part: number, whole: number) => number | null) {
    return part === null || whole === null ? null : of(part, whole);
  }

  note(): FigureDisclosure {
    return { exact: this.exact, minRecords: this.minRecords, suppressed: [...this.suppressed] };
  }

  private mark(path: string, shown: number | null) {
    if (shown === null) this.suppressed.push(path);
    return shown;
  }
}
