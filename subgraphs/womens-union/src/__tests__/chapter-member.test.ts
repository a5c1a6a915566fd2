import { randomUUID } from 'node:crypto';
import {
  chapter,
  COMMUNE,
  counts,
  CREATE_CHAPTER,
  member,
  memberInput,
  ok,
  PROVINCE,
  REGISTER_MEMBER,
  tree,
  useSubgraph,
  WARD,
} from './fixtures';

const env = useSubgraph();

describe('the chapter tree', () => {
  it('builds province → commune → branch, each on its unit, and lists it top-down', async () => {
    const { province, communes } = await tree(env.h, env.t.officer, [COMMUNE, WARD]);
    const res = await ok(
      env.h,
      `query($id: ID!) { womensUnionChapter(id: $id) { name level unitCode unit { code } memberCount
        children { level unitCode children { level unitCode parent { id } } } } }`,
      { id: province.id },
      env.t.viewer,
    );
    expect(res.womensUnionChapter).toMatchObject({
      level: 'PROVINCE',
      unitCode: PROVINCE,
      unit: { code: PROVINCE },
    });
    const children = res.womensUnionChapter.children;
    expect(children.map((c: { unitCode: string }) => c.unitCode)).toEqual([WARD, COMMUNE]);
    expect(children[1].children).toEqual([
      { level: 'BRANCH', unitCode: COMMUNE, parent: { id: communes[0]!.id } },
    ]);

    const list = await ok(
      env.h,
      `{ womensUnionChapters(first: 3) { totalCount nodes { level unitCode } pageInfo { hasNextPage endCursor } } }`,
      {},
      env.t.viewer,
    );
    expect(list.womensUnionChapters.totalCount).toBe(5);
    expect(list.womensUnionChapters.nodes).toEqual([
      { level: 'PROVINCE', unitCode: PROVINCE },
      { level: 'COMMUNE', unitCode: WARD },
      { level: 'BRANCH', unitCode: WARD },
    ]);
    const next = await ok(
      env.h,
      `query($after: String) { womensUnionChapters(first: 3, after: $after) { nodes { level unitCode } } }`,
      { after: list.womensUnionChapters.pageInfo.endCursor },
      env.t.viewer,
    );
    expect(next.womensUnionChapters.nodes).toEqual([
      { level: 'COMMUNE', unitCode: COMMUNE },
      { level: 'BRANCH', unitCode: COMMUNE },
    ]);
  });

  it('shows a commune officer her own chapters and the province union above them, not other communes', async () => {
    const res = await ok(
      env.h,
      `{ womensUnionChapters(first: 50) { nodes { level unitCode } } }`,
      {},
      env.t.communeOfficer,
    );
    const units = new Set(res.womensUnionChapters.nodes.map((n: { unitCode: string }) => n.unitCode));
    expect([...units].sort()).toEqual([COMMUNE, PROVINCE]);
  });

  it('refuses a chapter on the wrong level of unit, outside its parent, twice on a unit, or outside the writer’s units', async () => {
    const { province, communes } = await tree(env.h, env.t.officer);
    const before = await counts(env.h);
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { level: 'COMMUNE', unitCode: PROVINCE, parentId: province.id, name: 'Sai cấp' },
        'BAD_USER_INPUT',
        'input.unitCode',
      ],
      [
        { level: 'COMMUNE', unitCode: '25747', parentId: province.id, name: 'Tỉnh khác' },
        'BAD_USER_INPUT',
        'input.unitCode',
      ],
      [
        { level: 'COMMUNE', unitCode: COMMUNE, parentId: province.id, name: 'Trùng' },
        'CONFLICT',
        'input.unitCode',
      ],
      [{ level: 'BRANCH', parentId: province.id, name: 'Chi hội lạc' }, 'BAD_USER_INPUT', 'input.parentId'],
      [
        { level: 'BRANCH', parentId: communes[0]!.id, name: 'Chi hội ấp 1', unitCode: WARD },
        'BAD_USER_INPUT',
        'input.unitCode',
      ],
      [
        { level: 'COMMUNE', unitCode: '99999', parentId: province.id, name: 'Không có' },
        'BAD_USER_INPUT',
        'input.unitCode',
      ],
      [{ level: 'PROVINCE', unitCode: PROVINCE, name: 'Lần hai' }, 'CONFLICT', 'input.unitCode'],
      [{ level: 'COMMUNE', unitCode: COMMUNE, name: 'Mồ côi' }, 'BAD_USER_INPUT', 'input.parentId'],
      [{ level: 'BRANCH', parentId: 'not-an-id', name: 'Chi hội' }, 'BAD_USER_INPUT', 'input.parentId'],
    ];
    for (const [input, code, field] of cases) {
      const res = await env.h.query(CREATE_CHAPTER, { input }, env.t.officer);
      expect([input.name, res.errors?.[0]?.extensions]).toEqual([
        input.name,
        expect.objectContaining({ code, field }),
      ]);
    }
    const hcmc = await env.h.query(
      CREATE_CHAPTER,
      { input: { level: 'BRANCH', parentId: communes[0]!.id, name: 'Chi hội ngoài tỉnh' } },
      env.t.hcmcOfficer,
    );
    expect(hcmc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts(env.h)).toEqual(before);
  });

  it('lets a commune officer add branches in her commune only', async () => {
    const { province, communes } = await tree(env.h, env.t.officer);
    const branch = await chapter(env.h, env.t.communeOfficer, {
      level: 'BRANCH',
      parentId: communes[0]!.id,
      name: 'Chi hội khu 9',
    });
    expect(branch.unitCode).toBe(COMMUNE);
    const other = await env.h.query(
      CREATE_CHAPTER,
      { input: { level: 'COMMUNE', unitCode: '25225', parentId: province.id, name: 'Xã khác' } },
      env.t.communeOfficer,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('members', () => {
  it('registers a woman of the register with her own name in the union’s register, and finds her by name', async () => {
    const { communes } = await tree(env.h, env.t.officer);
    const m = await member(env.h, env.t.officer, communes[0]!.branch.id, {
      fullName: '  Trần   Thị Hoa ',
      phone: '0912345678',
      memberCardNumber: 'HV-75-0001',
    });
    expect(m).toMatchObject({ unitCode: COMMUNE });
    const found = await ok(
      env.h,
      `{ womensUnionMembers(filter: { search: "tran thi hoa" }) { totalCount nodes { fullName phone memberCardNumber current chapter { level } } } }`,
      {},
      env.t.viewer,
    );
    expect(found.womensUnionMembers).toEqual({
      totalCount: 1,
      nodes: [
        {
          fullName: 'Trần Thị Hoa',
          phone: '0912345678',
          memberCardNumber: 'HV-75-0001',
          current: true,
          chapter: { level: 'BRANCH' },
        },
      ],
    });
  });

  it('answers Person.womensUnionMembership for the register’s person', async () => {
    const { communes } = await tree(env.h, env.t.officer);
    const m = await member(env.h, env.t.officer, communes[0]!.id);
    const res = await ok(
      env.h,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id womensUnionMembership { id joinedOn
        household { id } person { id } chapter { level } } } } }`,
      {
        reps: [
          { __typename: 'Person', id: m.personId },
          { __typename: 'Person', id: randomUUID() },
        ],
      },
      env.t.viewer,
    );
    expect(res._entities).toEqual([
      {
        id: m.personId,
        womensUnionMembership: {
          id: m.id,
          joinedOn: '2020-03-08',
          household: { id: m.householdId },
          person: { id: m.personId },
          chapter: { level: 'COMMUNE' },
        },
      },
      { id: expect.any(String), womensUnionMembership: null },
    ]);
  });

  it('refuses a second current membership, a shared card, bad phones and future dates, writing nothing', async () => {
    const { province, communes } = await tree(env.h, env.t.officer);
    const first = await member(env.h, env.t.officer, communes[0]!.id, { memberCardNumber: 'HV-DUP-1' });
    const before = await counts(env.h);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: first.personId }, 'CONFLICT', 'input.personId'],
      [{ memberCardNumber: 'HV-DUP-1' }, 'CONFLICT', 'input.memberCardNumber'],
      [{ joinedOn: '2999-01-01' }, 'BAD_USER_INPUT', 'input.joinedOn'],
      [{ chapterId: province.id }, 'BAD_USER_INPUT', 'input.chapterId'],
      [{ personId: 'x' }, 'BAD_USER_INPUT', 'input.personId'],
    ];
    for (const [overrides, code, field] of cases) {
      const res = await env.h.query(
        REGISTER_MEMBER,
        { input: memberInput(communes[0]!.id, overrides) },
        env.t.officer,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    }
    const malformed = await env.h.query(
      REGISTER_MEMBER,
      { input: memberInput(communes[0]!.id, { phone: '12345', fullName: 'X' }) },
      env.t.officer,
    );
    expect(malformed.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'input.fullName',
      'input.phone',
    ]);
    expect(await counts(env.h)).toEqual(before);
  });

  it('moves, renames and ends a membership; she can join again later', async () => {
    const { communes } = await tree(env.h, env.t.officer, [COMMUNE]);
    const m = await member(env.h, env.t.officer, communes[0]!.id);
    const moved = await ok(
      env.h,
      `mutation($id: ID!, $input: UpdateWomensUnionMemberInput!) { updateWomensUnionMember(id: $id, input: $input) { fullName chapterId } }`,
      { id: m.id, input: { chapterId: communes[0]!.branch.id, fullName: 'Nguyễn Thị Lan Anh' } },
      env.t.officer,
    );
    expect(moved.updateWomensUnionMember).toEqual({
      fullName: 'Nguyễn Thị Lan Anh',
      chapterId: communes[0]!.branch.id,
    });
    const END = `mutation($id: ID!, $on: LocalDate!) { endWomensUnionMembership(id: $id, leftOn: $on) { leftOn current } }`;
    const early = await env.h.query(END, { id: m.id, on: '2019-01-01' }, env.t.officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leftOn' });
    expect(
      (await ok(env.h, END, { id: m.id, on: '2024-06-30' }, env.t.officer)).endWomensUnionMembership,
    ).toEqual({
      leftOn: '2024-06-30',
      current: false,
    });
    const again = await member(env.h, env.t.officer, communes[0]!.id, {
      personId: m.personId,
      householdId: m.householdId,
      joinedOn: '2025-01-10',
    });
    const res = await ok(
      env.h,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { womensUnionMembership { id current } } } }`,
      { reps: [{ __typename: 'Person', id: m.personId }] },
      env.t.officer,
    );
    expect(res._entities[0].womensUnionMembership).toEqual({ id: again.id, current: true });
  });
});
