import { buildSchema, getArgumentValues, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import {
  argumentLeaves,
  AuditKind,
  AuditTrail,
  criteriaOf,
  fieldNamesOf,
  foundRecords,
  looksSomeoneUp,
  MAX_AUDIT_TEXT,
  MAX_CRITERION_VALUES,
  recordIdsOf,
  storableText,
} from '../audit';
import type { Caller } from '../auth/caller';

const schema = buildSchema(`
  enum Sex { MALE FEMALE }
  input Member { fullName: String! sex: Sex personId: String nationalId: String }
  input Change { id: ID! address: String members: [Member!] note: String }
  input Filter { unitCode: String search: String householdId: ID }
  type Query { households(filter: Filter, first: Int = 20): Int match(nationalIds: [String!]!): Int }
  type Mutation { change(input: Change!, groupIds: [ID!]): Int }
`);

/** The arguments graphql hands a resolver: variables, literals and defaults resolved, per aliased call. */
function coerced(document: string, variables: Record<string, unknown> = {}) {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const root = schema.getRootType(operation.operation)!;
  return operation.selectionSet.selections.map((s) => {
    const node = s as FieldNode;
    const field = root.getFields()[node.name.value]!;
    return { field, leaves: argumentLeaves(field.args, getArgumentValues(field, node, variables)) };
  });
}

describe('argumentLeaves: what a root field was given', () => {
  it('takes record ids from ID and …Id arguments at any depth, lists included, and names the rest', () => {
    const [{ leaves }] = coerced(
      `mutation($m: [Member!]) { change(input: { id: "h1", address: "Số 1", members: $m, note: null },
        groupIds: ["g1", "g2", "g1"]) }`,
      {
        m: [
          { fullName: 'Lê Văn A', sex: 'MALE', personId: 'p1', nationalId: '075090000001' },
          { fullName: 'Lê Thị B' },
        ],
      },
    );
    expect(recordIdsOf(leaves)).toEqual(['h1', 'p1', 'g1', 'g2']);
    expect(fieldNamesOf(leaves)).toEqual([
      'input.address',
      'input.members.fullName',
      'input.members.sex',
      'input.members.nationalId', // personal data, not a record id: its name only
      'input.note', // given as null: a cleared field is a change
    ]);
    expect(JSON.stringify([recordIdsOf(leaves), fieldNamesOf(leaves)])).not.toMatch(/Lê|075090000001/);
  });

  it('is the same for variables and inline literals, and separate for each aliased call', () => {
    const [a, b] = coerced(
      `mutation($id: ID!) { a: change(input: { id: $id, note: "x" }) b: change(input: { id: "h2", address: "y" }) }`,
      { id: 'h1' },
    );
    expect([recordIdsOf(a!.leaves), fieldNamesOf(a!.leaves)]).toEqual([['h1'], ['input.note']]);
    expect([recordIdsOf(b!.leaves), fieldNamesOf(b!.leaves)]).toEqual([['h2'], ['input.address']]);
  });

  it('gives default values as the caller would have written them', () => {
    const [{ leaves }] = coerced(`{ households(filter: { search: "Hùng" }) }`);
    expect(criteriaOf(leaves)).toEqual([
      { name: 'filter.search', values: ['Hùng'] },
      { name: 'first', values: ['20'] },
    ]);
  });
});

describe('storableText', () => {
  it('replaces what PostgreSQL refuses (NUL, lone surrogates) and cuts very long values', () => {
    expect(storableText('a\u0000b\ud800c\udc00')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(storableText('😀')).toBe('😀');
    expect(storableText('x'.repeat(MAX_AUDIT_TEXT + 5))).toBe(`${'x'.repeat(MAX_AUDIT_TEXT)}…`);
  });
});

describe('looksSomeoneUp and criteriaOf', () => {
  it('a search, a national ID or a household is a lookup; a unit alone is not', () => {
    const lookups = [
      `{ households(filter: { search: "an" }) }`,
      `{ households(filter: { householdId: "h1" }) }`,
      `{ match(nationalIds: ["075090000001"]) }`,
    ];
    for (const q of lookups) expect(looksSomeoneUp(coerced(q)[0]!.leaves)).toBe(true);
    expect(looksSomeoneUp(coerced(`{ households(filter: { unitCode: "75" }) }`)[0]!.leaves)).toBe(false);
    expect(looksSomeoneUp(coerced(`{ households(filter: { search: null }) }`)[0]!.leaves)).toBe(false);
  });

  it('keeps every number of a batch in order, up to the batch limit', () => {
    const ids = Array.from({ length: MAX_CRITERION_VALUES + 3 }, (_, i) => String(i).padStart(12, '0'));
    const [criterion] = criteriaOf(
      coerced(`query($n: [String!]!) { match(nationalIds: $n) }`, { n: ids })[0]!.leaves,
    );
    expect(criterion!.values).toHaveLength(MAX_CRITERION_VALUES + 1);
    expect(criterion!.values.slice(0, 2)).toEqual([ids[0], ids[1]]);
    expect(criterion!.values.at(-1)).toBe('(3 more)');
  });
});

describe('foundRecords: what a search found', () => {
  it('a page: its total, and the ids shown', () => {
    expect(foundRecords({ totalCount: 42, nodes: [{ id: 'a' }, { id: 'b' }], pageInfo: {} })).toEqual({
      count: 42,
      ids: ['a', 'b'],
    });
  });

  it('a match names the person and household; no match is 0', () => {
    const match = { person: { id: 'p' }, household: { id: 'h' }, householdStatus: 'POOR', since: new Date() };
    expect(foundRecords(match)).toEqual({ count: 1, ids: ['p', 'h'] });
    expect(foundRecords(null)).toEqual({ count: 0, ids: [] });
  });

  it('a batch counts the numbers matched, not the numbers asked', () => {
    const batch = [
      { nationalId: '1', match: { person: { id: 'p1' }, household: { id: 'h1' } } },
      { nationalId: '2', match: null },
      { nationalId: '3', match: null },
    ];
    expect(foundRecords(batch)).toEqual({ count: 1, ids: ['p1', 'h1'] });
  });
});

describe('AuditTrail', () => {
  const caller: Caller = {
    subject: 's',
    org: 'people-committee',
    roles: ['officer'],
    units: ['75'],
  } as Caller;

  it('folds a resolver’s own note of a change into that mutation’s entry, and keeps other notes apart', () => {
    const trail = new AuditTrail();
    trail.write('endReportObligation', ['o1']);
    trail.write('importHouseholdList.created', ['h1', 'h2']);
    trail.field({ kind: AuditKind.WRITE, field: 'endReportObligation', ids: ['o1'], fields: ['lastYear'] });
    const entries = trail.entries(caller, '00000000-0000-4000-8000-000000000000', 'Op');
    expect(entries.map((e) => [e.kind, e.recordType, e.recordIds, e.fields])).toEqual([
      ['WRITE', 'importHouseholdList.created', ['h1', 'h2'], []],
      ['WRITE', 'endReportObligation', ['o1'], ['lastYear']],
    ]);
  });

  it('drops the notes of a mutation that failed: nothing changed', () => {
    const trail = new AuditTrail();
    const mark = trail.mark();
    trail.write('importHouseholdList.created', ['h1']);
    trail.dropWritesSince(mark);
    trail.field({ kind: AuditKind.WRITE_ATTEMPT, field: 'importHouseholdList', ids: [], error: 'CONFLICT' });
    const entries = trail.entries(caller, '00000000-0000-4000-8000-000000000000', null);
    expect(entries.map((e) => [e.kind, e.recordType, e.error])).toEqual([
      ['WRITE_ATTEMPT', 'importHouseholdList', 'CONFLICT'],
    ]);
  });

  it('stores a subject PostgreSQL would refuse with U+FFFD in place of what it cannot keep', () => {
    const trail = new AuditTrail();
    trail.read('Person', 'p1', 'nationalId');
    const [entry] = trail.entries(
      { ...caller, subject: 'eve\u0000' },
      '00000000-0000-4000-8000-000000000000',
      null,
    );
    expect(entry!.subject).toBe('eve\uFFFD');
  });

  it('a replay is taken once: the next call of the same mutation is logged', () => {
    const trail = new AuditTrail();
    trail.replayed('pay');
    expect(trail.takeReplayed('pay')).toBe(true);
    expect(trail.takeReplayed('pay')).toBe(false);
  });
});
