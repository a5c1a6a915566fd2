import { randomUUID } from 'node:crypto';
import { count, dongNaiTree, HCMC_WARD, member, organisation, useSubgraph } from './fixtures';

const env = useSubgraph();
let tree: Awaited<ReturnType<typeof dongNaiTree>>;
beforeAll(async () => {
  tree = await dongNaiTree(env.h, env.t.officer);
});

const IMPORT = `mutation Import($input: ImportUnionMemberListInput!) {
  importUnionMemberList(input: $input) {
    id imported rows records created unchanged problemCount problems { row column problem value } } }`;

const members = () => count(env.h, 'union_member');
const cells = (report: { problems: { row: number; column: string }[] }) =>
  report.problems.map((p) => [p.row, p.column]);

type Row = { row: number; [column: string]: string | number | null };

const PERSON = randomUUID();
const HOUSEHOLD = randomUUID();

/** A grassroots union's list as its officer types it: the first member matched in the register by the gateway. */
function list(prefix: string, link = { personId: PERSON, householdId: HOUSEHOLD }): Row[] {
  return [
    {
      row: 2,
      memberNumber: `${prefix}-0001`,
      fullName: 'Điểu Thị Hạnh',
      nationalId: '075168000123',
      unionOrganisationCode: tree.ward.code,
      workplace: 'Công ty TNHH Changshin Việt Nam',
      joinedDate: '01/10/2015',
      ...link,
    },
    {
      row: 3,
      memberNumber: `${prefix}-0002`,
      fullName: 'Lê Văn Tám',
      unionOrganisationCode: tree.commune.code,
      workplace: 'Trường THCS Bù Gia Mập',
      joinedDate: '2020-09-05',
    },
    {
      row: 4,
      memberNumber: `${prefix}-0003`,
      fullName: ' Nguyễn  Thị   Mai ',
      nationalId: '',
      unionOrganisationCode: tree.commune.code,
      workplace: 'Trạm Y tế xã Bù Gia Mập',
      joinedDate: '5/3/2018',
      personId: null,
      householdId: null,
    },
  ];
}

describe('importing a union member list', () => {
  it('adds every member, then finds the same file unchanged', async () => {
    const before = await members();
    const first = await env.h.query(
      IMPORT,
      { input: { fileName: 'doan-vien.xlsx', rows: list('IMP') } },
      env.t.officer,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.importUnionMemberList).toMatchObject({
      imported: true,
      rows: 3,
      records: 3,
      created: 3,
      unchanged: 0,
      problemCount: 0,
      problems: [],
    });
    expect(await members()).toBe(before + 3);
    const stored = await env.h.dataSource.query(
      `SELECT member_number, full_name, union_organisation_id AS org, unit_code, status, joined_date::text,
              status_since::text, person_id, household_id, linked_at IS NOT NULL AS linked
         FROM union_member WHERE member_number LIKE 'IMP-%' ORDER BY member_number`,
    );
    const commune = { org: tree.commune.id, unit_code: tree.commune.unitCode, status: 'ACTIVE' };
    expect(stored).toEqual([
      {
        member_number: 'IMP-0001',
        full_name: 'Điểu Thị Hạnh',
        org: tree.ward.id,
        unit_code: tree.ward.unitCode,
        status: 'ACTIVE',
        joined_date: '2015-10-01',
        status_since: '2015-10-01',
        person_id: PERSON,
        household_id: HOUSEHOLD,
        linked: true,
      },
      {
        member_number: 'IMP-0002',
        full_name: 'Lê Văn Tám',
        ...commune,
        joined_date: '2020-09-05',
        status_since: '2020-09-05',
        person_id: null,
        household_id: null,
        linked: false,
      },
      {
        member_number: 'IMP-0003',
        full_name: 'Nguyễn Thị Mai',
        ...commune,
        joined_date: '2018-03-05',
        status_since: '2018-03-05',
        person_id: null,
        household_id: null,
        linked: false,
      },
    ]);

    const again = await env.h.query(
      IMPORT,
      { input: { fileName: 'doan-vien.xlsx', rows: list('IMP') } },
      env.t.officer,
    );
    expect(again.data!.importUnionMemberList).toMatchObject({
      imported: true,
      records: 3,
      created: 0,
      unchanged: 3,
      problems: [],
    });
    expect(await members()).toBe(before + 3);
    const audit = await env.h.dataSource.query(
      `SELECT record_type, cardinality(record_ids) AS n FROM audit_entry
        WHERE record_type LIKE 'importUnionMemberList%' ORDER BY id`,
    );
    // Each run names itself and the register person and household its rows link to; the first also the members.
    expect(audit).toEqual([
      { record_type: 'importUnionMemberList.created', n: 3 },
      { record_type: 'importUnionMemberList', n: 3 },
      { record_type: 'importUnionMemberList', n: 3 },
    ]);
  });

  it('lists every bad cell with its row and column and writes nothing', async () => {
    const before = await members();
    const rows = list('BAD', { personId: randomUUID(), householdId: randomUUID() });
    rows[0]!.memberNumber = 'bad 1';
    rows[1]!.joinedDate = '01/01/2099';
    rows[2]!.joinedDate = '31/02/2020';
    rows.push(
      {
        ...rows[2]!,
        row: 5,
        memberNumber: 'BAD-0004',
        unionOrganisationCode: 'CDCS-KHONG-CO',
        joinedDate: '2019-01-01',
      },
      { ...rows[1]!, row: 6, joinedDate: '1925-05-01' }, // BAD-0002 again
      {
        ...rows[2]!,
        row: 7,
        memberNumber: 'BAD-0005',
        unionOrganisationCode: tree.province.code,
        joinedDate: '2019-01-01',
        personId: randomUUID(),
      },
    );
    const res = await env.h.query(IMPORT, { input: { fileName: 'loi.csv', rows } }, env.t.officer);
    const report = res.data!.importUnionMemberList;
    expect(report).toMatchObject({ imported: false, rows: 6, created: 0, problemCount: 8 });
    expect(cells(report)).toEqual([
      [2, 'memberNumber'],
      [3, 'joinedDate'],
      [4, 'joinedDate'],
      [5, 'unionOrganisationCode'],
      [6, 'joinedDate'],
      [6, 'memberNumber'],
      [7, 'householdId'],
      [7, 'unionOrganisationCode'],
    ]);
    const [number, future, malformed, unknown, founded, repeated, link, level] = report.problems;
    expect(number).toMatchObject({ value: 'bad 1', problem: expect.stringMatching(/capital letters/) });
    expect(future.problem).toMatch(/2099-01-01 is in the future/);
    expect(malformed).toMatchObject({ value: '31/02/2020', problem: expect.stringMatching(/date/) });
    expect(unknown).toMatchObject({ value: 'CDCS-KHONG-CO', problem: expect.stringMatching(/not the code/) });
    expect(founded.problem).toMatch(/before the union was founded/);
    expect(repeated).toMatchObject({ value: 'BAD-0002', problem: 'is also on row 3' });
    expect(link.problem).toMatch(/both personId and householdId/);
    expect(level.problem).toMatch(/members belong to a grassroots union/);
    expect(await members()).toBe(before);

    const header = await env.h.query(
      IMPORT,
      { input: { fileName: 'loi.csv', rows: [{ ...list('HDR')[0]!, row: 1 }] } },
      env.t.officer,
    );
    expect(header.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a member that differs from the register, and a person linked to another member', async () => {
    const registered = await member(env.h, env.t.officer, tree.commune.id, { memberNumber: 'REG-0001' });
    const before = await members();
    const otherPerson = randomUUID();
    const rows: Row[] = [
      {
        row: 2,
        memberNumber: 'REG-0001',
        fullName: 'Nguyễn Văn Hùng',
        unionOrganisationCode: tree.commune.code,
        workplace: 'Công ty CP Cao su Đồng Phú',
        joinedDate: '2015-03-01',
        personId: otherPerson,
        householdId: randomUUID(),
      },
      {
        row: 3,
        memberNumber: 'REG-0002',
        fullName: 'Nguyễn Văn Hùng',
        unionOrganisationCode: tree.commune.code,
        workplace: 'Công ty TNHH May Đồng Nai',
        joinedDate: '2015-03-01',
        personId: registered.personId,
        householdId: registered.householdId,
      },
      {
        row: 4,
        memberNumber: 'REG-0003',
        fullName: 'Trần Thị Bích',
        unionOrganisationCode: tree.commune.code,
        workplace: 'Công ty TNHH May Đồng Nai',
        joinedDate: '2016-04-01',
        personId: registered.personId,
        householdId: registered.householdId,
      },
    ];
    const res = await env.h.query(IMPORT, { input: { fileName: 'sua.xlsx', rows } }, env.t.officer);
    const report = res.data!.importUnionMemberList;
    expect(report).toMatchObject({ imported: false, created: 0 });
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'workplace',
        value: 'Công ty CP Cao su Đồng Phú',
        problem: expect.stringMatching(/with Công ty TNHH May Đồng Nai; an import adds members/),
      }),
      expect.objectContaining({ row: 2, column: 'personId', value: otherPerson }),
      expect.objectContaining({
        row: 3,
        column: 'personId',
        problem: `person ${registered.personId} is already linked to union member ${registered.id}`,
      }),
      expect.objectContaining({ row: 4, column: 'personId', problem: 'is also on row 3' }),
    ]);
    expect(await members()).toBe(before);
  });
});

describe('who may import a member list', () => {
  it('is for Labour Union officers only', async () => {
    const res = await env.h.query(IMPORT, { input: { fileName: 'x.xlsx', rows: list('PC') } }, env.t.pc);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes only the unions and members inside the caller’s units', async () => {
    const before = await members();
    const other = await env.h.query(
      IMPORT,
      { input: { fileName: 'x.xlsx', rows: list('HCM') } },
      env.t.hcmcOfficer,
    );
    const report = other.data!.importUnionMemberList;
    expect(cells(report)).toEqual([
      [2, 'unionOrganisationCode'],
      [3, 'unionOrganisationCode'],
      [4, 'unionOrganisationCode'],
    ]);
    expect(report.problems[0].problem).toMatch(/outside the units your token covers \(79\)/);

    const federation = await organisation(env.h, env.t.hcmcOfficer, {
      level: 'PROVINCE_FEDERATION',
      unitCode: '79',
    });
    const hcmcUnion = await organisation(env.h, env.t.hcmcOfficer, {
      level: 'GRASSROOTS_UNION',
      unitCode: HCMC_WARD,
      parentId: federation.id,
    });
    const rows = list('IMP').map((r) => ({ ...r, unionOrganisationCode: hcmcUnion.code }));
    const taken = await env.h.query(IMPORT, { input: { fileName: 'y.xlsx', rows } }, env.t.hcmcOfficer);
    expect(taken.data!.importUnionMemberList.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'memberNumber',
        problem: expect.stringMatching(/outside your units/),
      }),
      expect.objectContaining({ row: 3, column: 'memberNumber' }),
      expect.objectContaining({ row: 4, column: 'memberNumber' }),
    ]);
    expect(await members()).toBe(before);
  });
});
