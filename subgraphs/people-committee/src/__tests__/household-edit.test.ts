import { testToken } from '@chung-tay/common/testing';
import { HCMC_WARD, register, useSubgraph } from './fixtures';

const env = useSubgraph();

const UPDATE = `mutation($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) { id version address socialProtection status } }`;
const READ = `query($id: ID!) { household(id: $id) { version address socialProtection status } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id resultingStatus } }`;

const read = async (id: string) => (await env.h.query(READ, { id }, env.t.officer)).data!.household;

describe('editing a household', () => {
  it('saves an edit made on the current version, bumps the version and audits it', async () => {
    const hh = await register(env.h, env.t.officer);
    expect((await read(hh.id)).version).toBe(1);
    const res = await env.h.query(
      UPDATE,
      { input: { id: hh.id, expectedVersion: 1, address: '  Tổ 5, ấp Bù Tam  ', socialProtection: true } },
      env.t.officer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateHousehold).toMatchObject({
      version: 2,
      address: 'Tổ 5, ấp Bù Tam',
      socialProtection: true,
    });
    expect(await read(hh.id)).toMatchObject({
      version: 2,
      address: 'Tổ 5, ấp Bù Tam',
      socialProtection: true,
    });
    const audit = await env.h.dataSource.query(
      `SELECT organisation, record_ids FROM audit_entry WHERE record_type = 'updateHousehold'`,
    );
    expect(audit).toEqual([{ organisation: 'people-committee', record_ids: [hh.id] }]);
  });

  it('lets exactly one of two edits of the same version through; the other gets CONFLICT', async () => {
    const hh = await register(env.h, env.t.officer);
    const [a, b] = await Promise.all(
      ['Tổ 1, ấp Một', 'Tổ 2, ấp Hai'].map((address) =>
        env.h.query(UPDATE, { input: { id: hh.id, expectedVersion: 1, address } }, env.t.officer),
      ),
    );
    const results = [a!, b!];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors![0]).toMatchObject({
      message:
        'the household was changed by someone else (version 2 now, you had 1); reload it and try again',
      extensions: { code: 'CONFLICT', field: 'input.expectedVersion' },
    });
    expect(await read(hh.id)).toMatchObject({ version: 2, address: won[0]!.data!.updateHousehold.address });
  });

  it('refuses a stale version and changes nothing', async () => {
    const hh = await register(env.h, env.t.officer);
    await env.h.query(UPDATE, { input: { id: hh.id, expectedVersion: 1, address: 'Tổ 7' } }, env.t.officer);
    const stale = await env.h.query(
      UPDATE,
      { input: { id: hh.id, expectedVersion: 1, address: 'Tổ 8', socialProtection: true } },
      env.t.officer,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });
    expect(stale.errors![0]!.message).toMatch(/version 2 now, you had 1/);
    expect(await read(hh.id)).toMatchObject({ version: 2, address: 'Tổ 7', socialProtection: false });
  });

  it('counts a review that changes the status as a change: an edit prepared before it gets CONFLICT', async () => {
    const hh = await register(env.h, env.t.officer, { statusSince: '2022-01-01' });
    const prepared = await read(hh.id);
    const review = await env.h.query(
      RECORD,
      {
        input: {
          householdId: hh.id,
          reviewKind: 'PERIODIC',
          reviewDate: '2024-11-20',
          incomePerPersonMonth: 1_400_000,
          deprivations: ['EMPLOYMENT', 'CLEAN_WATER', 'HOUSING_AREA'],
        },
      },
      env.t.officer,
    );
    expect(review.data!.recordAssessment.resultingStatus).toBe('POOR');
    expect(await read(hh.id)).toMatchObject({ version: 2, status: 'POOR' });
    const edit = await env.h.query(
      UPDATE,
      { input: { id: hh.id, expectedVersion: prepared.version, address: 'Tổ 9' } },
      env.t.officer,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await read(hh.id)).address).toBe(prepared.address);
  });

  it('lets exactly one of two reviews that would each change the status through; the other gets CONFLICT', async () => {
    const hh = await register(env.h, env.t.officer, { statusSince: '2022-01-01' });
    const review = (incomePerPersonMonth: number, deprivations: string[]) =>
      env.h.query(
        RECORD,
        {
          input: {
            householdId: hh.id,
            reviewKind: 'AD_HOC',
            reviewDate: '2024-11-20',
            incomePerPersonMonth,
            deprivations,
          },
        },
        env.t.officer,
      );
    const results = await Promise.all([
      review(1_400_000, ['EMPLOYMENT', 'CLEAN_WATER', 'HOUSING_AREA']),
      review(1_400_000, ['EMPLOYMENT', 'CLEAN_WATER', 'HOUSING_AREA']),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost[0]!.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', field: 'input.householdId' },
    });
    expect(lost[0]!.errors![0]!.message).toMatch(/version 2 now, 1 when read/);
    expect(await read(hh.id)).toMatchObject({ version: 2, status: 'POOR' });
    const [{ n }] = await env.h.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment WHERE household_id = $1`,
      [hh.id],
    );
    expect(n).toBe(1);
  });

  it('refuses other organisations, viewers and officers of other units, and bad input, writing nothing', async () => {
    const hh = await register(env.h, env.t.officer);
    const elsewhere = await register(env.h, env.t.hcmcOfficer, { unitCode: HCMC_WARD });
    const commune = await testToken({ org: 'people-committee', units: ['25195'], roles: ['officer'] });
    const edit = { id: hh.id, expectedVersion: 1, address: 'Tổ 10' };
    for (const token of [env.t.union, env.t.viewer, env.t.hcmcOfficer, commune]) {
      const res = await env.h.query(UPDATE, { input: edit }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const outside = await env.h.query(
      UPDATE,
      { input: { id: elsewhere.id, expectedVersion: 1, address: 'Tổ 11' } },
      env.t.officer,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [input, field] of [
      [{ id: hh.id, expectedVersion: 1, address: 'x' }, 'input.address'],
      [{ id: hh.id, expectedVersion: 1, address: null }, 'input.address'],
      [{ id: hh.id, expectedVersion: 1 }, 'input'],
    ] as const) {
      const res = await env.h.query(UPDATE, { input }, env.t.officer);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = res.errors![0]!.extensions!.fields?.map((f: { field: string }) => f.field) ?? [
        res.errors![0]!.extensions!.field,
      ];
      expect(fields).toContain(field);
    }
    expect(await read(hh.id)).toMatchObject({ version: 1, address: hh.address ?? expect.any(String) });
    expect((await read(elsewhere.id)) ?? null).toBeNull(); // outside the caller's units: not even readable
  });
});
