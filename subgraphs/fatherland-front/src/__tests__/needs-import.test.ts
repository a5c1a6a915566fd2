import { COMMUNE, COMMUNE_B, fieldOf, receive, registerPerson, useSubgraph } from './fixtures';

const env = useSubgraph();

const IMPORT = `mutation Import($input: ImportNeedsListInput!) {
  importNeedsList(input: $input) {
    id imported rows records created unchanged problemCount problems { row column problem value } } }`;

type Row = { row: number; [column: string]: string | number | null };

let serial = 750_000_000_000;

/** A person of the register as a list row gives them, with the ids the gateway matched for the national ID. */
function row(n: number, cells: Partial<Row> = {}): Row {
  const person = registerPerson();
  serial += 1;
  return {
    row: n,
    unitCode: COMMUNE,
    listedOn: '15/01/2025',
    sourceDocument: '125/UBND-VX',
    fullName: person.fullName,
    birthYear: String(person.birthYear),
    nationalId: String(serial),
    note: null,
    personId: person.personId,
    householdId: person.householdId,
    ...cells,
  };
}

const importList = (rows: Row[], token = env.t.officer, fileName = 'ds-can-giup.xlsx') =>
  env.h.query(IMPORT, { input: { fileName, rows } }, token);
const cellsOf = (report: { problems: { row: number; column: string }[] }) =>
  report.problems.map((p) => [p.row, p.column]);

describe('importing a needs list', () => {
  it('lists every person, then finds the same file unchanged', async () => {
    const rows = [row(2, { fullName: '  Điểu   Thị Hạnh ', birthYear: '1948' }), row(3), row(4)];
    const before = await env.count('needs_list_entry');
    const first = await importList(rows);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importNeedsList).toMatchObject({
      imported: true,
      rows: 3,
      records: 3,
      created: 3,
      unchanged: 0,
      problems: [],
    });
    expect(await env.count('needs_list_entry')).toBe(before + 3);
    const [entry] = await env.h.dataSource.query(
      `SELECT unit_code, full_name, birth_year, listed_on::text, source_document, household_id
         FROM needs_list_entry WHERE person_id = $1`,
      [rows[0]!.personId],
    );
    expect(entry).toEqual({
      unit_code: COMMUNE,
      full_name: 'Điểu Thị Hạnh',
      birth_year: 1948,
      listed_on: '2025-01-15',
      source_document: '125/UBND-VX',
      household_id: rows[0]!.householdId,
    });

    const again = await importList(rows);
    expect(again.data!.importNeedsList).toMatchObject({ imported: true, created: 0, unchanged: 3 });
    expect(await env.count('needs_list_entry')).toBe(before + 3);
    const audit = await env.h.dataSource.query(
      `SELECT record_type, cardinality(record_ids) AS n FROM audit_entry
        WHERE record_type LIKE 'importNeedsList%' ORDER BY at, record_type DESC`,
    );
    // Each run names itself and the register people and households of its three rows.
    expect(audit).toEqual([
      { record_type: 'importNeedsList.created', n: 3 },
      { record_type: 'importNeedsList', n: 7 },
      { record_type: 'importNeedsList', n: 7 },
    ]);
  });

  it('lists every bad cell with its row and column and writes nothing', async () => {
    const before = await env.count('needs_list_entry');
    const twice = row(7);
    const rows = [
      row(2, { unitCode: '99999' }),
      row(3, { listedOn: '31/02/2025' }),
      row(4, { fullName: '   ' }),
      row(5, { birthYear: '2026' }),
      row(6, { personId: null, householdId: null }),
      twice,
      { ...twice, row: 8 },
      row(9),
    ];
    const res = await importList(rows, env.t.officer, 'loi.csv');
    const report = res.data!.importNeedsList;
    expect(report).toMatchObject({ imported: false, created: 0, rows: 8, records: 7, problemCount: 6 });
    expect(cellsOf(report)).toEqual([
      [2, 'unitCode'],
      [3, 'listedOn'],
      [4, 'fullName'],
      [5, 'birthYear'],
      [6, 'nationalId'],
      [8, 'nationalId'],
    ]);
    expect(report.problems[0]).toMatchObject({
      value: '99999',
      problem: '99999 is not the code of a commune',
    });
    expect(report.problems[1]).toMatchObject({ value: '31/02/2025', problem: expect.stringMatching(/date/) });
    expect(report.problems[2].problem).toBe('must name the person');
    expect(report.problems[3]).toMatchObject({ value: '2026', problem: "2026 is after the list's date" });
    expect(report.problems[4].problem).toMatch(/not in the register of your units/);
    expect(report.problems[5]).toMatchObject({ value: twice.nationalId, problem: 'is also on row 7' });
    expect(await env.count('needs_list_entry')).toBe(before);
  });

  it('refuses a person listed by another commune, and counts one listed the same way as unchanged', async () => {
    const elsewhere = row(2);
    const listedHere = row(3, { listedOn: '2025-01-10' });
    await receive(env, COMMUNE_B, [toPerson(elsewhere)]);
    await receive(env, COMMUNE, [toPerson(listedHere)]);
    const before = await env.count('needs_list_entry');
    const res = await importList([elsewhere, listedHere, row(4)]);
    const report = res.data!.importNeedsList;
    expect(report).toMatchObject({ imported: false, created: 0, unchanged: 1 });
    expect(report.problems).toEqual([
      {
        row: 2,
        column: 'nationalId',
        problem: `is already on the needs list of ${COMMUNE_B} since 2025-01-10`,
        value: elsewhere.nationalId,
      },
    ]);
    expect(await env.count('needs_list_entry')).toBe(before);
  });

  it('is for Front officers, each within their own units', async () => {
    const rows = [row(2), row(3)];
    const before = await env.count('needs_list_entry');
    const union = await importList(rows, env.t.union);
    expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewer = await importList(rows, env.t.viewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const hcmc = await importList(rows, env.t.hcmcOfficer);
    expect(hcmc.data!.importNeedsList).toMatchObject({ imported: false, created: 0 });
    expect(cellsOf(hcmc.data!.importNeedsList)).toEqual([
      [2, 'unitCode'],
      [3, 'unitCode'],
    ]);
    expect(hcmc.data!.importNeedsList.problems[0].problem).toBe(
      'is outside the units your token covers (79)',
    );
    expect(await env.count('needs_list_entry')).toBe(before);
  });

  it('refuses as a whole an empty file or a row number of the header', async () => {
    expect(fieldOf(await importList([]))).toBe('input.rows');
    const header = await importList([row(1)]);
    expect(header.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const toPerson = (r: Row) => ({
  personId: r.personId as string,
  householdId: r.householdId as string,
  fullName: r.fullName as string,
});
