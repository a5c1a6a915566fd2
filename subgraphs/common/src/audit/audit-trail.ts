import type { Caller } from '../auth/caller';
import { AuditKind, type AuditEntry } from './audit-entry.entity';

type NewEntry = Omit<AuditEntry, 'id' | 'at'>;

/** Collects one request's audit events; the server writes them in one statement when the response goes out. */
export class AuditTrail {
  private readonly reads = new Map<string, { ids: Set<string>; fields: Set<string> }>();
  private readonly writes: { recordType: string; ids: string[] }[] = [];
  private readonly replays = new Set<string>();

  /** A personal-data field of a record was shown to the caller. */
  read(recordType: string, id: string, field: string): void {
    const entry = this.reads.get(recordType) ?? { ids: new Set(), fields: new Set() };
    entry.ids.add(id);
    entry.fields.add(field);
    this.reads.set(recordType, entry);
  }

  /** A mutation changed records. */
  write(mutation: string, ids: string[]): void {
    this.writes.push({ recordType: mutation, ids });
  }

  /** A mutation answered a retry (same idempotency key) with its first result: its change is logged already. */
  replayed(mutation: string): void {
    this.replays.add(mutation);
  }

  wasReplayed(mutation: string): boolean {
    return this.replays.has(mutation);
  }

  entries(caller: Caller, requestId: string, operation: string | null): NewEntry[] {
    const base = {
      subject: caller.subject,
      organisation: caller.org,
      roles: caller.roles,
      operation,
      requestId,
    };
    return [
      ...[...this.reads].map(([recordType, r]) => ({
        ...base,
        kind: AuditKind.READ_SENSITIVE,
        recordType,
        recordIds: [...r.ids],
        fields: [...r.fields],
      })),
      ...this.writes.map((w) => ({
        ...base,
        kind: AuditKind.WRITE,
        recordType: w.recordType,
        recordIds: w.ids,
        fields: [],
      })),
    ];
  }
}
