import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import type { AssertedCaller, OrganisationId } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';
import { entityCases } from '../malformed-entities';
import { malformedCases, rootFieldOwners, type MalformedCase } from '../malformed-input';
import { rowCounts } from '../row-counts';

// Malformed values in every argument of every root field, generated from the gateway's schema, each sent as an
// admin (and officer) of the organisation whose subgraph resolves the field; then malformed `_entities`
// representations of every entity, sent to each subgraph as the gateway would. None may answer an internal error
// or a 5xx, and none may write.

const SUPERGRAPH = join(__dirname, '../../../schema/supergraph.graphql');
/** Requests in flight at once: enough to keep the gateway busy, few enough for a shared two-core machine. */
const POOL = 6;

let hub: TestHub;
let before: Record<string, number>;
const tokens: Partial<Record<string, string>> = {};

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What is wrong with an answer: a 5xx, or an internal error (its message, for the report). */
function internal(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  // A request the generator built wrong never reaches a resolver, and would pass without testing anything.
  const unsent = answer.errors?.find((e) =>
    /^Variable "\$\w+" .*(not provided|got invalid value \{)/.test(e.message),
  );
  if (unsent) return `not a test of the value: ${unsent.message}`;
  const error = answer.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  return error ? `INTERNAL_SERVER_ERROR: ${error.message}` : null;
}

const describeValue = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 30 ? `${text.slice(0, 30)}…(${text.length} chars)` : text;
};

async function pool<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: POOL }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

async function tokenFor(org: string): Promise<string> {
  tokens[org] ??= await hub.token({ org: org as OrganisationId, units: ['75'], roles: ['admin', 'officer'] });
  return tokens[org]!;
}

beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  before = await rowCounts(hub.databaseUrls);
}, 300_000);

afterAll(async () => {
  await hub?.close();
});

it('answers malformed values in every argument of every root field without an internal error or a 5xx', async () => {
  const introspection = await hub.query<IntrospectionQuery>(
    getIntrospectionQuery(),
    {},
    await tokenFor('people-committee'),
  );
  expect(introspection.errors).toBeUndefined();
  const schema = buildClientSchema(introspection.data!);
  const owners = rootFieldOwners(readFileSync(SUPERGRAPH, 'utf8'));
  // registerProgramme needs nothing that exists, so a well-formed default would let a case with a valid name
  // create one: its code is a taken one, refused only after every other value was checked.
  const programmes = await hub.query(
    `{ programmes(first: 1) { nodes { code } } }`,
    {},
    await tokenFor('people-committee'),
  );
  const takenCode = programmes.data!.programmes.nodes[0].code as string;
  const cases = malformedCases(schema, { registerProgramme: { 'input.code': takenCode } });
  // A generator that found nothing would pass anything: the register's fields must be among the cases.
  for (const field of [
    'household',
    'person',
    'programme',
    'updatePerson',
    'addHouseholdMember',
    'recordBenefit',
  ])
    expect(cases.some((c) => c.field === field)).toBe(true);
  expect(cases.some((c) => c.path === 'input.people[0].personId')).toBe(true);

  const failures: string[] = [];
  const started = Date.now();
  await pool(cases, async (c: MalformedCase) => {
    const owner = owners[c.field];
    if (!owner) throw new Error(`no owning subgraph for ${c.field} in the supergraph`);
    const answer = await hub.query(c.query, c.variables, await tokenFor(owner));
    const problem = internal(answer);
    if (problem) failures.push(`${c.operation} ${c.field} ${c.path} = ${describeValue(c.value)}: ${problem}`);
  });
  console.log(
    `${cases.length} malformed values in ${new Set(cases.map((c) => c.field)).size} root fields, ` +
      `${failures.length} answered an internal error, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  expect(failures).toEqual([]);
}, 600_000);

it("answers malformed _entities representations of every subgraph's entities without an internal error", async () => {
  // Straight to each subgraph, as the gateway would send it: an assertion made with the hub's gateway key.
  const post = async (
    org: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer & { data?: any }> => {
    const caller: AssertedCaller = {
      subject: `${org}-admin`,
      org: org as OrganisationId,
      units: ['75'],
      roles: ['admin', 'officer'],
    };
    return (await hub.asGateway(org, caller, query, variables)).send() as Promise<Answer & { data?: any }>;
  };
  const failures: string[] = [];
  let sent = 0;
  for (const org of Object.keys(hub.subgraphUrls)) {
    const service = await post(org, '{ _service { sdl } }');
    expect(service.errors).toBeUndefined();
    const cases = entityCases(service.data._service.sdl);
    expect(cases.length).toBeGreaterThan(0);
    await pool(cases, async (c) => {
      const answer = await post(
        org,
        'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        { r: c.representations },
      );
      sent += c.representations.length;
      const problem = internal(answer);
      if (problem) failures.push(`${org} ${c.entity}.${c.field}: ${problem}`);
      // Each malformed representation is refused at its own index, with what is wrong.
      else if (!answer.errors?.length)
        failures.push(`${org} ${c.entity}.${c.field}: no error for malformed keys`);
    });
  }
  console.log(`${sent} malformed representations, ${failures.length} requests answered an internal error`);
  expect(failures).toEqual([]);
}, 300_000);

it('wrote nothing', async () => {
  expect(await rowCounts(hub.databaseUrls)).toEqual(before);
});
