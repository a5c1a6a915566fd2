import { Sex } from '../enums';
import { makeNationalId } from '../person/national-id';
import { COMMUNE, useSubgraph } from './fixtures';

const env = useSubgraph();

const IMPORT = `mutation Import($input: ImportHouseholdListInput!) {
  importHouseholdList(input: $input) {
    id imported rows records created unchanged problemCount problems { row column problem value } } }`;

const count = async (table: string) =>
  Number((await env.h.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
const counts = async () => [
  await count('household'),
  await count('person'),
  await count('household_status_change'),
];

/** A list of two households as an officer's spreadsheet gives it: household columns on the head's row only. */
type Row = { row: number; householdCode: string; [column: string]: string | number };

function list(serials = 900000): Row[] {
  const id = (birthDate: string, sex: Sex, serial: number) =>
    makeNationalId('75', birthDate, sex, serials + serial);
  return [
    {
      row: 2,
      householdCode: 'IMP-0001',
      unitCode: COMMUNE,
      address: 'Ấp 2, Bù Gia Mập',
      status: 'Hộ nghèo',
      statusSince: '01/10/2025',
      socialProtection: 'Có',
      fullName: 'Điểu Thị Hạnh',
      birthDate: '1968-03-02',
      sex: 'Nữ',
      relationToHead: 'Chủ hộ',
      nationalId: id('1968-03-02', Sex.FEMALE, 1),
      ethnicity: 'Stiêng',
    },
    {
      row: 3,
      householdCode: 'IMP-0001',
      fullName: 'Điểu Văn Lộc',
      birthDate: '12/07/2010',
      sex: 'Nam',
      relationToHead: 'Con',
    },
    {
      row: 4,
      householdCode: 'IMP-0002',
      unitCode: COMMUNE,
      address: 'Ấp 5, Bù Gia Mập',
      status: 'NEAR_POOR',
      fullName: 'Lê Văn Tám',
      birthDate: '1980-11-20',
      sex: 'Nam',
      relationToHead: 'HEAD',
      nationalId: id('1980-11-20', Sex.MALE, 2),
    },
  ];
}

describe('importing a household list', () => {
  it('adds every household with its members, then finds the same file unchanged', async () => {
    const before = await counts();
    const first = await env.h.query(
      IMPORT,
      { input: { fileName: 'ds-ho.xlsx', rows: list() } },
      env.t.officer,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.importHouseholdList).toMatchObject({
      imported: true,
      rows: 3,
      records: 2,
      created: 2,
      unchanged: 0,
      problems: [],
    });
    expect(await counts()).toEqual([before[0]! + 2, before[1]! + 3, before[2]! + 1 + 1]);
    const [hh] = await env.h.dataSource.query(
      `SELECT h.status, h.poor_category, h.social_protection, h.status_since::text, p.full_name AS head
         FROM household h JOIN person p ON p.id = h.head_person_id WHERE h.code = 'IMP-0001'`,
    );
    expect(hh).toEqual({
      status: 'POOR',
      poor_category: 'B', // Đồng Nai splits poor households; under social protection → B
      social_protection: true,
      status_since: '2025-10-01',
      head: 'Điểu Thị Hạnh',
    });

    const again = await env.h.query(
      IMPORT,
      { input: { fileName: 'ds-ho.xlsx', rows: list() } },
      env.t.officer,
    );
    expect(again.data!.importHouseholdList).toMatchObject({ imported: true, created: 0, unchanged: 2 });
    expect(await counts()).toEqual([before[0]! + 2, before[1]! + 3, before[2]! + 2]);
    const audit = await env.h.dataSource.query(
      `SELECT record_type, cardinality(record_ids) AS n FROM audit_entry WHERE record_type LIKE 'importHouseholdList%' ORDER BY at`,
    );
    expect(audit).toEqual([
      { record_type: 'importHouseholdList.created', n: 2 },
      { record_type: 'importHouseholdList', n: 1 },
      { record_type: 'importHouseholdList', n: 1 },
    ]);
  });

  it('lists every bad cell with its row and column and writes nothing', async () => {
    const before = await counts();
    const rows: Row[] = list(910000).map((r) => ({
      ...r,
      householdCode: r.householdCode.replace('IMP', 'BAD'),
    }));
    rows[0]!.birthDate = '31/02/1968';
    rows[1]!.sex = 'Không rõ';
    rows[2]!.unitCode = '99999';
    rows.push({ ...rows[2]!, row: 5, householdCode: 'BAD-0003', relationToHead: 'Con', status: 'giàu' });
    const res = await env.h.query(IMPORT, { input: { fileName: 'loi.csv', rows } }, env.t.officer);
    const report = res.data!.importHouseholdList;
    expect(report).toMatchObject({ imported: false, created: 0 });
    expect(report.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, 'birthDate'],
      [3, 'sex'],
      [4, 'unitCode'],
      [5, 'status'],
      [5, 'nationalId'], // the same national ID as row 4
      [5, 'relationToHead'], // household BAD-0003 has no head
      [5, 'unitCode'],
    ]);
    expect(report.problems[0]).toMatchObject({ value: '31/02/1968', problem: expect.stringMatching(/date/) });
    expect(report.problems[3].problem).toMatch(/Hộ nghèo/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a household that differs from the register, and one outside the caller’s units', async () => {
    const changed = list().slice(0, 2);
    changed[0]!.address = 'Ấp 9, Bù Gia Mập';
    const res = await env.h.query(IMPORT, { input: { fileName: 'sua.xlsx', rows: changed } }, env.t.officer);
    expect(res.data!.importHouseholdList.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'address', value: 'Ấp 9, Bù Gia Mập' }),
    ]);
    const hcmc = await env.h.query(
      IMPORT,
      { input: { fileName: 'x.xlsx', rows: list() } },
      env.t.hcmcOfficer,
    );
    const columns = hcmc.data!.importHouseholdList.problems.map((p: { column: string }) => p.column);
    expect(columns).toContain('unitCode');
    expect(columns).toContain('householdCode');
  });

  it('is for People’s Committee officers only', async () => {
    const res = await env.h.query(IMPORT, { input: { fileName: 'x.xlsx', rows: list() } }, env.t.union);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
