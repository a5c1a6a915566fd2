import { ORGANISATIONS, type OrganisationId, type Role } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';

// The audit through the gateway, on the demo data: who changed which records (from the arguments, whatever the
// selection), who looked up whom (searches and matches with their criteria and results), read back by each
// organisation's admins.

interface Entry {
  kind: string;
  subject: string;
  organisation: string;
  recordType: string;
  recordIds: string[];
  fields: string[];
  criteria: { name: string; values: string[] }[] | null;
  resultCount: number | null;
  error: string | null;
}

const ENTRY = `kind subject organisation recordType recordIds fields criteria { name values } resultCount error`;

let hub: TestHub;
let household: { id: string; members: { id: string; fullName: string; nationalId: string }[] };
const tokens: Record<string, string> = {};

/** Entries of one organisation's log made by one caller (each test signs in under its own subject). */
async function logOf(org: string, subject: string): Promise<Entry[]> {
  const field = `${org.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}AuditLog`;
  const res = await hub.query(`{ ${field}(first: 200) { ${ENTRY} } }`, {}, tokens[`${org}-admin`]);
  expect(res.errors).toBeUndefined();
  return (res.data![field] as Entry[]).filter((e) => e.subject === subject).reverse();
}

const as = (org: OrganisationId, role: Role, subject: string) =>
  hub.token({ org, units: ['75'], roles: [role], subject });

beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  for (const org of ORGANISATIONS) {
    tokens[`${org}-admin`] = await hub.token({ org, units: ['75'], roles: ['admin'] });
  }
  const viewer = await as('people-committee', 'viewer', 'setup');
  const list = await hub.query(
    `{ households(filter: { unitCode: "75" }, first: 20) { nodes { id members { id fullName nationalId } } } }`,
    {},
    viewer,
  );
  household = list.data!.households.nodes.find(
    (h: typeof household) => h.members.length >= 2 && h.members.every((m) => m.nationalId),
  );
});
afterAll(() => hub?.close());

describe('a change', () => {
  it('updatePerson selecting no id is audited with the person and the field names, not their values', async () => {
    const officer = await as('people-committee', 'officer', 'audit-rename');
    const person = household.members[1]!;
    const res = await hub.query(
      `mutation($id: ID!) { updatePerson(id: $id, input: { ethnicity: "Tày" }) { birthYear } }`,
      { id: person.id },
      officer,
    );
    expect(res.errors).toBeUndefined();
    expect(await logOf('people-committee', 'audit-rename')).toEqual([
      expect.objectContaining({
        kind: 'WRITE',
        recordType: 'updatePerson',
        recordIds: [person.id],
        fields: ['input.ethnicity'],
        error: null,
      }),
    ]);
  });

  it('several aliased calls with variables and literals: each under its own name and records', async () => {
    const officer = await as('people-committee', 'officer', 'audit-aliases');
    const [head, second] = household.members;
    const res = await hub.query(
      `mutation Fix($id: ID!, $ethnicity: String) {
        one: updatePerson(id: $id, input: { ethnicity: $ethnicity }) { birthYear }
        two: updatePerson(id: "${second!.id}", input: { relationToHead: SPOUSE }) { birthYear } }`,
      { id: head!.id, ethnicity: 'Kinh' },
      officer,
    );
    expect(res.errors).toBeUndefined();
    const log = await logOf('people-committee', 'audit-aliases');
    expect(log.map((e) => [e.kind, e.recordType, e.recordIds, e.fields])).toEqual([
      ['WRITE', 'updatePerson', [head!.id], ['input.ethnicity']],
      ['WRITE', 'updatePerson', [second!.id], ['input.relationToHead']],
    ]);
  });

  it('a refused change is an attempt with its error and the records it named, never a change', async () => {
    const viewer = await as('people-committee', 'viewer', 'audit-refused');
    const person = household.members[0]!;
    const res = await hub.query(
      `mutation($id: ID!) { updatePerson(id: $id, input: { fullName: "Ai Đó" }) { birthYear } }`,
      { id: person.id },
      viewer,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const log = await logOf('people-committee', 'audit-refused');
    expect(log.map((e) => [e.kind, e.recordIds, e.fields, e.error])).toEqual([
      ['WRITE_ATTEMPT', [person.id], ['input.fullName'], 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(log)).not.toContain('Ai Đó');
  });
});

describe('a search or match over personal data', () => {
  it('a search of the register by name: its criteria, how many it found and which', async () => {
    const viewer = await as('people-committee', 'viewer', 'audit-name-search');
    const name = household.members[0]!.fullName;
    const res = await hub.query(
      `query($q: String!) { households(filter: { search: $q }, first: 5) { totalCount nodes { code } } }`,
      { q: name },
      viewer,
    );
    const { totalCount } = res.data!.households;
    expect(totalCount).toBeGreaterThanOrEqual(1);
    const [entry, ...others] = await logOf('people-committee', 'audit-name-search');
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ kind: 'SEARCH', recordType: 'households', resultCount: totalCount });
    expect(entry!.criteria).toContainEqual({ name: 'filter.search', values: [name] });
    expect(entry!.recordIds).toContain(household.id);
  });

  it('a match on national ID, found, not found and malformed: each with the number tried', async () => {
    const union = await as('labour-union', 'officer', 'audit-match');
    const MATCH = `query($n: String!) { registerMatch(nationalId: $n) { person { id } } }`;
    const found = household.members[0]!;
    await hub.query(MATCH, { n: found.nationalId }, union);
    await hub.query(MATCH, { n: '075099999999' }, union);
    await hub.query(MATCH, { n: '12' }, union);
    const log = await logOf('people-committee', 'audit-match');
    expect(
      log.map((e) => [e.kind, e.organisation, e.recordType, e.criteria, e.resultCount, e.error]),
    ).toEqual([
      [
        'SEARCH',
        'labour-union',
        'registerMatch',
        [{ name: 'nationalId', values: [found.nationalId] }],
        1,
        null,
      ],
      [
        'SEARCH',
        'labour-union',
        'registerMatch',
        [{ name: 'nationalId', values: ['075099999999'] }],
        0,
        null,
      ],
      [
        'SEARCH',
        'labour-union',
        'registerMatch',
        [{ name: 'nationalId', values: ['12'] }],
        null,
        'BAD_USER_INPUT',
      ],
    ]);
    expect(log[0]!.recordIds).toEqual([found.id, household.id]);
    expect(log[1]!.recordIds).toEqual([]);
  });

  it.each<[OrganisationId, string]>([
    ['labour-union', 'unionMembers'],
    ['womens-union', 'womensUnionMembers'],
    ['fatherland-front', 'needsList'],
    ['microfinance', 'borrowers'],
  ])("%s's list of one household (%s) is a lookup, in its own log", async (org, field) => {
    const subject = `audit-${field}`;
    const officer = await as(org, 'officer', subject);
    const res = await hub.query(
      `query($h: ID!) { ${field}(filter: { householdId: $h }) { totalCount } }`,
      { h: household.id },
      officer,
    );
    expect(res.errors).toBeUndefined();
    const log = await logOf(org, subject);
    expect(log).toEqual([
      expect.objectContaining({
        kind: 'SEARCH',
        organisation: org,
        recordType: field,
        resultCount: res.data![field].totalCount,
        criteria: expect.arrayContaining([{ name: 'filter.householdId', values: [household.id] }]),
      }),
    ]);
  });

  it("a search of the Women's Union members by name", async () => {
    const officer = await as('womens-union', 'viewer', 'audit-wu-search');
    const res = await hub.query(
      `{ womensUnionMembers(filter: { search: "thi" }, first: 3) { totalCount nodes { id } } }`,
      {},
      officer,
    );
    const { totalCount, nodes } = res.data!.womensUnionMembers;
    const [entry] = await logOf('womens-union', 'audit-wu-search');
    expect(entry).toMatchObject({
      kind: 'SEARCH',
      recordType: 'womensUnionMembers',
      resultCount: totalCount,
      recordIds: nodes.map((n: { id: string }) => n.id),
    });
    expect(entry!.criteria).toContainEqual({ name: 'filter.search', values: ['thi'] });
  });

  it('a list by unit alone is no lookup of anyone', async () => {
    const viewer = await as('people-committee', 'viewer', 'audit-by-unit');
    await hub.query(`{ households(filter: { unitCode: "75" }, first: 2) { totalCount } }`, {}, viewer);
    expect(await logOf('people-committee', 'audit-by-unit')).toEqual([]);
  });
});
