import { startTestHub, type TestHub } from '../hub-client';

let hub: TestHub;
let pcOfficer: string;
let unionOfficer: string;
let unionViewer: string;
let householdId: string;
let memberId: string;
let grassrootsId: string;

/** Runs a query through the gateway that must succeed. */
async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

beforeAll(async () => {
  hub = await startTestHub();
  pcOfficer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  unionOfficer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['officer'] });
  unionViewer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
  // The People's Committee registers a poor household; the union's worker lives there.
  const reg = await ok(
    `mutation { registerHousehold(input: { code: "E2E-LU-0001", unitCode: "25222", address: "Ấp 4",
        initialStatus: POOR, statusSince: "2023-01-01", members: [
          { fullName: "Lê Văn Tâm", birthDate: "1985-03-12", sex: MALE, relationToHead: HEAD, nationalId: "075085000111" },
          { fullName: "Ngô Thị Yến", birthDate: "1988-07-02", sex: FEMALE, relationToHead: SPOUSE, nationalId: "075188000222" }] })
      { id } }`,
    {},
    pcOfficer,
  );
  householdId = reg.registerHousehold.id;
  const org = (input: Record<string, unknown>) =>
    ok(
      `mutation($input: RegisterUnionOrganisationInput!) { registerUnionOrganisation(input: $input) { id } }`,
      { input },
      unionOfficer,
    );
  const province = await org({
    code: 'E2E-LDLD-75',
    name: 'Liên đoàn Lao động tỉnh Đồng Nai',
    level: 'PROVINCE_FEDERATION',
    unitCode: '75',
  });
  const grassroots = await org({
    code: 'E2E-CDCS-25222',
    name: 'Công đoàn cơ sở Nông trường Cao su Bù Gia Mập',
    level: 'GRASSROOTS_UNION',
    unitCode: '25222',
    parentId: province.registerUnionOrganisation.id,
  });
  grassrootsId = grassroots.registerUnionOrganisation.id;
});
afterAll(() => hub?.close());

describe('the Labour Union through the gateway', () => {
  it('matches a worker on national ID, then registers and links the member with the ids only', async () => {
    const { registerMatch } = await ok(
      `query { registerMatch(nationalId: "075188000222") { person { id } household { id } householdStatus } }`,
      {},
      unionOfficer,
    );
    expect(registerMatch).toMatchObject({ household: { id: householdId }, householdStatus: 'POOR' });
    const { registerUnionMember } = await ok(
      `mutation($input: RegisterUnionMemberInput!) { registerUnionMember(input: $input) { id personId householdId } }`,
      {
        input: {
          memberNumber: 'E2E-000001',
          fullName: 'Ngô Thị Yến',
          unionOrganisationId: grassrootsId,
          workplace: 'Nông trường Cao su Bù Gia Mập',
          joinedDate: '2012-05-01',
          personId: registerMatch.person.id,
          householdId: registerMatch.household.id,
        },
      },
      unionOfficer,
    );
    memberId = registerUnionMember.id;
    expect(registerUnionMember).toEqual({ id: memberId, personId: registerMatch.person.id, householdId });
    const again = await ok(
      `query { registerMatch(nationalId: "075188000222") { person { unionMembership { id memberNumber } } } }`,
      {},
      unionOfficer,
    );
    expect(again.registerMatch.person.unionMembership).toEqual({ id: memberId, memberNumber: 'E2E-000001' });
  });

  it('plans and records care, and refuses a fund gift outside the campaign, naming the field', async () => {
    await ok(
      `mutation($input: RecordCarePlanInput!) { recordCarePlan(input: $input) { id } }`,
      {
        input: {
          householdId,
          unionOrganisationId: grassrootsId,
          listedStatus: 'POOR',
          listedDate: '2024-01-01',
        },
      },
      unionOfficer,
    );
    for (const [kind, date, value, fundingSource] of [
      ['TET_GIFT', '2025-01-20', 1_200_000, 'UNION_FUND'],
      ['VISIT', '2025-10-30', 800_000, 'FOR_THE_POOR_FUND'],
    ] as const) {
      await ok(
        `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`,
        { input: { kind, date, value, fundingSource, memberId, unionOrganisationId: grassrootsId } },
        unionOfficer,
      );
    }
    const GIFT = `mutation($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`;
    const gift = { unionOrganisationId: grassrootsId, contributors: 85, amount: 9_350_500 };
    await ok(GIFT, { input: { ...gift, date: '2025-10-25' } }, unionOfficer);
    const late = await hub.query(GIFT, { input: { ...gift, date: '2025-11-25' } }, unionOfficer);
    expect(late.errors?.[0]).toMatchObject({
      message: expect.stringContaining('outside the 2025 campaign'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.date' },
    });
    const pc = await hub.query(GIFT, { input: { ...gift, date: '2025-10-26' } }, pcOfficer);
    expect(pc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("reads a poor household with its union members and care in one query, the member's name for the union only", async () => {
    const READ = `query($id: ID!) { household(id: $id) { code status
      members { birthYear unionMembership { memberNumber } }
      unionMembers { fullName status joinedDate unionOrganisation { name } person { birthYear } }
      unionCarePlans { listedStatus status members { id } }
      unionCareActivities { kind date value fundingSource } } }`;
    const union = await hub.query(READ, { id: householdId }, unionViewer);
    expect(union.errors).toBeUndefined();
    expect(union.data!.household).toEqual({
      code: 'E2E-LU-0001',
      status: 'POOR',
      members: [
        { birthYear: 1985, unionMembership: null },
        { birthYear: 1988, unionMembership: { memberNumber: 'E2E-000001' } },
      ],
      unionMembers: [
        {
          fullName: 'Ngô Thị Yến',
          status: 'ACTIVE',
          joinedDate: '2012-05-01',
          unionOrganisation: { name: 'Công đoàn cơ sở Nông trường Cao su Bù Gia Mập' },
          person: { birthYear: 1988 },
        },
      ],
      unionCarePlans: [{ listedStatus: 'POOR', status: 'ACTIVE', members: [{ id: memberId }] }],
      unionCareActivities: [
        { kind: 'VISIT', date: '2025-10-30', value: 800_000, fundingSource: 'FOR_THE_POOR_FUND' },
        { kind: 'TET_GIFT', date: '2025-01-20', value: 1_200_000, fundingSource: 'UNION_FUND' },
      ],
    });
    const pc = await hub.query(READ, { id: householdId }, pcOfficer);
    expect(pc.data!.household.unionMembers).toEqual([
      expect.objectContaining({ fullName: null, status: 'ACTIVE', joinedDate: '2012-05-01' }),
    ]);
    expect(pc.data!.household.unionCareActivities).toHaveLength(2);
    expect(pc.errors!.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(pc.errors!.every((e) => /personal data/.test(e.message))).toBe(true);
  });

  it('lists households with their union members in one query', async () => {
    const { households } = await ok(
      `{ households(filter: { unitCode: "25222", status: [POOR] }) { totalCount nodes { code unionMembers { status } } } }`,
      {},
      pcOfficer,
    );
    expect(households.nodes).toContainEqual({ code: 'E2E-LU-0001', unionMembers: [{ status: 'ACTIVE' }] });
  });

  it('computes the campaign report for the province: rows 1, 2, 2.1, 2.2 in VND and million VND', async () => {
    const REPORT = `{ unionFundReport(unitCode: "75", period: "2025") {
      dueDate rows { line number valueVnd valueMillionVnd } disclosure { exact suppressed } } }`;
    // The People's Committee reads it under the threshold rule: the one visit is withheld, the 85 givers shown
    // rounded to base 5 with their amount shifted.
    const { unionFundReport: forPc } = await ok(REPORT, {}, pcOfficer);
    expect(forPc.disclosure.exact).toBe(false);
    expect(forPc.rows[0].number).toBe(85);
    expect(forPc.rows[0].valueVnd).not.toBe(9_350_500);
    for (const row of [forPc.rows[1], forPc.rows[3]])
      expect(row).toMatchObject({ number: null, valueVnd: null, valueMillionVnd: null });
    const {
      unionFundReport: { disclosure, ...unionFundReport },
    } = await ok(REPORT, {}, unionViewer);
    expect(disclosure).toEqual({ exact: true, suppressed: [] });
    expect(unionFundReport).toEqual({
      dueDate: '2025-11-30',
      rows: [
        { line: '1', number: 85, valueVnd: 9_350_500, valueMillionVnd: 9.351 },
        { line: '2', number: 1, valueVnd: 800_000, valueMillionVnd: 0.8 },
        { line: '2.1', number: 0, valueVnd: 0, valueMillionVnd: 0 },
        { line: '2.2', number: 1, valueVnd: 800_000, valueMillionVnd: 0.8 },
      ],
    });
  });
  it("moves the union's figures of the area view by exactly the records just created", async () => {
    const AREA = `query($period: PeriodCode!) {
      commune: areaPeriod(unitCode: "25222", period: $period) { labourUnion { ...figures } }
      province: areaPeriod(unitCode: "75", period: $period) { labourUnion { ...figures } } }
    fragment figures on LabourUnionAreaFigures {
      members { active linked inPoorHouseholds }
      care { number valueVnd byKind { kind number valueVnd } }
      houses { approved { number valueVnd repaired { number valueVnd } } }
      fund { line number valueVnd } }`;
    const read = async () => {
      const data = await ok(AREA, { period: '2025' }, unionViewer);
      return [data.commune.labourUnion, data.province.labourUnion];
    };
    const before = await read();
    expect(before[0].members).toEqual({ active: 1, linked: 1, inPoorHouseholds: 1 });

    await ok(
      `mutation($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) { id } }`,
      {
        input: {
          memberId,
          unionOrganisationId: grassrootsId,
          kind: 'REPAIR',
          grantAmount: 30_000_000,
          fundingSource: 'FOR_THE_POOR_FUND',
          status: 'APPROVED',
          approvedDate: '2025-10-28',
        },
      },
      unionOfficer,
    );
    await ok(
      `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`,
      {
        input: {
          kind: 'VISIT',
          date: '2025-11-02',
          value: 600_000,
          fundingSource: 'FOR_THE_POOR_FUND',
          memberId,
          unionOrganisationId: grassrootsId,
        },
      },
      unionOfficer,
    );
    await ok(
      `mutation($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`,
      {
        input: { unionOrganisationId: grassrootsId, date: '2025-11-05', contributors: 40, amount: 4_000_000 },
      },
      unionOfficer,
    );

    const after = await read();
    for (const [i, was] of before.entries()) {
      const now = after[i];
      expect(now.members).toEqual(was.members);
      expect(now.care.number - was.care.number).toBe(1);
      expect(now.care.valueVnd - was.care.valueVnd).toBe(600_000);
      const visits = (f: typeof was) => f.care.byKind.find((k: { kind: string }) => k.kind === 'VISIT');
      expect(visits(now).valueVnd - visits(was).valueVnd).toBe(600_000);
      expect(now.houses.approved.number - was.houses.approved.number).toBe(1);
      expect(now.houses.approved.repaired.valueVnd - was.houses.approved.repaired.valueVnd).toBe(30_000_000);
      // Seed 001 rows: 1 +40 workers / +4,000,000; 2.1 +1 / +30,000,000; 2.2 +1 / +600,000; 2 = 2.1 + 2.2.
      const moved = now.fund.map((row: { line: string; number: number; valueVnd: number }, r: number) => ({
        line: row.line,
        number: row.number - was.fund[r].number,
        valueVnd: row.valueVnd - was.fund[r].valueVnd,
      }));
      expect(moved).toEqual([
        { line: '1', number: 40, valueVnd: 4_000_000 },
        { line: '2', number: 2, valueVnd: 30_600_000 },
        { line: '2.1', number: 1, valueVnd: 30_000_000 },
        { line: '2.2', number: 1, valueVnd: 600_000 },
      ]);
    }
  });
});
