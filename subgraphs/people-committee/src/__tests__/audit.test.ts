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

describe('what a change is audited with', () => {
  const UPDATE = `mutation Rename($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) { birthYear } }`;

  it('the person changed and the fields given, from the arguments, whatever the selection', async () => {
    const hh = await register(env.h, env.t.officer);
    const person = hh.members[1];
    const res = await env.h.query(
      UPDATE,
      { id: person.id, input: { fullName: 'Trần Thị Mai Anh' } },
      env.t.officer,
    );
    expect(res.errors).toBeUndefined();
    const [entry] = await entries(`operation = 'Rename' AND $1 = ANY(record_ids)`, [person.id]);
    expect(entry).toMatchObject({
      kind: 'WRITE',
      record_type: 'updatePerson',
      record_ids: [person.id],
      fields: ['input.fullName'],
      error: null,
    });
    // Field names only: the new name is not in the log.
    expect(JSON.stringify(entry)).not.toContain('Mai Anh');
  });

  it('each call of a request under its own name, with aliases, variables and inline literals', async () => {
    const hh = await register(env.h, env.t.officer);
    const [head, spouse] = hh.members;
    const res = await env.h.query(
      `mutation Both($id: ID!, $name: String!) {
        first: updatePerson(id: $id, input: { fullName: $name }) { birthYear }
        second: updatePerson(id: "${spouse.id}", input: { ethnicity: "Tày", nationalId: null }) { birthYear }
        added: addHouseholdMember(householdId: "${hh.id}", input: { fullName: "Nguyễn Văn An",
          birthDate: "2015-05-05", sex: MALE, relationToHead: CHILD }) { birthYear } }`,
      { id: head.id, name: 'Nguyễn Văn Hưng' },
      env.t.officer,
    );
    expect(res.errors).toBeUndefined();
    const written = await entries(`operation = 'Both'`);
    const changes = written.filter((e: { kind: string }) => e.kind === 'WRITE');
    expect(changes.map((e: { record_type: string; fields: string[] }) => [e.record_type, e.fields])).toEqual([
      ['updatePerson', ['input.fullName']],
      // graphql coerces an input object's fields in the order the type declares them
      ['updatePerson', ['input.nationalId', 'input.ethnicity']],
      ['addHouseholdMember', ['input.fullName', 'input.birthDate', 'input.sex', 'input.relationToHead']],
    ]);
    expect(changes[0].record_ids).toEqual([head.id]);
    expect(changes[1].record_ids).toEqual([spouse.id]);
    // The household named in the arguments and the member created, though the selection returned no id.
    const [added] = await env.h.dataSource.query(
      `SELECT id FROM person WHERE household_id = $1 AND full_name = 'Nguyễn Văn An'`,
      [hh.id],
    );
    expect(changes[2].record_ids).toEqual([hh.id, added.id]);
  });

  it('a failed change as an attempt with its error, never as a change', async () => {
    const hh = await register(env.h, env.t.officer);
    const person = hh.members[0];
    await env.h.query(
      UPDATE.replace('Rename', 'ViewerTries'),
      { id: person.id, input: { fullName: 'X Y' } },
      env.t.viewer,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    await env.h.query(
      UPDATE.replace('Rename', 'NoOne'),
      { id: missing, input: { fullName: 'X Y' } },
      env.t.officer,
    );
    const tried = await entries(`operation IN ('ViewerTries', 'NoOne')`);
    expect(
      tried.map((e: Record<string, unknown>) => [e.operation, e.kind, e.record_ids, e.fields, e.error]),
    ).toEqual([
      ['ViewerTries', 'WRITE_ATTEMPT', [person.id], ['input.fullName'], 'FORBIDDEN'],
      ['NoOne', 'WRITE_ATTEMPT', [missing], ['input.fullName'], 'NOT_FOUND'],
    ]);
  });

  it('keeps what was tried even when an argument cannot be stored as sent (NUL, broken unicode)', async () => {
    const res = await env.h.query(
      UPDATE.replace('Rename', 'Junk'),
      { id: 'ab\u0000c\ud800', input: { fullName: 'X Y' } },
      env.t.officer,
    );
    expect(res.errors).toHaveLength(1);
    const [entry] = await entries(`operation = 'Junk'`);
    expect(entry).toMatchObject({ kind: 'WRITE_ATTEMPT', record_ids: ['ab\uFFFDc\uFFFD'] });
  });
});

describe('what a search is audited with', () => {
  const SEARCH = `query Find($filter: HouseholdFilter) { households(filter: $filter, first: 5) { totalCount } }`;

  it('a search of the register by name: the criteria, how many it found and which', async () => {
    const hh = await register(env.h, env.t.officer, {}, ['Đoàn Văn Khiêm', 'Lê Thị Hạnh']);
    const res = await env.h.query(
      SEARCH,
      { filter: { search: 'doan van khiem', unitCode: '75' } },
      env.t.viewer,
    );
    expect(res.data!.households.totalCount).toBe(1);
    const [entry] = await entries(`operation = 'Find'`);
    expect(entry).toMatchObject({
      kind: 'SEARCH',
      subject: 'people-committee-viewer',
      record_type: 'households',
      record_ids: [hh.id],
      result_count: 1,
      error: null,
    });
    expect(entry.criteria).toEqual(
      expect.arrayContaining([
        { name: 'filter.search', values: ['doan van khiem'] },
        { name: 'filter.unitCode', values: ['75'] },
      ]),
    );
  });

  it('a list by unit alone is no lookup of anyone', async () => {
    await env.h.query(SEARCH.replace('Find', 'ByUnit'), { filter: { unitCode: '75' } }, env.t.viewer);
    expect(await entries(`operation = 'ByUnit'`)).toEqual([]);
  });
});
