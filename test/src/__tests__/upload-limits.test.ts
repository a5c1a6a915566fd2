import { request } from 'node:http';
import { startTestHub, type TestHub } from '../hub-client';
import { inlineCell, workbook } from '../hostile-files';

// Uploads as an attacker sends them, through a real hub whose gateway runs with its capped heap: the caller is
// checked before the file is read, the body limit holds while it arrives, and a file that is small on the wire
// but huge once read (a zip bomb, a shared-strings table, one enormous cell, too many rows) is refused while it
// is read, with the gateway's memory staying low and the gateway answering others.

let hub: TestHub;
let base: string;
let pcOfficer: string;
let pcViewer: string;
let unionOfficer: string;

const MB = 1_000_000;
/** GATEWAY_MAX_IMPORT_BYTES's default. */
const LIMIT = 20 * MB;

interface Sent {
  status: number;
  body: { errors?: { message: string; extensions: { code: string } }[] };
  /** Bytes the client had handed to the socket when the answer came. */
  sentWhenAnswered: number;
  total: number;
}

/**
 * POSTs `total` bytes of `chunk` repeated, chunked (no Content-Length unless `declare`), writing only as fast as
 * the gateway reads, and stops sending the moment an answer comes.
 */
function upload(
  kind: string,
  token: string | undefined,
  total: number,
  options: { chunk?: Buffer; declare?: boolean } = {},
): Promise<Sent> {
  const chunk =
    options.chunk ?? Buffer.from('1,DN-99999-X001,25222,Ấp 1,Hộ nghèo,Nguyễn Văn A\n'.repeat(1300));
  const url = new URL(`${base}/imports/${kind}?fileName=rac.csv`);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: number | null = null;
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.declare ? { 'content-length': String(total) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = sent;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          body: JSON.parse(Buffer.concat(parts).toString()),
          sentWhenAnswered: answered!,
          total,
        }),
      );
    });
    req.on('error', (error) => {
      if (answered === null) reject(error); // after the answer, a closed connection is what the gateway wants
    });
    const pump = () => {
      while (answered === null && sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (answered === null) req.end();
    };
    pump();
  });
}

async function post(kind: string, token: string, body: Buffer) {
  const started = performance.now();
  const res = await fetch(`${base}/imports/${kind}?fileName=ds.xlsx`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Sent['body'],
    seconds: (performance.now() - started) / 1000,
  };
}

/** The gateway's resident memory, as its /metrics says. */
async function gatewayRss() {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)![1]);
}

const HOUSEHOLD_HEADINGS = [
  'Mã hộ',
  'Mã xã',
  'Địa chỉ',
  'Tình trạng',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Quan hệ với chủ hộ',
];
const headerRow = `<row r="1">${HOUSEHOLD_HEADINGS.map(inlineCell).join('')}</row>`;

beforeAll(async () => {
  hub = await startTestHub(); // an empty register: nothing here needs the demo data
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  pcOfficer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  pcViewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
  unionOfficer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['officer'] });
  // A freshly started gateway answers its first requests slowly (code not yet compiled, the issuer's keys not yet
  // fetched); the checks below time how much the client sent before the answer, so they start on a warm gateway.
  for (const token of [undefined, pcViewer, pcOfficer]) await upload('households', token, MB);
});
afterAll(() => hub?.close());

describe('an upload from someone who may not import the list', () => {
  // 19 MB is under the body limit: a gateway that read the body before checking the caller would take all of it.
  const size = 19 * MB;

  it.each([
    ['without a token', undefined, 401, 'UNAUTHENTICATED'],
    ['from another organisation', () => unionOfficer, 403, 'FORBIDDEN'],
    ["from the organisation's viewer", () => pcViewer, 403, 'FORBIDDEN'],
  ])('%s is refused before the gateway reads it', async (_who, token, status, code) => {
    const answer = await upload('households', token?.(), size);
    expect(answer).toMatchObject({ status, body: { errors: [{ extensions: { code } }] } });
    // Answered while the client was still sending: the gateway never read the rest (sockets hold a few MB).
    expect(answer.sentWhenAnswered).toBeLessThan(size / 2);
  });

  it('names the organisation and roles that may import it', async () => {
    const answer = await upload('households', unionOfficer, MB);
    expect(answer.body.errors![0]!.message).toMatch(
      /only People's Committee officers and admins import the households list; your token is for Labour Union as officer/,
    );
  });
});

describe('an officer’s upload over the body limit', () => {
  it('is refused by its declared length before a byte of it is read', async () => {
    const answer = await upload('households', pcOfficer, 200 * MB, { declare: true });
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toMatch(/larger than the 20 MB one import takes/);
    expect(answer.sentWhenAnswered).toBeLessThan(LIMIT / 2);
  });

  it('is refused as it arrives, once past the limit, when it declares no length', async () => {
    const answer = await upload('households', pcOfficer, 200 * MB);
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.sentWhenAnswered).toBeGreaterThan(LIMIT);
    expect(answer.sentWhenAnswered).toBeLessThan(LIMIT + 20 * MB);
  });
});

describe('a file small on the wire and huge once read', () => {
  let before: number;
  beforeAll(async () => {
    before = await gatewayRss();
  });

  it('an .xlsx whose sheet unpacks to 250 MB is refused while it inflates, and the gateway stays small', async () => {
    // Empty formatted rows, as a sheet "formatted to the bottom" holds them: nothing kept, everything inflated.
    const body =
      '<row><c s="1"/><c s="1"/><c s="1"/><c s="1"/><c s="1"/><c s="1"/><c s="1"/><c s="1"/></row>';
    const bomb = await workbook({ head: headerRow, body, times: Math.ceil((250 * MB) / body.length) });
    expect(bomb.length).toBeLessThan(2 * MB);
    const answer = await post('households', pcOfficer, bomb);
    console.log(
      `zip bomb: ${(bomb.length / MB).toFixed(2)} MB sent, 250 MB inside → HTTP ${answer.status} in ${answer.seconds.toFixed(2)} s`,
    );
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toMatch(
      /the workbook unpacks to more than 100 MB \(xl\/worksheets\/sheet1\.xml/,
    );
  });

  it('a shared-strings table of millions of entries is refused while it is read', async () => {
    const bomb = await workbook(
      { head: headerRow },
      { head: '', body: '<si><t>A</t></si>', times: 3_000_000 },
    );
    const answer = await post('households', pcOfficer, bomb);
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toMatch(/shared-strings table has more than 1000000 entries/);
  });

  it('one cell of 50 MB is refused before the parser holds it', async () => {
    const bomb = await workbook({
      head: `${headerRow}<row r="2"><c t="inlineStr"><is><t>`,
      body: 'A',
      times: 50 * MB,
      tail: '</t></is></c></row>',
    });
    const answer = await post('households', pcOfficer, bomb);
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toMatch(/a cell or tag of more than 65536 bytes/);
  });

  it('a cell whose text is split by other tags is still one cell, bounded as it grows', async () => {
    const bomb = await workbook({
      head: `${headerRow}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
      body: `${'A'.repeat(1000)}<x/>`,
      times: 10_000,
      tail: '</t></is></c></row>',
    });
    const answer = await post('households', pcOfficer, bomb);
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toMatch(/cell A2 holds more than 2000 characters/);
  });

  it('markup spreadsheet programs never write (entities, comments) is refused', async () => {
    const bomb = await workbook({ head: `${headerRow}<!-- `, body: 'x', times: 1000, tail: ' -->' });
    const answer = await post('households', pcOfficer, bomb);
    expect(answer).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    expect(answer.body.errors![0]!.message).toMatch(/XML markup that spreadsheet programs do not write/);
  });

  it('left the gateway small and answering', async () => {
    const after = await gatewayRss();
    console.log(
      `gateway RSS: ${(before / MB).toFixed(0)} MB before the hostile files, ${(after / MB).toFixed(0)} MB after`,
    );
    expect(after).toBeLessThan(before + 150 * MB);
    expect((await hub.query('{ __typename }', {}, pcOfficer)).status).toBe(200);
  });
});

describe('a CSV over the row limit', () => {
  it('is refused at the first row over it, before any row goes to the register', async () => {
    const header = 'Mã hộ,Mã xã,Địa chỉ,Tình trạng,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ\n';
    const row = (i: number) =>
      `OV-${String(i).padStart(6, '0')},25222,Ấp 1,Hộ nghèo,Nguyễn Văn A,1980-01-01,Nam,Chủ hộ\n`;
    const rows = Array.from({ length: 50_001 }, (_, i) => row(i)).join('');
    const answer = await post('households', pcOfficer, Buffer.from(header + rows));
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toBe(
      'the file has more than 50000 rows under its header; one import takes at most 50000 (split it by commune)',
    );
    const written = await hub.query(
      `{ households(filter: { search: "OV-000001" }) { totalCount } }`,
      {},
      pcOfficer,
    );
    expect(written.data!.households.totalCount).toBe(0);
  });

  it('with a line of a million empty cells is refused before the line is split', async () => {
    const answer = await post(
      'households',
      pcOfficer,
      Buffer.from(`Mã hộ,Mã xã\n${','.repeat(1_000_000)}\n`),
    );
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.message).toMatch(/line 2 has more than 200 columns/);
  });
});
