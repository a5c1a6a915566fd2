import { randomUUID } from 'node:crypto';
import {
  COMMUNE,
  count,
  HCMC_WARD,
  dongNaiTree,
  member,
  MEMBER,
  memberInput,
  ok,
  ORG,
  organisation,
  useSubgraph,
  WARD,
} from './fixtures';

const env = useSubgraph();
let tree: Awaited<ReturnType<typeof dongNaiTree>>;
beforeAll(async () => {
  tree = await dongNaiTree(env.h, env.t.officer);
});

describe('the union tree', () => {
  it('reads an organisation with its parent, children, unit and member count', async () => {
    await member(env.h, env.t.officer, tree.ward.id);
    const data = await ok(
      env.h,
      `query($id: ID!) { unionOrganisation(id: $id) { level unitCode unit { code }
         parent { level } children { level unitCode } activeMemberCount } }`,
      { id: tree.zone.id },
      env.t.viewer,
    );
    expect(data.unionOrganisation).toEqual({
      level: 'INDUSTRIAL_ZONE_UNION',
      unitCode: '75',
      unit: { code: '75' },
      parent: { level: 'PROVINCE_FEDERATION' },
      children: [{ level: 'GRASSROOTS_UNION', unitCode: WARD }],
      activeMemberCount: 0,
    });
  });

  it.each([
    [{ level: 'GRASSROOTS_UNION', unitCode: WARD }, 'input.parentId', /needs a parent/],
    [{ level: 'PROVINCE_FEDERATION', unitCode: '75' }, 'input.unitCode', /already has a province federation/],
    [{ level: 'PROVINCE_FEDERATION', unitCode: WARD }, 'input.unitCode', /placed on a province/],
    [{ level: 'GRASSROOTS_UNION', unitCode: '99999' }, 'input.unitCode', /no administrative unit/],
  ])('refuses %j, naming %s, and writes nothing', async (input, field, message) => {
    const before = await count(env.h, 'union_organisation');
    const res = await env.h.query(
      ORG,
      { input: { code: `BAD-${field.slice(6).toUpperCase()}`, name: 'Công đoàn thử', ...input } },
      env.t.officer,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ field });
    expect(res.errors![0]!.message).toMatch(message);
    expect(await count(env.h, 'union_organisation')).toBe(before);
  });

  it('keeps a grassroots union inside its parent, under an upper level, with a free code', async () => {
    const under = await env.h.query(
      ORG,
      {
        input: {
          code: 'CDCS-X',
          name: 'Công đoàn thử',
          level: 'GRASSROOTS_UNION',
          unitCode: WARD,
          parentId: tree.ward.id,
        },
      },
      env.t.officer,
    );
    expect(under.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.parentId' },
    });
    const outside = await env.h.query(
      ORG,
      {
        input: {
          code: 'CDCS-Y',
          name: 'Công đoàn thử',
          level: 'GRASSROOTS_UNION',
          unitCode: HCMC_WARD,
          parentId: tree.zone.id,
        },
      },
      env.t.officer,
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({ field: 'input.unitCode' });
    const taken = await env.h.query(
      ORG,
      {
        input: {
          code: 'ORG-1',
          name: 'Công đoàn thử',
          level: 'GRASSROOTS_UNION',
          unitCode: WARD,
          parentId: tree.zone.id,
        },
      },
      env.t.officer,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
  });

  it('lets an officer add organisations only inside the units of their token', async () => {
    const res = await env.h.query(
      ORG,
      {
        input: {
          code: 'CDCS-Z',
          name: 'Công đoàn thử',
          level: 'GRASSROOTS_UNION',
          unitCode: COMMUNE,
          parentId: tree.province.id,
        },
      },
      env.t.wardOfficer,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('union members', () => {
  it('registers a member of a grassroots union, linked to the register by ids only', async () => {
    const ids = { personId: randomUUID(), householdId: randomUUID() };
    const data = await ok(env.h, MEMBER, { input: memberInput(tree.commune.id, ids) }, env.t.officer);
    expect(data.registerUnionMember).toMatchObject({ unitCode: COMMUNE, status: 'ACTIVE', ...ids });
    const read = await ok(
      env.h,
      `query($id: ID!) { unionMember(id: $id) { fullName workplace joinedDate person { id } household { id }
         unionOrganisation { id } } }`,
      { id: data.registerUnionMember.id },
      env.t.viewer,
    );
    expect(read.unionMember).toEqual({
      fullName: 'Nguyễn Văn Hùng',
      workplace: 'Công ty TNHH May Đồng Nai',
      joinedDate: '2015-03-01',
      person: { id: ids.personId },
      household: { id: ids.householdId },
      unionOrganisation: { id: tree.commune.id },
    });
  });

  it.each([
    [
      'a member of an upper-level union',
      { unionOrganisationId: 'zone' },
      'input.unionOrganisationId',
      /grassroots union/,
    ],
    ['a future joined date', { joinedDate: '2999-01-01' }, 'input.joinedDate', /in the future/],
    [
      'a person without a household',
      { personId: randomUUID() },
      'input.householdId',
      /both personId and householdId/,
    ],
    ['a malformed member number', { memberNumber: 'x' }, 'input.memberNumber', /member number/],
  ])('refuses %s, naming the field, and writes nothing', async (_, overrides, field, message) => {
    const before = await count(env.h, 'union_member');
    const input = memberInput(tree.ward.id, overrides);
    if ('unionOrganisationId' in overrides) input.unionOrganisationId = tree.zone.id;
    const res = await env.h.query(MEMBER, { input }, env.t.officer);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors![0])).toContain(field);
    expect(res.errors![0]!.message).toMatch(message);
    expect(await count(env.h, 'union_member')).toBe(before);
  });

  it('keeps one member per person and per member number', async () => {
    const first = await member(env.h, env.t.officer, tree.ward.id);
    const again = await env.h.query(
      MEMBER,
      { input: memberInput(tree.ward.id, { personId: first.personId, householdId: first.householdId }) },
      env.t.officer,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personId' });
    const number = memberInput(tree.ward.id);
    await ok(env.h, MEMBER, { input: number }, env.t.officer);
    const dup = await env.h.query(MEMBER, { input: { ...number, fullName: 'Trần Thị Mai' } }, env.t.officer);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.memberNumber' });
  });

  it('links a member to the register after the match, and refuses a person already linked', async () => {
    const unlinked = await member(env.h, env.t.officer, tree.ward.id, {}, false);
    expect(unlinked.personId).toBeNull();
    const LINK = `mutation($m: ID!, $p: ID!, $hh: ID!) { linkUnionMemberToRegister(memberId: $m, personId: $p, householdId: $hh) {
      personId householdId linkedAt } }`;
    const ids = { p: randomUUID(), hh: randomUUID() };
    const linked = await ok(env.h, LINK, { m: unlinked.id, ...ids }, env.t.officer);
    expect(linked.linkUnionMemberToRegister).toMatchObject({ personId: ids.p, householdId: ids.hh });
    expect(linked.linkUnionMemberToRegister.linkedAt).toBeTruthy();
    const other = await member(env.h, env.t.officer, tree.ward.id, {}, false);
    const clash = await env.h.query(LINK, { m: other.id, ...ids }, env.t.officer);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'personId' });
    const bad = await env.h.query(LINK, { m: other.id, p: 'not-an-id', hh: ids.hh }, env.t.officer);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it("changes a member's standing from a date, and moves them to another grassroots union", async () => {
    const m = await member(env.h, env.t.officer, tree.ward.id);
    const UPDATE = `mutation($id: ID!, $input: UpdateUnionMemberInput!) { updateUnionMember(id: $id, input: $input) {
      status statusSince unitCode unionOrganisation { id } } }`;
    const left = await ok(
      env.h,
      UPDATE,
      { id: m.id, input: { status: 'LEFT', statusDate: '2024-06-30' } },
      env.t.officer,
    );
    expect(left.updateUnionMember).toMatchObject({ status: 'LEFT', statusSince: '2024-06-30' });
    const early = await env.h.query(
      UPDATE,
      { id: m.id, input: { status: 'ACTIVE', statusDate: '2024-01-01' } },
      env.t.officer,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ field: 'input.statusDate' });
    const moved = await ok(
      env.h,
      UPDATE,
      { id: m.id, input: { unionOrganisationId: tree.commune.id } },
      env.t.officer,
    );
    expect(moved.updateUnionMember).toMatchObject({
      unitCode: COMMUNE,
      unionOrganisation: { id: tree.commune.id },
    });
  });

  it('lists members by unit and organisation with everything below, status, link and joining period', async () => {
    const own = await organisation(env.h, env.t.officer, {
      level: 'SECTOR_UNION',
      unitCode: '75',
      parentId: tree.province.id,
    });
    const school = await organisation(env.h, env.t.officer, {
      level: 'GRASSROOTS_UNION',
      unitCode: WARD,
      parentId: own.id,
    });
    await member(env.h, env.t.officer, school.id, { joinedDate: '2024-02-01' });
    await member(env.h, env.t.officer, school.id, { joinedDate: '2023-05-01' }, false);
    const LIST = `query($filter: UnionMemberFilter) { unionMembers(filter: $filter) { totalCount } }`;
    const total = async (filter: Record<string, unknown>) =>
      (await ok(env.h, LIST, { filter }, env.t.viewer)).unionMembers.totalCount;
    expect(await total({ unionOrganisationId: own.id })).toBe(2);
    expect(await total({ unionOrganisationId: own.id, linked: false })).toBe(1);
    expect(await total({ unionOrganisationId: own.id, joinedIn: '2024' })).toBe(1);
    expect(await total({ unionOrganisationId: own.id, joinedIn: '2024-Q2' })).toBe(0);
    expect(await total({ unitCode: COMMUNE })).toBeGreaterThanOrEqual(2);
    expect(await total({ unitCode: '75' })).toBe(await total({}));
    expect(await total({ status: ['LEFT'] })).toBe(1);
    const bad = await env.h.query(LIST, { filter: { joinedIn: '2024-13' } }, env.t.viewer);
    expect(bad.errors?.[0]?.message).toMatch(/not a period code/);
  });

  it('pages through members in member-number order without gaps or repeats', async () => {
    const PAGE = `query($after: String) { unionMembers(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { memberNumber } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = (await ok(env.h, PAGE, { after }, env.t.officer)).unionMembers;
      totalCount = page.totalCount;
      seen.push(...page.nodes.map((n: { memberNumber: string }) => n.memberNumber));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(totalCount);
    expect(seen).toEqual([...seen].sort());
    const bad = await env.h.query(PAGE, { after: 'bm9wZQ' }, env.t.officer);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
