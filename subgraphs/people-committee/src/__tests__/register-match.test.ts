import { testToken } from '@chung-tay/common/testing';
import { HCMC_WARD, register, useSubgraph } from './fixtures';

const env = useSubgraph();
const MATCH = `query($nationalId: String!) { registerMatch(nationalId: $nationalId) {
  person { id birthYear nationalId } household { id code } householdStatus poorCategory } }`;
const LOG = `{ peopleCommitteeAuditLog(first: 5) {
  kind organisation recordType recordIds criteria { name values } resultCount error } }`;

let household: { id: string; members: { id: string; nationalId: string }[] };
let hcmcNationalId: string;
let union: { officer: string; viewer: string };
let admin: string;
beforeAll(async () => {
  household = await register(env.h, env.t.officer, { initialStatus: 'POOR', statusSince: '2023-01-01' });
  hcmcNationalId = (await register(env.h, env.t.hcmcOfficer, { unitCode: HCMC_WARD })).members[0].nationalId;
  union = {
    officer: await testToken({ org: 'labour-union', units: ['75'], roles: ['officer'] }),
    viewer: await testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] }),
  };
  admin = await testToken({ org: 'people-committee', units: ['75'], roles: ['admin'] });
});

describe('registerMatch: linking another organisation’s record to the register by national ID', () => {
  it('answers this person, this household and its status, and nothing else of the record', async () => {
    const member = household.members[1]!;
    const res = await env.h.query(MATCH, { nationalId: member.nationalId }, union.officer);
    expect(res.data!.registerMatch).toEqual({
      person: { id: member.id, birthYear: expect.any(Number), nationalId: null },
      household: { id: household.id, code: expect.stringMatching(/^DN-TEST-/) },
      householdStatus: 'POOR',
      poorCategory: 'A',
    });
    // The number the caller typed is not echoed back from the record: the person's own field stays closed.
    expect(res.errors?.map((e) => e.path)).toEqual([['registerMatch', 'person', 'nationalId']]);
  });

  it('logs every match, found or not, with the number tried, in the People’s Committee audit log', async () => {
    const head = household.members[0]!;
    await env.h.query(MATCH, { nationalId: head.nationalId }, union.officer);
    await env.h.query(MATCH, { nationalId: '075090000999' }, union.officer);
    await env.h.query(MATCH, { nationalId: '12345' }, union.officer);
    const log = (await env.h.query(LOG, {}, admin)).data!.peopleCommitteeAuditLog;
    const match = (
      nationalId: string,
      recordIds: string[],
      resultCount: number | null,
      error: string | null,
    ) => ({
      kind: 'SEARCH',
      organisation: 'labour-union',
      recordType: 'registerMatch',
      recordIds,
      criteria: [{ name: 'nationalId', values: [nationalId] }],
      resultCount,
      error,
    });
    expect(log.slice(0, 3)).toEqual([
      match('12345', [], null, 'BAD_USER_INPUT'),
      match('075090000999', [], 0, null),
      match(head.nationalId, [head.id, household.id], 1, null),
    ]);
  });

  it('logs a batch match with every number tried and how many were found', async () => {
    const numbers = [household.members[1]!.nationalId, hcmcNationalId, '075090000998'];
    await env.h.query(
      `query($ids: [String!]!) { registerMatches(nationalIds: $ids) { nationalId match { person { id } } } }`,
      { ids: numbers },
      union.officer,
    );
    const [entry] = (await env.h.query(LOG, {}, admin)).data!.peopleCommitteeAuditLog;
    expect(entry).toEqual({
      kind: 'SEARCH',
      organisation: 'labour-union',
      recordType: 'registerMatches',
      recordIds: [household.members[1]!.id, household.id],
      criteria: [{ name: 'nationalIds', values: numbers }],
      resultCount: 1,
      error: null,
    });
  });

  it('finds no one outside the caller’s units and does not say whether the number exists there', async () => {
    const res = await env.h.query(MATCH, { nationalId: hcmcNationalId }, union.officer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerMatch).toBeNull();
  });

  it('refuses viewers and malformed numbers with a clear error', async () => {
    const viewer = await env.h.query(MATCH, { nationalId: household.members[0]!.nationalId }, union.viewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await env.h.query(MATCH, { nationalId: '12345' }, union.officer);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'nationalId: national ID must be exactly 12 digits',
      extensions: { code: 'BAD_USER_INPUT', field: 'nationalId' },
    });
  });
});
