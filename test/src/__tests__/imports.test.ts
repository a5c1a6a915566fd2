import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ImportFileReport as Report } from '@chung-tay/gateway';
import { REPO_ROOT } from '@chung-tay/hub';
import { inheritedEnvWithout } from '../env';
import { startTestHub, type TestHub } from '../hub-client';

// The list imports through a real hub on the demo data: the shipped sample files go in through the CLI and the
// gateway's endpoint, the graph then shows exactly what the files say, a second import changes nothing, and a
// broken file is refused row by row with nothing written.

let hub: TestHub;
let base: string;
let dir: string;
let pc: string;
let pcAdmin: string;
let union: string;
let unionViewer: string;
let front: string;

const SAMPLES = join(REPO_ROOT, 'samples', 'imports');

const cli = (args: string[]) =>
  promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'hub', 'dist', 'import.js'), ...args, '--gateway', base],
    {
      env: inheritedEnvWithout('CHUNG_TAY_TOKEN'),
    },
  );

async function post(kind: string, body: Buffer | string, token?: string, fileName = 'list.csv') {
  const res = await fetch(`${base}/imports/${kind}?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Report & { errors?: { extensions: { code: string } }[] },
  };
}

async function ok(query: string, token: string, variables: Record<string, unknown> = {}) {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const totals = async () => {
  const data = await ok(`{ households(filter: { unitCode: "75" }) { totalCount } }`, pc);
  const lu = await ok(`{ unionMembers { totalCount } }`, union);
  const ff = await ok(`{ needsList(filter: { unitCode: "75" }) { totalCount } }`, front);
  return [data.households.totalCount, lu.unionMembers.totalCount, ff.needsList.totalCount];
};

/** The sample CSV as rows of cells (the samples quote only cells with commas). */
const csvRows = (name: string) =>
  readFileSync(join(SAMPLES, name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) =>
      line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')),
    );

beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  dir = mkdtempSync(join(tmpdir(), 'chung-tay-imports-'));
  pc = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  pcAdmin = await hub.token({ org: 'people-committee', units: ['75'], roles: ['admin'] });
  union = await hub.token({ org: 'labour-union', units: ['75'], roles: ['officer'] });
  unionViewer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
  front = await hub.token({ org: 'fatherland-front', units: ['75'], roles: ['officer'] });
});
afterAll(() => hub?.close());

describe('importing the sample lists, in the order organisations exchange them', () => {
  it("takes the People's Committee's household list (.xlsx) and the graph shows each row of it", async () => {
    const before = await totals();
    const { stdout } = await cli(['households', join(SAMPLES, 'danh-sach-ho.xlsx'), '--token', pc, '--json']);
    const report = JSON.parse(stdout) as Report;
    expect(report).toMatchObject({
      imported: true,
      rows: 9,
      records: 4,
      created: 4,
      unchanged: 0,
      ignoredColumns: ['STT'],
    });
    expect(report.rowsPerSecond).toBeGreaterThan(0);
    expect(await totals()).toEqual([before[0]! + 4, before[1], before[2]]);

    const rows = csvRows('danh-sach-ho.csv');
    for (const code of new Set(rows.map((r) => r[1]!))) {
      const data = await ok(
        `query($code: String!) { households(filter: { search: $code }) { nodes {
          code unitCode address status statusSince poorCategory socialProtection
          members { fullName birthDate sex relationToHead nationalId ethnicity } } } }`,
        pc,
        { code },
      );
      const [household] = data.households.nodes;
      const own = rows.filter((r) => r[1] === code);
      const dmy = (d: string) => d.split('/').reverse().join('-');
      expect(household).toMatchObject({
        code,
        unitCode: own[0]![2],
        address: own[0]![3],
        statusSince: dmy(own[0]![5]!),
      });
      expect(household.socialProtection).toBe(own[0]![7] === 'Có');
      expect(
        household.members
          .map((m: { fullName: string; birthDate: string; nationalId: string | null }) => [
            m.fullName,
            m.birthDate,
            m.nationalId,
          ])
          .sort(),
      ).toEqual(own.map((r) => [r[8], dmy(r[9]!), r[12] || null]).sort());
    }
    const hanh = await ok(
      `{ households(filter: { search: "DN-25222-N001" }) { nodes { status poorCategory } } }`,
      pc,
    );
    expect(hanh.households.nodes[0]).toEqual({ status: 'POOR', poorCategory: 'B' }); // social protection → B
  });

  it('finds the same list as .csv unchanged: importing twice changes nothing', async () => {
    const before = await totals();
    const { status, body } = await post(
      'households',
      readFileSync(join(SAMPLES, 'danh-sach-ho.csv')),
      pc,
      'danh-sach-ho.csv',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: true, records: 4, created: 0, unchanged: 4 });
    expect(await totals()).toEqual(before);
  });

  it("takes a union's member list, linking members whose national ID is in the register", async () => {
    const before = await totals();
    // In the .xlsx the national IDs are number cells, as Excel keeps them unless told otherwise: the leading
    // zero is gone, and the import puts it back.
    const { stdout } = await cli([
      'union-members',
      join(SAMPLES, 'doan-vien.xlsx'),
      '--token',
      union,
      '--json',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ imported: true, records: 4, created: 4, linkedToRegister: 3 });
    expect(await totals()).toEqual([before[0], before[1]! + 4, before[2]]);
    const member = await ok(
      `{ unionMembers(filter: { linked: true, unitCode: "25222" }, first: 100) { nodes { memberNumber household { id } } } }`,
      union,
    );
    const loc = member.unionMembers.nodes.find(
      (m: { memberNumber: string }) => m.memberNumber === 'DV-25222-0101',
    );
    const n001 = await ok(`{ households(filter: { search: "DN-25222-N001" }) { nodes { id } } }`, pc);
    expect(loc.household.id).toBe(n001.households.nodes[0].id);

    const again = await post('union-members', readFileSync(join(SAMPLES, 'doan-vien.csv')), union);
    expect(again.body).toMatchObject({ imported: true, created: 0, unchanged: 4 });
    expect(await totals()).toEqual([before[0], before[1]! + 4, before[2]]);
  });

  it("takes the Front's needs list for the people the register knows", async () => {
    const before = await totals();
    const { status, body } = await post(
      'needs-list',
      readFileSync(join(SAMPLES, 'danh-sach-can-do-dau.xlsx')),
      front,
      'ds.xlsx',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: true, records: 2, created: 2, linkedToRegister: 2 });
    const again = await post('needs-list', readFileSync(join(SAMPLES, 'danh-sach-can-do-dau.csv')), front);
    expect(again.body).toMatchObject({ imported: true, created: 0, unchanged: 2 });
    expect(await totals()).toEqual([before[0], before[1], before[2]! + 2]);
  });

  it('records each import in the owning organisation’s audit log', async () => {
    const log = await ok(`{ peopleCommitteeAuditLog(first: 50) { recordType recordIds kind } }`, pcAdmin);
    const types = log.peopleCommitteeAuditLog.map((e: { recordType: string }) => e.recordType);
    expect(types.filter((t: string) => t === 'importHouseholdList')).toHaveLength(2);
    const created = log.peopleCommitteeAuditLog.find(
      (e: { recordType: string }) => e.recordType === 'importHouseholdList.created',
    );
    expect(created.recordIds).toHaveLength(4);
  });
});

describe('a broken file', () => {
  const header =
    'STT,Mã hộ,Mã xã,Địa chỉ,Tình trạng,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,Số CCCD';

  it('is refused row by row, naming the column as the file heads it, and nothing is written', async () => {
    const before = await totals();
    const file = [
      header,
      '1,BRK-0001,25222,Ấp 1,Hộ nghèo,Nguyễn Văn A,1980-13-01,Nam,Chủ hộ,',
      '2,BRK-0002,79001,Ấp 2,Hộ nghèo,Trần Thị B,1990-01-01,Nữ,Vợ,',
      "3,BRK-0003,25222,Ấp 3,Hộ nghèo,'; DROP TABLE household; --,1990-01-01,Nam,Chủ hộ,075090990005",
      '4,BRK-0004,25222,Ấp 4,Hộ khá giả,Lê Văn D,1970-05-05,Nam,Chủ hộ,12345',
    ].join('\n');
    const { status, body } = await post('households', file, pc, 'loi.csv');
    expect(status).toBe(422);
    expect(body.imported).toBe(false);
    expect(body.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Ngày sinh'],
      [3, 'Quan hệ với chủ hộ'], // no Chủ hộ in BRK-0002
      [3, 'Mã xã'], // not a commune of the register
      [4, 'Số CCCD'], // already the national ID of a member of DN-25222-N003
      [5, 'Tình trạng'],
      [5, 'Số CCCD'],
    ]);
    expect(body.problems[0]).toMatchObject({ field: 'birthDate', value: '1980-13-01' });
    expect(await totals()).toEqual(before);
    const cli422 = await cli(['households', writeTemp('loi.csv', file), '--token', pc]).catch((e) => e);
    expect(cli422.code).toBe(1);
    expect(cli422.stdout).toMatch(/nothing imported from loi\.csv: 6 problem/);
    expect(cli422.stdout).toMatch(/^2\tNgày sinh\tmust be a date/m);
  });

  it('without a required column names the column and the header row', async () => {
    const { status, body } = await post('households', 'Mã hộ,Họ và tên\nX-0001,Nguyễn Văn A\n', pc);
    expect(status).toBe(422);
    expect(body.problems.map((p) => [p.row, p.column])).toEqual(
      expect.arrayContaining([
        [1, 'Mã xã'],
        [1, 'Ngày sinh'],
      ]),
    );
    const fromCli = await cli([
      'households',
      writeTemp('thieu-cot.csv', 'Mã hộ,Họ và tên\nX-0001,Nguyễn Văn A\n'),
      '--token',
      pc,
    ]).catch((e) => e);
    expect(fromCli.code).toBe(1);
    expect(fromCli.stdout).toMatch(/^1\tMã xã\tthe column is missing/m);
    expect(fromCli.stdout).toMatch(/1 rows in [\d.]+ s/);
  });

  it('that is no spreadsheet, or comes without a token or the right role, is refused before any row is read', async () => {
    const latin1 = Buffer.from('M\xe3 h\xf4\n', 'latin1');
    expect(await post('households', latin1, pc)).toMatchObject({ status: 400 });
    expect((await post('households', 'PK\u0003\u0004garbage', pc)).status).toBe(400);
    expect((await post('households', readFileSync(join(SAMPLES, 'danh-sach-ho.csv')))).status).toBe(401);
    const viewer = await post('union-members', readFileSync(join(SAMPLES, 'doan-vien.csv')), unionViewer);
    expect(viewer.status).toBe(403);
    const wrongOrg = await post('households', readFileSync(join(SAMPLES, 'danh-sach-ho.csv')), union);
    expect(wrongOrg).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] },
    });
    expect((await post('payroll', 'a,b\n1,2\n', pc)).status).toBe(404);
  });
});

function writeTemp(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
