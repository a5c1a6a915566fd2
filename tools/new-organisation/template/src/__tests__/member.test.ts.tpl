import { memberInput, REGISTER, useSubgraph, HCMC_WARD, WARD } from './fixtures';

const env = useSubgraph();
const LIST = `query($unit: String!) { {{camel}}Members(unitCode: $unit) { id fullName householdId } }`;
const count = async () => Number((await env.h.dataSource.query('SELECT count(*) AS n FROM member'))[0].n);

describe('{{enText}} member register', () => {
  it('registers a member for an officer and lists it to the organisation’s staff', async () => {
    const input = memberInput();
    const res = await env.h.query(REGISTER, { input }, env.t.officer);
    expect(res.errors).toBeUndefined();
    const made = res.data!.register{{Pascal}}Member;
    expect(made).toMatchObject({ fullName: input.fullName, unitCode: WARD, householdId: input.householdId });
    const listed = await env.h.query(LIST, { unit: '75' }, env.t.viewer);
    expect(listed.data!.{{camel}}Members.map((m: { id: string }) => m.id)).toContain(made.id);
  });

  it('lets only its officers and admins write, inside their units, and writes nothing when refused', async () => {
    const before = await count();
    const viewer = await env.h.query(REGISTER, { input: memberInput() }, env.t.viewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await env.h.query(REGISTER, { input: memberInput() }, env.t.pc);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = await env.h.query(REGISTER, { input: memberInput({ unitCode: HCMC_WARD }) }, env.t.officer);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('says what is wrong with bad input', async () => {
    const blank = await env.h.query(REGISTER, { input: memberInput({ fullName: '  ' }) }, env.t.officer);
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'fullName' } });
    const unit = await env.h.query(REGISTER, { input: memberInput({ unitCode: '99999' }) }, env.t.officer);
    expect(unit.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'unitCode' } });
  });

  it('shows members’ names to no other organisation', async () => {
    const list = await env.h.query(LIST, { unit: '75' }, env.t.pc);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const household = await env.h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { {{camel}}Members { fullName } } } }`,
      { reps: [{ __typename: 'Household', id: memberInput().householdId }] },
      env.t.pc,
    );
    expect(household.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
