import ExcelJS from 'exceljs';
import { excelBytes } from '../excel-buffer';
import { startTestHub, type TestHub } from '../hub-client';

// One scope rule through the gateway, on the demo data of Đồng Nai (75): a token naming a unit retired in the 2025
// reform is refused at sign-in, and for a valid token the household list, household(id), the Excel export and the
// area figures show the same households. (`_entities` is not exposed by the gateway; the People's Committee's
// scope.test.ts checks it at the subgraph.)

let hub: TestHub;
let base: string;
let hcmcId: string;

const LIST = `query($after: String, $filter: HouseholdFilter) {
  households(first: 100, after: $after, filter: $filter) {
    totalCount nodes { id code unit { code } } pageInfo { hasNextPage endCursor } } }`;
type Row = { id: string; code: string; unit: { code: string } };

async function listAll(token: string, filter: Record<string, unknown> = {}): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let more = true; more;) {
    const res = await hub.query(LIST, { after, filter }, token);
    expect(res.errors).toBeUndefined();
    const page: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
      res.data!.households;
    rows.push(...page.nodes);
    [more, after] = [page.pageInfo.hasNextPage, page.pageInfo.endCursor];
  }
  return rows;
}

/** The ids among `ids` that household(id) answers; every other one must be refused as FORBIDDEN. */
async function readableById(token: string, ids: string[]): Promise<string[]> {
  const readable: string[] = [];
  for (const id of ids) {
    const res = await hub.query(`query($id: ID!) { household(id: $id) { id } }`, { id }, token);
    if (res.data?.household) readable.push(id);
    else expect([id, res.errors?.[0]?.extensions?.code]).toEqual([id, 'FORBIDDEN']);
  }
  return readable;
}

/** The household codes of the list export for `unitCode`, read back from the workbook. */
async function exported(token: string, unitCode: string): Promise<string[]> {
  const res = await fetch(`${base}/exports/households.xlsx?unitCode=${unitCode}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(excelBytes(await res.arrayBuffer()));
  const sheet = workbook.getWorksheet('Danh sách hộ')!;
  const column = (sheet.getRow(2).values as unknown[]).indexOf('Mã hộ');
  return Array.from({ length: sheet.rowCount - 2 }, (_, i) => String(sheet.getCell(i + 3, column).value));
}

/** Poor households in an area's figures, or the error code when the area is refused. */
async function poorInFigures(token: string, unitCode: string, period: string): Promise<number | string> {
  const res = await hub.query(
    `query($unitCode: String!, $period: PeriodCode!) { areaPeriod(unitCode: $unitCode, period: $period) {
      peopleCommittee { householdsAtEnd { poor } } } }`,
    { unitCode, period },
    token,
  );
  return res.errors
    ? res.errors[0]!.extensions!.code
    : res.data!.areaPeriod.peopleCommittee.householdsAtEnd.poor;
}

const sorted = (values: string[]) => [...values].sort();
const YEAR = String(new Date().getFullYear());

beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  const hcmcOfficer = await hub.token({ org: 'people-committee', units: ['79'], roles: ['officer'] });
  const reg = await hub.query(
    `mutation { registerHousehold(input: { code: "HCM-SCOPE-1", unitCode: "25747", address: "Số 7",
      initialStatus: POOR, statusSince: "2024-01-01",
      members: [{ fullName: "Lâm Văn Phúc", birthDate: "1980-08-08", sex: MALE, relationToHead: HEAD }] }) { id } }`,
    {},
    hcmcOfficer,
  );
  expect(reg.errors).toBeUndefined();
  hcmcId = reg.data!.registerHousehold.id;
});
afterAll(() => hub?.close());

describe('a token naming a unit no longer in force', () => {
  it.each([
    [['70'], 'unit 70 was retired on 2025-06-30 (merged into 75); ask for a token for the units in force'],
    [['75', '731'], 'unit 731 was retired on 2025-06-30 (merged into '],
  ])('%j is refused at sign-in with 401, for reads and for exports', async (units, message) => {
    const token = await hub.token({ org: 'people-committee', units, roles: ['viewer'] });
    const res = await hub.query(
      `{ households(first: 100) { nodes { code members { fullName nationalId } } } }`,
      {},
      token,
    );
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining(message),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const workbook = await fetch(`${base}/exports/households.xlsx?unitCode=75`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(workbook.status).toBe(401);
    expect(await workbook.text()).toContain(message);
  });
});

describe('lists, household(id), exports and figures show the same households', () => {
  let province: Row[];
  let provinceViewer: string;
  beforeAll(async () => {
    provinceViewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
    province = await listAll(provinceViewer);
  });

  it('for a viewer of the province', async () => {
    expect(province.length).toBeGreaterThan(20);
    expect(province.every((h) => h.unit.code.startsWith('2'))).toBe(true);
    const ids = province.map((h) => h.id);
    expect(sorted(await readableById(provinceViewer, [...ids, hcmcId]))).toEqual(sorted(ids));
    expect(sorted(await exported(provinceViewer, '75'))).toEqual(sorted(province.map((h) => h.code)));
    const poor = await listAll(provinceViewer, { status: ['POOR'] });
    expect(await poorInFigures(provinceViewer, '75', YEAR)).toBe(poor.length);
    // Old areas of the province for old periods: Bình Phước (70) and Biên Hòa (731) lie wholly under 75.
    expect(typeof (await poorInFigures(provinceViewer, '70', '2024'))).toBe('number');
    expect(typeof (await poorInFigures(provinceViewer, '731', '2024'))).toBe('number');
  });

  it("for a viewer of one commune, among the province's households", async () => {
    const commune = province[0]!.unit.code;
    const viewer = await hub.token({ org: 'people-committee', units: [commune], roles: ['viewer'] });
    const own = await listAll(viewer);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(province.length);
    expect(own.every((h) => h.unit.code === commune)).toBe(true);
    const ids = own.map((h) => h.id);
    expect(
      sorted(
        await readableById(
          viewer,
          province.map((h) => h.id),
        ),
      ),
    ).toEqual(sorted(ids));
    // Asked for the whole province, the export keeps to the commune, as the list does.
    expect(sorted(await exported(viewer, '75'))).toEqual(sorted(own.map((h) => h.code)));
    const poor = await listAll(viewer, { status: ['POOR'] });
    expect(await poorInFigures(viewer, commune, YEAR)).toBe(poor.length);
    expect(await poorInFigures(viewer, '75', YEAR)).toBe('FORBIDDEN');
    expect(await poorInFigures(viewer, '70', '2024')).toBe('FORBIDDEN'); // other communes took over Bình Phước too
  });
});
