import type { SubgraphHarness } from './subgraph-harness';

/** A money-recording mutation whose idempotency key is checked over HTTP against its subgraph. */
export interface IdempotentMutation {
  /** The mutation field, e.g. `recordFrontDonation`. */
  name: string;
  /** The operation, taking `$input`; it must select `id` of what it returns. */
  document: string;
  /** A fresh valid input (without a key); called for each request that should record. */
  input: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Fields that make the same key a different request, e.g. `{ amount: 2 }`. */
  changed: Record<string, unknown>;
  /** The table one recording adds rows to, and how many. */
  table: string;
  rowsPerRecording?: number;
  /** false when the same input cannot be recorded twice anyway (e.g. disbursing one loan). */
  recordsTwiceWithoutKey?: boolean;
}

let keys = 0;
const newKey = () => `test-key-${process.pid}-${Date.now()}-${++keys}`;
const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((v) => (v as { id: string }).id);

/**
 * The idempotency-key behaviour every money-recording mutation shares: a retry returns the first result and
 * records once (one audit entry), a concurrent duplicate too, a changed request with the same key is a CONFLICT
 * that writes nothing, a malformed key is BAD_USER_INPUT, and without a key each call records.
 */
export function describeIdempotency(
  env: () => { h: SubgraphHarness; token: string },
  m: IdempotentMutation,
): void {
  const perRecording = m.rowsPerRecording ?? 1;
  const rows = async () =>
    Number((await env().h.dataSource.query(`SELECT count(*) AS n FROM ${m.table}`))[0].n);
  const audited = async () =>
    Number(
      (
        await env().h.dataSource.query(
          `SELECT count(*) AS n FROM audit_entry WHERE kind = 'WRITE' AND record_type = $1`,
          [m.name],
        )
      )[0].n,
    );
  const send = (input: Record<string, unknown>) => env().h.query(m.document, { input }, env().token);
  const recorded = (res: { data?: Record<string, unknown> | null; errors?: unknown }) => {
    expect(res.errors).toBeUndefined();
    return idsOf(res.data![m.name]);
  };

  describe(`${m.name} with an idempotency key`, () => {
    it('a retry returns the first result and records it once, audited once', async () => {
      const input = { ...(await m.input()), idempotencyKey: newKey() };
      const [before, auditBefore] = [await rows(), await audited()];
      const first = recorded(await send(input));
      const retry = recorded(await send(input));
      expect(retry).toEqual(first);
      expect(await rows()).toBe(before + perRecording);
      expect(await audited()).toBe(auditBefore + 1);
    });

    it('two at once with one key record it once', async () => {
      const input = { ...(await m.input()), idempotencyKey: newKey() };
      const before = await rows();
      const [a, b] = await Promise.all([send(input), send(input)]);
      expect(recorded(b)).toEqual(recorded(a));
      expect(await rows()).toBe(before + perRecording);
    });

    it('the same key with a different request is a CONFLICT and writes nothing', async () => {
      const input = { ...(await m.input()), idempotencyKey: newKey() };
      recorded(await send(input));
      const before = await rows();
      const res = await send({ ...input, ...m.changed });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.idempotencyKey',
      });
      expect(res.errors?.[0]?.message).toMatch(/was used for a different request/);
      expect(await rows()).toBe(before);
    });

    it('a malformed key is BAD_USER_INPUT naming the field', async () => {
      const before = await rows();
      const res = await send({ ...(await m.input()), idempotencyKey: 'bad key!' });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/idempotencyKey/);
      expect(await rows()).toBe(before);
    });

    if (m.recordsTwiceWithoutKey !== false) {
      it('without a key each call records', async () => {
        const before = await rows();
        recorded(await send(await m.input()));
        recorded(await send(await m.input()));
        expect(await rows()).toBe(before + 2 * perRecording);
      });
    }
  });
}
