import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

// Files an attacker would upload, built here so a test shows what the gateway does with them: each is small on
// the wire and large once read. A part is written as a head, a body repeated many times and a tail, deflated a
// block at a time, so a part of gigabytes is never held whole here either.

export interface Part {
  name: string;
  head: string;
  body?: string;
  times?: number;
  tail?: string;
}

const BLOCK = 4 * 1024 * 1024;

async function deflatePart({ head, body = '', times = 0, tail = '' }: Part) {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  let size = 0;
  const write = async (piece: Buffer) => {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await once(deflate, 'drain');
  };
  await write(Buffer.from(head));
  const perBlock = Math.max(1, Math.floor(BLOCK / Math.max(Buffer.byteLength(body), 1)));
  const block = Buffer.from(body.repeat(Math.min(times, perBlock)));
  for (let left = times; left > 0; left -= perBlock)
    await write(left >= perBlock ? block : Buffer.from(body.repeat(left)));
  await write(Buffer.from(tail));
  deflate.end();
  await once(deflate, 'end');
  return { crc: crc >>> 0, size, data: Buffer.concat(out) };
}

/** A zip of the parts (deflated), with local headers, a central directory, and each part's true sizes. */
export async function zipOf(parts: Part[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { crc, size, data } = await deflatePart(part);
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size % 2 ** 32, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size % 2 ** 32, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * An .xlsx workbook with one sheet whose sheetData is `rows` (a head, a body repeated, a tail) and, when given,
 * a shared-strings part: what Excel itself writes, in Excel's order (the sheet before the shared strings).
 */
export function workbook(rows: Omit<Part, 'name'>, sharedStrings?: Omit<Part, 'name'>): Promise<Buffer> {
  return zipOf([
    {
      name: '[Content_Types].xml',
      head: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      head: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      head: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      head: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      ...rows,
      head: `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows.head}`,
      tail: `${rows.tail ?? ''}</sheetData></worksheet>`,
    },
    ...(sharedStrings
      ? [
          {
            name: 'xl/sharedStrings.xml',
            ...sharedStrings,
            head: `${XML}<sst xmlns="${MAIN}">${sharedStrings.head}`,
            tail: `${sharedStrings.tail ?? ''}</sst>`,
          },
        ]
      : []),
  ]);
}

/** An inline-string cell, as a sheet row's XML holds it. */
export const inlineCell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
