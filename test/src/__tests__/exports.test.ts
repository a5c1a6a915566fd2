import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { excelBytes } from '../excel-buffer';
import { ORGANISATION_NAMES, ORGANISATIONS } from '@chung-tay/common';
import { REPO_ROOT } from '@chung-tay/hub';
import { ENUM_LABELS } from '@chung-tay/vocabulary';
import { selectionFor, valueAt } from '../graphql-paths';
import { inheritedEnvWithout } from '../env';
import { startTestHub, type TestHub } from '../hub-client';

// The Excel exports through a real hub: each workbook is downloaded over HTTP, read back and checked cell by cell
// against the same figures asked of the gateway with the same token.

let hub: TestHub;
let base: string;
let outDir: string;
let pcOfficer: string;
let unionOfficer: string;
let unionViewer: string;
let otherProvince: string;

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const download = (path: string, token?: string) =>
  fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

type Refusal = { errors: { message: string; extensions: { code: string; field?: string } }[] };
const refusalOf = async (res: Response) => (await res.json()) as Refusal;

async function workbookOf(bytes: ArrayBuffer | Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(excelBytes(bytes));
  return workbook;
}

/** Every cell value of every sheet, row by row (empty rows and cells as null). */
function cellsOf(workbook: ExcelJS.Workbook) {
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: Array.from({ length: sheet.rowCount }, (_, r) =>
      Array.from({ length: sheet.columnCount }, (_, c) => sheet.getCell(r + 1, c + 1).value ?? null),
    ),
  }));
}

/** How the workbook shows a value the graph gives: Vietnamese for enums and booleans, dates as dates. */
function shownAs(value: unknown, cell: unknown): boolean {
  // A figure another organisation withheld under the threshold rule: "<N" for a count, "—" for an amount.
  if (value === null || value === undefined)
    return cell === null || cell === '—' || /^<\d+$/.test(String(cell));
  if (typeof value === 'number') return cell === value;
  if (typeof value === 'boolean') return cell === (value ? 'Có' : 'Không');
  if (Array.isArray(value)) return typeof cell === 'string';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return cell instanceof Date && cell.toISOString().slice(0, 10) === value;
  const enumLabels = Object.values(ENUM_LABELS).flatMap((labels) =>
    Object.hasOwn(labels, String(value)) ? [labels[String(value)]!.vi] : [],
  );
  return cell === value || enumLabels.includes(cell as string);
}

beforeAll(async () => {
  hub = await startTestHub();
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  outDir = mkdtempSync(join(tmpdir(), 'chung-tay-exports-'));
  pcOfficer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  unionOfficer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['officer'] });
  unionViewer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
  otherProvince = await hub.token({ org: 'labour-union', units: ['79'], roles: ['officer'] });

  // A poor household with a union member, the member's grassroots union, and the campaign's records.
  const reg = await ok(
    `mutation { registerHousehold(input: { code: "E2E-EX-0001", unitCode: "25222", address: "Ấp 3",
        initialStatus: POOR, statusSince: "2023-01-01", members: [
          { fullName: "Trần Văn Lộc", birthDate: "1984-02-10", sex: MALE, relationToHead: HEAD, nationalId: "075084000333" }] })
      { id members { id } } }`,
    {},
    pcOfficer,
  );
  const household = reg.registerHousehold;
  const org = (input: Record<string, unknown>) =>
    ok(
      `mutation($input: RegisterUnionOrganisationInput!) { registerUnionOrganisation(input: $input) { id } }`,
      { input },
      unionOfficer,
    ).then((d) => d.registerUnionOrganisation.id as string);
  const province = await org({
    code: 'E2E-EX-LDLD-75',
    name: 'Liên đoàn Lao động tỉnh Đồng Nai',
    level: 'PROVINCE_FEDERATION',
    unitCode: '75',
  });
  const grassroots = await org({
    code: 'E2E-EX-CDCS-25222',
    name: 'Công đoàn cơ sở Công ty Điều Bù Gia Mập',
    level: 'GRASSROOTS_UNION',
    unitCode: '25222',
    parentId: province,
  });
  const member = await ok(
    `mutation($input: RegisterUnionMemberInput!) { registerUnionMember(input: $input) { id } }`,
    {
      input: {
        memberNumber: 'E2E-EX-0001',
        fullName: 'Trần Văn Lộc',
        unionOrganisationId: grassroots,
        workplace: 'Công ty Điều Bù Gia Mập',
        joinedDate: '2010-03-01',
        personId: household.members[0].id,
        householdId: household.id,
      },
    },
    unionOfficer,
  );
  const memberId = member.registerUnionMember.id;
  await ok(
    `mutation($input: RecordCarePlanInput!) { recordCarePlan(input: $input) { id } }`,
    {
      input: {
        householdId: household.id,
        unionOrganisationId: grassroots,
        listedStatus: 'POOR',
        listedDate: '2024-01-01',
      },
    },
    unionOfficer,
  );
  for (const [kind, date, value] of [
    ['VISIT', '2025-10-30', 800_000],
    ['TET_GIFT', '2025-11-05', 500_000],
  ] as const) {
    await ok(
      `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`,
      {
        input: {
          kind,
          date,
          value,
          fundingSource: 'FOR_THE_POOR_FUND',
          memberId,
          unionOrganisationId: grassroots,
        },
      },
      unionOfficer,
    );
  }
  await ok(
    `mutation($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) { id } }`,
    {
      input: {
        memberId,
        unionOrganisationId: grassroots,
        kind: 'BUILD',
        grantAmount: 40_000_000,
        fundingSource: 'FOR_THE_POOR_FUND',
        status: 'APPROVED',
        approvedDate: '2025-09-15',
      },
    },
    unionOfficer,
  );
  for (const [date, contributors, amount] of [
    ['2025-10-25', 85, 9_350_500],
    ['2025-11-10', 40, 4_000_400],
  ] as const) {
    await ok(
      `mutation($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`,
      { input: { unionOrganisationId: grassroots, date, contributors, amount } },
      unionOfficer,
    );
  }
});
afterAll(async () => {
  await hub?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the union fund report (seed 001) as a workbook', () => {
  const PATH = '/exports/union-fund-report.xlsx?unitCode=75&period=2025';

  it('fills the template with the Labour Union figures, cell by cell', async () => {
    const res = await download(PATH, unionViewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="bao-cao-quy-vi-nguoi-ngheo-75-2025.xlsx"',
    );
    const sheet = (await workbookOf(await res.arrayBuffer())).getWorksheet('Quỹ Vì người nghèo')!;
    expect(sheet.getCell('A1').value).toBe('KẾT QUẢ');
    expect(sheet.getCell('A2').value).toBe(
      'VẬN ĐỘNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ LAO ĐỘNG ỦNG HỘ QUỸ “VÌ NGƯỜI NGHÈO” VÀ THỰC HIỆN CHƯƠNG TRÌNH ' +
        'AN SINH XÃ HỘI NĂM 2025',
    );
    expect(sheet.getCell('A3').value).toBe('Đơn vị: Đồng Nai (mã 75)');
    expect(sheet.getCell('A4').value).toBe('Kỳ báo cáo: Năm 2025 (từ ngày 01/01/2025 đến ngày 31/12/2025)');
    expect(sheet.getCell('A5').value).toBe(
      'Tháng cao điểm "Vì người nghèo": từ ngày 17/10/2025 đến ngày 18/11/2025; hạn gửi báo cáo: 30/11/2025',
    );
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      'Stt',
      'Tên chỉ tiêu',
      'Số lượng',
      'Giá trị (triệu đồng)',
      'Ghi chú',
    ]);

    const { unionFundReport } = await ok(
      `{ unionFundReport(unitCode: "75", period: "2025") { rows { line title number valueMillionVnd note } } }`,
      {},
      unionViewer,
    );
    const cells = [8, 9, 10, 11].map((r) => [1, 2, 3, 4, 5].map((c) => sheet.getCell(r, c).value ?? null));
    expect(cells).toEqual(
      unionFundReport.rows.map((r: Record<string, unknown>) => [
        r.line,
        r.title,
        r.number,
        r.valueMillionVnd,
        r.note,
      ]),
    );
    // Worked by hand: gifts 85 + 40 workers, 9,350,500 + 4,000,400 đ; one house of 40 m; a visit and a gift.
    expect(cells.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1', 125, 13.351],
      ['2', 3, 41.3],
      ['2.1', 1, 40],
      ['2.2', 2, 1.3],
    ]);
    expect(cells[0]![1]).toContain('Vì người nghèo');
    expect(sheet.getCell('D8').numFmt).toBe('#,##0.000');
  });

  it('refuses without a token (401), another province (403) and a bad period (400), never with a workbook', async () => {
    const none = await download(PATH);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await refusalOf(none)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download(PATH, 'not-a-token')).status).toBe(401);

    const other = await download(PATH, otherProvince);
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await refusalOf(other);
    expect(body.errors[0]).toMatchObject({
      message: expect.stringContaining('outside the units your token covers'),
      extensions: { code: 'FORBIDDEN' },
    });

    const badPeriod = await download(
      '/exports/union-fund-report.xlsx?unitCode=75&period=2025-Q5',
      unionViewer,
    );
    expect(badPeriod.status).toBe(400);
    expect((await refusalOf(badPeriod)).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
    // An unknown unit passes the endpoint's check; the Labour Union refuses it and the endpoint says so.
    const unknown = await download('/exports/union-fund-report.xlsx?unitCode=99999&period=2025', unionViewer);
    expect(unknown.status).toBe(400);
    expect((await refusalOf(unknown)).errors[0].message).toContain('99999');
  });
});

describe('the cross-agency summary as a workbook', () => {
  const PATH = '/exports/area-summary.xlsx?unitCode=75&period=2025-Q4';
  let bytes: ArrayBuffer;

  beforeAll(async () => {
    const res = await download(PATH, unionViewer);
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tong-hop-75-2025-Q4.xlsx"');
    bytes = await res.arrayBuffer();
  });

  it('shows the unit, the period and every figure of every organisation as the graph gives it', async () => {
    const sheet = (await workbookOf(bytes)).getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('BÁO CÁO TỔNG HỢP LIÊN NGÀNH VỀ GIẢM NGHÈO BỀN VỮNG');
    expect(sheet.getCell('A2').value).toBe('Đơn vị: Đồng Nai (mã 75)');
    expect(sheet.getCell('A3').value).toBe(
      'Kỳ báo cáo: Quý IV năm 2025 (từ ngày 01/10/2025 đến ngày 31/12/2025)',
    );
    const traceColumn = sheet.columnCount;
    expect([1, 2, 3, 4, traceColumn].map((c) => sheet.getCell(6, c).value)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Giá trị',
      'Đơn vị tính',
      'Mã trường (GraphQL)',
    ]);

    // Read the workbook's own trace column: organisation headings, figure rows, tables, their columns and items.
    type Line = { row: number; kind: 'org' | 'leaf' | 'table' | 'columns' | 'item'; path: string[] };
    const traced: { row: number; trace: string }[] = [];
    for (let r = 7; r <= sheet.rowCount; r++) {
      const trace = sheet.getCell(r, traceColumn).value;
      if (typeof trace === 'string' && trace) traced.push({ row: r, trace });
    }
    const lines: Line[] = traced.map(({ row, trace }, i): Line => {
      const stt = sheet.getCell(row, 1).value;
      const path = trace.split('.');
      if (/^[IVX]+$/.test(String(stt))) return { row, kind: 'org', path };
      if (/\[\d+\]$/.test(trace)) return { row, kind: 'item', path };
      if (stt === null) return { row, kind: 'columns', path };
      const next = traced[i + 1];
      const isTable =
        sheet.getCell(row, 3).value === 'Không có' || (next && sheet.getCell(next.row, 1).value === null);
      return { row, kind: isTable ? 'table' : 'leaf', path };
    });

    // Every organisation of the hub, People's Committee first, headed by its Vietnamese name.
    const orgs = lines.filter((l) => l.kind === 'org');
    expect(orgs.map((l) => sheet.getCell(l.row, 2).value)).toEqual(
      ORGANISATIONS.map((o) => ORGANISATION_NAMES[o].vi),
    );
    expect(lines.filter((l) => l.kind === 'leaf').length).toBeGreaterThan(20);

    // Ask the gateway for exactly the fields the workbook names, with the same token.
    const columnsOf = new Map<string, string[][]>();
    lines.forEach((l, i) => {
      if (l.kind !== 'table') return;
      const header = lines[i + 1];
      const columns = header?.kind === 'columns' ? String(sheet.getCell(header.row, traceColumn).value) : '';
      columnsOf.set(l.path.join('.'), columns ? columns.split(', ').map((c) => c.split('.')) : []);
    });
    const paths = [
      ...lines.filter((l) => l.kind === 'leaf').map((l) => l.path),
      ...[...columnsOf].flatMap(([t, columns]) => columns.map((c) => [...t.split('.'), ...c])),
    ];
    const { areaPeriod } = await ok(
      `{ areaPeriod(unitCode: "75", period: "2025-Q4") { ${selectionFor(paths)} } }`,
      {},
      unionViewer,
    );
    let checked = 0;
    for (const l of lines) {
      if (l.kind === 'leaf') {
        const value = valueAt(areaPeriod, l.path);
        const cell = sheet.getCell(l.row, 3).value ?? null;
        if (!shownAs(value, cell)) throw new Error(`${l.path.join('.')}: graph ${value}, workbook ${cell}`);
        checked++;
      }
      if (l.kind === 'item') {
        const [, list, index] = /^(.*)\[(\d+)\]$/.exec(l.path.join('.'))!;
        const item = (valueAt(areaPeriod, list!.split('.')) as unknown[])[Number(index)];
        columnsOf.get(list!)!.forEach((column, j) => {
          const value = valueAt(item, column);
          const cell = sheet.getCell(l.row, 2 + j).value ?? null;
          if (!shownAs(value, cell))
            throw new Error(`${l.path.join('.')}.${column}: graph ${value}, workbook ${cell}`);
          checked++;
        });
      }
      if (l.kind === 'table') {
        const items = lines.filter(
          (i) => i.kind === 'item' && i.path.join('.').startsWith(`${l.path.join('.')}[`),
        );
        expect(items).toHaveLength((valueAt(areaPeriod, l.path) as unknown[]).length);
        expect(sheet.getCell(l.row, 3).value).toBe(items.length ? null : 'Không có');
      }
    }
    expect(checked).toBeGreaterThan(20);

    // Labels are Vietnamese: the register's households at the end of the period, money in whole VND.
    const poorAtEnd = lines.find((l) => l.path.join('.') === 'peopleCommittee.householdsAtEnd.poor')!;
    expect(sheet.getCell(poorAtEnd.row, 2).value).toBe('Hộ cuối kỳ — Hộ nghèo');
    expect(sheet.getCell(poorAtEnd.row, 4).value).toBe('hộ');
    const benefitsValue = lines.find((l) => l.path.join('.') === 'peopleCommittee.benefitsValue')!;
    expect(sheet.getCell(benefitsValue.row, 3).numFmt).toBe('#,##0');
    expect(sheet.getCell(benefitsValue.row, 4).value).toBe('đồng');
    // The care recorded above for Q4 (a visit of 800,000 đ and a Tết gift of 500,000 đ) is in the union's rows.
    const care = lines.find((l) => l.path.join('.') === 'labourUnion.care.valueVnd')!;
    expect([2, 3, 4].map((c) => sheet.getCell(care.row, c).value)).toEqual([
      'Thăm hỏi, tặng quà — Giá trị',
      1_300_000,
      'đồng',
    ]);
  });

  it('counts each organisation’s reports as areaPeriod reports them', async () => {
    const sheet = (await workbookOf(bytes)).getWorksheet('Tình hình báo cáo')!;
    expect(sheet.getCell('A1').value).toBe('TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, TỔ CHỨC');
    const COUNTS = [
      'expected',
      'submitted',
      'onTime',
      'late',
      'missing',
      'notYetDue',
      'accepted',
      'returned',
    ];
    const fields = ORGANISATIONS.map(
      (o) => `${o.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Reporting`,
    );
    const { areaPeriod } = await ok(
      `{ areaPeriod(unitCode: "75", period: "2025-Q4") {
        ${fields.map((f) => `${f} { ${COUNTS.join(' ')} reports { section unitCode period dueOn timeliness submittedOn status version } }`).join(' ')} } }`,
      {},
      unionViewer,
    );
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getCell(7, c).value)).toEqual([
      'STT',
      'Cơ quan, tổ chức',
      'Phải nộp',
      'Đã nộp',
      'Đúng hạn',
      'Trễ hạn',
      'Quá hạn chưa nộp',
      'Chưa đến hạn',
      'Đã được chấp nhận',
      'Bị trả lại',
    ]);
    ORGANISATIONS.forEach((org, i) => {
      const row = sheet.getRow(8 + i);
      expect(row.getCell(2).value).toBe(ORGANISATION_NAMES[org].vi);
      expect(COUNTS.map((_, j) => row.getCell(3 + j).value)).toEqual(
        COUNTS.map((c) => areaPeriod[fields[i]!][c]),
      );
    });
    const total = sheet.getRow(8 + ORGANISATIONS.length);
    expect(total.getCell(2).value).toBe('Cộng');
    expect(COUNTS.map((_, j) => total.getCell(3 + j).value)).toEqual(
      COUNTS.map((c) => fields.reduce((n, f) => n + areaPeriod[f][c], 0)),
    );

    // Then every expected report, organisation by organisation, in the order the graph lists them.
    const reports = fields.flatMap((f, i) =>
      areaPeriod[f].reports.map((r: Record<string, unknown>) => ({ org: ORGANISATIONS[i]!, r })),
    );
    const first = 8 + ORGANISATIONS.length + 4;
    expect(sheet.getCell(first - 1, 3).value).toBe('Phần báo cáo');
    reports.forEach(
      ({ org, r }: { org: (typeof ORGANISATIONS)[number]; r: Record<string, unknown> }, k: number) => {
        const row = sheet.getRow(first + k);
        expect(row.getCell(1).value).toBe(k + 1);
        expect(row.getCell(2).value).toBe(ORGANISATION_NAMES[org].vi);
        const keys = [
          'section',
          'unitCode',
          'period',
          'dueOn',
          'timeliness',
          'submittedOn',
          'status',
          'version',
        ];
        keys.forEach((key, j) => {
          const cell = row.getCell(3 + j).value ?? null;
          if (!shownAs(r[key], cell))
            throw new Error(`report ${k} ${key}: graph ${r[key]}, workbook ${cell}`);
        });
      },
    );
  });

  it('refuses another province with 403 and no workbook', async () => {
    const other = await download(PATH, otherProvince);
    expect(other.status).toBe(403);
    expect((await refusalOf(other)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download(PATH)).status).toBe(401);
  });
});

describe('a filtered list of households as a workbook', () => {
  const rowsOf = async (res: Response) => {
    expect(res.status).toBe(200);
    const sheet = (await workbookOf(Buffer.from(await res.arrayBuffer()))).getWorksheet('Danh sách hộ')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const rows = Array.from({ length: sheet.rowCount - 2 }, (_, i) =>
      Object.fromEntries(header.map((h, c) => [h as string, sheet.getCell(i + 3, c + 1).value])),
    );
    return { title: sheet.getCell('A1').value as string, header, rows };
  };

  it("lists what the filter selects, with the register's personal columns for the People's Committee only", async () => {
    const { households } = await ok(
      `{ households(filter: { unitCode: "75", status: [POOR] }, first: 100) { totalCount nodes { code head { fullName } } } }`,
      {},
      pcOfficer,
    );
    expect(households.totalCount).toBeGreaterThan(0);

    const pc = await rowsOf(await download('/exports/households.xlsx?unitCode=75&status=POOR', pcOfficer));
    expect(pc.title).toBe(`Danh sách hộ — Đơn vị 75; Hộ nghèo (${households.totalCount} hộ)`);
    expect(pc.rows.map((r) => [r['Mã hộ'], r['Chủ hộ'], r['Tình trạng']])).toEqual(
      households.nodes.map((h: { code: string; head: { fullName: string } | null }) => [
        h.code,
        h.head?.fullName ?? null,
        'Hộ nghèo',
      ]),
    );
    expect(pc.rows.find((r) => r['Mã hộ'] === 'E2E-EX-0001')).toMatchObject({
      'Chủ hộ': 'Trần Văn Lộc',
      'Địa chỉ': 'Ấp 3',
      'Mã đơn vị': '25222',
    });

    // The union sees the same households, without the names and addresses the register keeps.
    const union = await rowsOf(
      await download('/exports/households.xlsx?unitCode=75&status=POOR', unionViewer),
    );
    expect(union.header).not.toContain('Chủ hộ');
    expect(union.header).not.toContain('Địa chỉ');
    expect(union.rows.map((r) => r['Mã hộ'])).toEqual(pc.rows.map((r) => r['Mã hộ']));
  });

  it('refuses a bad filter naming it and no token, and shows another province nothing', async () => {
    const bad = await download('/exports/households.xlsx?unitCode=75&status=POOR,RICH', pcOfficer);
    expect(bad.status).toBe(400);
    expect((await refusalOf(bad)).errors[0]).toMatchObject({
      message: expect.stringContaining('status RICH is not one of'),
      extensions: { code: 'BAD_USER_INPUT', field: 'status' },
    });
    // A caller of another province sees none of province 75's households (lists keep to the caller's units).
    const elsewhere = await rowsOf(await download('/exports/households.xlsx?unitCode=75', otherProvince));
    expect(elsewhere.rows).toEqual([]);
    expect(elsewhere.title).toMatch(/\(0 hộ\)$/);
    expect((await download('/exports/households.xlsx?unitCode=75')).status).toBe(401);
  });
});

describe('npm run export (hub/dist/export.js)', () => {
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, [join(REPO_ROOT, 'hub', 'dist', 'export.js'), ...args], {
      env: inheritedEnvWithout('CHUNG_TAY_TOKEN'),
    });

  it.each([
    ['union-fund-report', '2025', '/exports/union-fund-report.xlsx?unitCode=75&period=2025'],
    ['area-summary', '2025-Q4', '/exports/area-summary.xlsx?unitCode=75&period=2025-Q4'],
  ])('writes the same %s workbook as the endpoint', async (name, period, path) => {
    const out = join(outDir, `${name}.xlsx`);
    const { stdout } = await run([
      name,
      '--unit',
      '75',
      '--period',
      period,
      '--token',
      unionViewer,
      '--gateway',
      base,
      '--out',
      out,
    ]);
    expect(stdout.trim()).toBe(out);
    const fromCli = cellsOf(await workbookOf(readFileSync(out)));
    const fromHttp = cellsOf(await workbookOf(await (await download(path, unionViewer)).arrayBuffer()));
    expect(fromCli).toEqual(fromHttp);
    expect(fromCli[0]!.rows.length).toBeGreaterThan(8);
  });

  it("exits 1 with the gateway's message, writing nothing", async () => {
    const out = join(outDir, 'refused.xlsx');
    const refused = await run([
      'union-fund-report',
      '--unit',
      '75',
      '--period',
      '2025',
      '--token',
      otherProvince,
      '--gateway',
      hub.gatewayUrl,
      '--out',
      out,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/HTTP 403 FORBIDDEN\): .*outside the units your token covers/),
    });
    expect(existsSync(out)).toBe(false);
    const missing = await run(['area-summary', '--unit', '75', '--period', '2025-Q4']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('--token') });
  });
});
