import { testToken } from '@chung-tay/common/testing';
import { register, useSubgraph } from './fixtures';

const env = useSubgraph();
const LOG = `query($first: Int) { peopleCommitteeAuditLog(first: $first) {
  id kind subject organisation roles operation recordType recordIds fields requestId } }`;

const entries = async (where: string, params: unknown[] = []) =>
  env.h.dataSource.query(`SELECT * FROM audit_entry WHERE ${where} ORDER BY id`, params);

describe('the audit log', () => {
  it('records each change with who, organisation, operation and the record id', async () => {
    const hh = await register(env.h, env.t.officer);
    const [entry] = await entries(`kind = 'WRITE' AND $1 = ANY(record_ids)`, [hh.id]);
    expect(entry).toMatchObject({
      subject: 'people-committee-officer',
      organisation: 'people-committee',
      roles: ['officer'],
      operation: 'Register',
      record_type: 'registerHousehold',
    });
  });

  it('records reads of personal data by record and field, once per request, and not masked reads', async () => {
    const hh = await register(env.h, env.t.officer);
    const READ = `query ReadIds($id: ID!) { household(id: $id) { address members { id nationalId birthYear } } }`;
    await env.h.query(READ, { id: hh.id }, env.t.viewer);
    const reads = await entries(`kind = 'READ_SENSITIVE' AND operation = 'ReadIds'`);
    expect(reads).toHaveLength(2);
    const person = reads.find((r: { record_type: string }) => r.record_type === 'Person');
    expect(person.record_ids.sort()).toEqual(hh.members.map((m: { id: string }) => m.id).sort());
    expect(person.fields).toEqual(['nationalId']);
    expect(reads.find((r: { record_type: string }) => r.record_type === 'Household')).toMatchObject({
      record_ids: [hh.id],
      fields: ['address'],
    });

    await env.h.query(READ.replace('ReadIds', 'UnionRead'), { id: hh.id }, env.t.union);
    expect(await entries(`operation = 'UnionRead'`)).toEqual([]);
  });

  it("is read by People's Committee admins only, newest first", async () => {
    const admin = await testToken({ org: 'people-committee', units: ['75'], roles: ['admin'] });
    const unionAdmin = await testToken({ org: 'labour-union', units: ['75'], roles: ['admin'] });
    const log = await env.h.query(LOG, { first: 3 }, admin);
    expect(log.data!.peopleCommitteeAuditLog).toHaveLength(3);
    const ids = log.data!.peopleCommitteeAuditLog.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    for (const token of [env.t.officer, unionAdmin]) {
      expect((await env.h.query(LOG, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("cannot be changed or emptied, not even by the subgraph's own database role", async () => {
    await expect(env.h.dataSource.query(`UPDATE audit_entry SET subject = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(env.h.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
  });
});
