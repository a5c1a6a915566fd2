import type { Caller } from '../auth/caller';
import { storableText } from './arguments';
import { AuditKind, type AuditCriterion, type AuditEntry } from './audit-entry.entity';

type NewEntry = Omit<AuditEntry, 'id' | 'at'>;

/** What the audit plugin saw of one root field: a change, a failed change, or a search. */
export interface FieldEvent {
  kind: AuditKind.WRITE | AuditKind.WRITE_ATTEMPT | AuditKind.SEARCH;
  /** The mutation or query field (never its alias). */
  field: string;
  ids: string[];
  fields?: string[];
  criteria?: AuditCriterion[];
  resultCount?: number | null;
  error?: string | null;
}

/** Collects one request's audit events; the server writes them in one statement when the response goes out. */
export class AuditTrail {
  private readonly reads = new Map<string, { ids: Set<string>; fields: Set<string> }>();
  private readonly writes: { recordType: string; ids: string[] }[] = [];
  private readonly events: FieldEvent[] = [];
  private readonly replays = new Set<string>();

  /** A personal-data field of a record was shown to the caller. */
  read(recordType: string, id: string, field: string): void {
    const entry = this.reads.get(recordType) ?? { ids: new Set(), fields: new Set() };
    entry.ids.add(id);
    entry.fields.add(field);
    this.reads.set(recordType, entry);
  }

  /**
   * A resolver changed records its arguments and result do not name (an import's created rows, under a name
   * such as `importHouseholdList.created`). Under the mutation's own name it adds to that mutation's entry.
   */
  write(recordType: string, ids: string[]): void {
    this.writes.push({ recordType, ids });
  }

  /** A root field ran (see audit.plugin.ts). */
  field(event: FieldEvent): void {
    this.events.push(event);
  }

  /** Where the explicit writes stand; a mutation that fails drops the ones it recorded (nothing changed). */
  mark(): number {
    return this.writes.length;
  }

  dropWritesSince(mark: number): void {
    this.writes.length = Math.min(this.writes.length, mark);
  }

  /** A mutation answered a retry (same idempotency key) with its first result: its change is logged already. */
  replayed(mutation: string): void {
    this.replays.add(mutation);
  }

  wasReplayed(mutation: string): boolean {
    return this.replays.has(mutation);
  }

  /** Whether the mutation just resolved was a replay; mutations run one after another, so it was this one. */
  takeReplayed(mutation: string): boolean {
    return this.replays.delete(mutation);
  }

  entries(caller: Caller, requestId: string, operation: string | null): NewEntry[] {
    const base = {
      // The token's subject is the caller's text too: a NUL in it must not make every request of theirs fail.
      subject: storableText(caller.subject),
      organisation: caller.org,
      roles: caller.roles,
      operation,
      requestId,
      criteria: null,
      resultCount: null,
      error: null,
    };
    const changes = this.events.filter((e) => e.kind === AuditKind.WRITE);
    const told = (w: { recordType: string; ids: string[] }) =>
      changes.some((c) => c.field === w.recordType && w.ids.every((id) => c.ids.includes(id)));
    return [
      ...[...this.reads].map(([recordType, r]) => ({
        ...base,
        kind: AuditKind.READ_SENSITIVE,
        recordType,
        recordIds: [...r.ids],
        fields: [...r.fields],
      })),
      ...this.writes
        .filter((w) => !told(w))
        .map((w) => ({
          ...base,
          kind: AuditKind.WRITE,
          recordType: w.recordType,
          recordIds: w.ids,
          fields: [],
        })),
      ...this.events.map((e) => ({
        ...base,
        kind: e.kind,
        recordType: e.field,
        recordIds: e.ids,
        fields: e.fields ?? [],
        criteria: e.criteria ?? null,
        resultCount: e.resultCount ?? null,
        error: e.error ?? null,
      })),
    ];
  }
}
