import { createHash } from 'node:crypto';
import { IsOptional, Matches } from 'class-validator';
import { Field } from 'type-graphql';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditTrail } from './audit/audit-trail';
import type { Caller } from './auth/caller';
import { BadUserInputError, ConflictError } from './errors';

/**
 * Idempotency keys of money-recording mutations: a tool sends a key of its choosing with the request; a retry
 * with the same key (a lost response, a double click) gets the first result back instead of recording the
 * money twice. Keys belong to the caller (organisation + token subject) and are kept for good; keeping 30 days
 * would be enough, nothing removes them yet.
 */
export class IdempotencyKeys1763900009000 implements MigrationInterface {
  name = 'IdempotencyKeys1763900009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE idempotency_key (
      key text NOT NULL,
      scope text NOT NULL,
      operation text NOT NULL,
      request_hash text NOT NULL,
      result jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
const KEY_RULE = 'must be 8 to 100 letters, digits, "-" or "_" (e.g. a UUID)';

/** The optional `idempotencyKey: String` field of a money-recording mutation's input. */
export function IdempotencyKeyField(): PropertyDecorator {
  const decorators: PropertyDecorator[] = [
    Field(() => String, {
      nullable: true,
      description:
        'A key of your choosing, new for each recording (e.g. a UUID made when the form opens), 8–100 of ' +
        'A–Z a–z 0–9 - _. A retry with the same key and the same input records nothing and returns the first ' +
        'result; the same key with a different input is refused with CONFLICT. Send one so a retry after a lost ' +
        'response never records the money twice.',
    }),
    IsOptional(),
    Matches(IDEMPOTENCY_KEY_PATTERN, { message: `idempotencyKey ${KEY_RULE}` }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** JSON with object keys sorted, so equal inputs hash alike whatever order their fields came in. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface IdempotentCall {
  /** The caller's key, if any; without one the work simply runs. */
  key: string | null | undefined;
  /** The mutation, e.g. `recordFrontDonation`. */
  operation: string;
  /** The input as sent; its `idempotencyKey` is left out of the hash. */
  request: unknown;
  /** Input path of the key, for errors; `input.idempotencyKey` if left out. */
  field?: string;
}

export interface Replay<R, Ref> {
  /** A small JSON reference to the result, kept with the key (e.g. `{ id }`). */
  keep: (result: R) => Ref;
  /** The first result again from its reference, read inside the same transaction. */
  load: (ref: Ref) => Promise<R>;
}

/**
 * Runs `work` once per idempotency key, inside the mutation's transaction `em` (call it first there). The key row
 * is inserted before the work: a concurrent request with the same key waits on it (the unique key of an
 * uncommitted row) and then finds the first request's result; if the first rolled back, the second runs itself.
 * A retry with the same key and request returns `replay.load` of the kept reference and marks the mutation as
 * replayed in the audit trail (its audit entry was written the first time); a different request → CONFLICT.
 */
export async function once<R, Ref>(
  em: EntityManager,
  ctx: { caller: Caller; audit?: AuditTrail },
  call: IdempotentCall,
  work: () => Promise<R>,
  replay: Replay<R, Ref>,
): Promise<R> {
  const field = call.field ?? 'input.idempotencyKey';
  if (call.key == null) return work();
  if (!IDEMPOTENCY_KEY_PATTERN.test(call.key)) throw new BadUserInputError(KEY_RULE, field);
  const scope = `${ctx.caller.org}:${ctx.caller.subject}`;
  const { idempotencyKey: _key, ...request } = (call.request ?? {}) as Record<string, unknown>;
  const hash = createHash('sha256')
    .update(`${call.operation}\n${canonicalJson(request)}`)
    .digest('hex');
  const claimed = (await em.query(
    `INSERT INTO idempotency_key (key, scope, operation, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [call.key, scope, call.operation, hash],
  )) as unknown[];
  if (claimed.length) {
    const result = await work();
    await em.query(`UPDATE idempotency_key SET result = $3 WHERE scope = $1 AND key = $2`, [
      scope,
      call.key,
      JSON.stringify(replay.keep(result)),
    ]);
    return result;
  }
  const [first] = (await em.query(
    `SELECT operation, request_hash, result FROM idempotency_key WHERE scope = $1 AND key = $2`,
    [scope, call.key],
  )) as { operation: string; request_hash: string; result: Ref | null }[];
  if (!first || first.request_hash !== hash || first.result == null) {
    throw new ConflictError(
      first && first.operation !== call.operation
        ? `idempotencyKey ${call.key} was used for another request (${first.operation}); send a new key for a new recording`
        : `idempotencyKey ${call.key} was used for a different request; send a new key for a new recording`,
      field,
    );
  }
  ctx.audit?.replayed(call.operation);
  return replay.load(first.result);
}

/** The usual reference: the id of the record a mutation returned, or the ids of the records, in order. */
export const keepIds = (result: { id: string } | { id: string }[]): string[] =>
  Array.isArray(result) ? result.map((r) => r.id) : [result.id];
