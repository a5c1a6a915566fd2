import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context';
import { AuditEntry } from './audit-entry.entity';

/** The id (or code) a mutation returned names the record it changed. */
function changedIds(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((v) =>
      v && typeof v === 'object'
        ? ((v as { id?: unknown; code?: unknown }).id ?? (v as { code?: unknown }).code)
        : null,
    )
    .filter((id): id is string => typeof id === 'string');
}

/**
 * Writes the request's audit trail when the response is sent: sensitive reads the field rules recorded, and
 * each mutation that succeeded, with the ids it returned.
 */
export function auditPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, response }) {
          const { audit, caller, requestId } = contextValue;
          if (operation?.operation === 'mutation' && response.body.kind === 'single') {
            const data = response.body.singleResult.data ?? {};
            const failed = new Set((response.body.singleResult.errors ?? []).map((e) => e.path?.[0]));
            // Response keys may be aliases; a replayed mutation (idempotency key) was logged the first time.
            const names = new Map(
              operation.selectionSet.selections.flatMap((s) =>
                s.kind === 'Field' ? [[s.alias?.value ?? s.name.value, s.name.value] as const] : [],
              ),
            );
            for (const [field, value] of Object.entries(data)) {
              if (audit.wasReplayed(names.get(field) ?? field)) continue;
              if (value != null && !failed.has(field)) audit.write(field, changedIds(value));
            }
          }
          const entries = audit.entries(caller, requestId, operationName ?? null);
          if (entries.length) await dataSource.getRepository(AuditEntry).insert(entries);
        },
      };
    },
  };
}
