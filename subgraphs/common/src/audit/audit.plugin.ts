import type { ApolloServerPlugin, GraphQLFieldResolverParams } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context';
import { isDatabaseUnavailable, DATABASE_UNAVAILABLE } from '../errors';
import { argumentLeaves, fieldNamesOf, recordIdsOf, storableText } from './arguments';
import { AuditEntry, AuditKind } from './audit-entry.entity';
import { criteriaOf, foundRecords, looksSomeoneUp, MAX_CRITERION_VALUES } from './lookups';

/** The id (or code) of each record a mutation returned: what it created. */
function returnedIds(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((v) =>
      v && typeof v === 'object'
        ? ((v as { id?: unknown; code?: unknown }).id ?? (v as { code?: unknown }).code)
        : null,
    )
    .filter((id): id is string => typeof id === 'string');
}

/** The code a failed field answered with, as the caller saw it (unknown errors are internal). */
function errorCode(error: unknown): string {
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  const e = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { extensions } = (e ?? {}) as { extensions?: { code?: unknown; validationErrors?: unknown } };
  if (extensions?.validationErrors) return 'BAD_USER_INPUT';
  return typeof extensions?.code === 'string' ? storableText(extensions.code) : 'INTERNAL_SERVER_ERROR';
}

type FieldParams = GraphQLFieldResolverParams<unknown, RequestContext<unknown>>;

/**
 * One root field's audit, from its coerced arguments and the value its resolver returned — never from the
 * response, whose selection the caller chooses. A mutation: its record ids and input field names, as a change
 * when it succeeded or an attempt when it failed. A query that looks someone up: its criteria and what it found.
 */
function auditRootField({ args, contextValue, info }: FieldParams) {
  // Called for every field of every answer: the cheapest test first.
  if (info.path.prev !== undefined || info.fieldName.startsWith('_')) return;
  const isMutation = info.operation.operation === 'mutation';
  if (!isMutation && info.operation.operation !== 'query') return;
  const definition = info.parentType.getFields()[info.fieldName]!;
  const leaves = argumentLeaves(definition.args, args);
  if (!isMutation && !looksSomeoneUp(leaves)) return;
  const { audit } = contextValue;
  const field = info.fieldName;
  const mark = audit.mark();
  return (error: Error | null, result?: unknown) => {
    if (!isMutation) {
      const found = error ? null : foundRecords(result);
      audit.field({
        kind: AuditKind.SEARCH,
        field,
        ids: found?.ids ?? [],
        criteria: criteriaOf(leaves),
        resultCount: found?.count ?? null,
        error: error ? errorCode(error) : null,
      });
    } else if (error) {
      audit.dropWritesSince(mark);
      const ids = recordIdsOf(leaves).slice(0, MAX_CRITERION_VALUES);
      audit.field({
        kind: AuditKind.WRITE_ATTEMPT,
        field,
        ids,
        fields: fieldNamesOf(leaves),
        error: errorCode(error),
      });
    } else if (!audit.takeReplayed(field)) {
      const ids = [...new Set([...recordIdsOf(leaves), ...returnedIds(result)])];
      audit.field({ kind: AuditKind.WRITE, field, ids, fields: fieldNamesOf(leaves) });
    }
  };
}

/**
 * Writes the request's audit trail when the response is sent: the sensitive reads the field rules recorded, each
 * mutation (done or failed) and each search over personal data, as auditRootField saw them.
 */
export function auditPlugin<Loaders>(dataSource: DataSource): ApolloServerPlugin<RequestContext<Loaders>> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return { willResolveField: auditRootField };
        },
        async willSendResponse({ contextValue, operationName }) {
          const { audit, caller, requestId } = contextValue;
          const entries = audit.entries(
            caller,
            requestId,
            operationName ? storableText(operationName) : null,
          );
          if (entries.length) await dataSource.getRepository(AuditEntry).insert(entries);
        },
      };
    },
  };
}
