import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { FileTooLarge, UnreadableFile, uploadLimits, type UploadLimits } from '../limits';
import { readSheet } from '../sheet';
import { xmlEvents } from '../xml';

// The bounds of UploadLimits, each met by a small file with small limits: the rule, not the size, is tested here
// (test/src/__tests__/upload-limits.test.ts sends the large files through the gateway).

const small = (overrides: Partial<UploadLimits>): UploadLimits => ({
  ...uploadLimits(20_000_000),
  ...overrides,
});
const none = () => false;

async function drain(chunks: string[], maxTokenBytes: number) {
  const events = [];
  for await (const batch of xmlEvents(
    Readable.from(chunks.map((c) => Buffer.from(c))),
    'xl/worksheets/sheet1.xml',
    maxTokenBytes,
  ))
    events.push(...batch);
  return events;
}

describe('XML a workbook part may hold', () => {
  it('refuses a run between two tags longer than the bound, even split across chunks', async () => {
    await expect(drain(['<a>', 'x'.repeat(60), 'x'.repeat(60), '</a>'], 100)).rejects.toThrow(
      new FileTooLarge(
        'xl/worksheets/sheet1.xml has a cell or tag of more than 100 bytes; no list needs one that large',
      ),
    );
    expect(await drain(['<r><a>', 'x'.repeat(90), '</a><b>', 'y'.repeat(90), '</b></r>'], 100)).toHaveLength(
      8,
    );
  });

  it('takes the XML declaration, after a byte-order mark too, and refuses DTDs, comments, CDATA and PIs', async () => {
    expect(await drain(['<?xml version="1.0"?><a/>'], 100)).toHaveLength(2);
    expect(await drain(['\uFEFF<?xml version="1.0"?><a/>'], 100)).toHaveLength(2);
    for (const markup of [
      '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
      '<a><!-- x --></a>',
      '<a><![CDATA[x]]></a>',
      '<a><?pi x?></a>',
    ])
      await expect(drain([markup], 100)).rejects.toThrow(/markup that spreadsheet programs do not write/);
    // The `<` and the `!` in different chunks.
    await expect(drain(['<a><', '!-- x --></a>'], 100)).rejects.toThrow(UnreadableFile);
  });
});

describe('a CSV file within the limits', () => {
  const header = 'Danh sách\n\nMã hộ,Họ và tên\n';

  it('stops at the first row over the row limit, counting rows under the header only', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `H-${i},Tên ${i}\n`).join('');
    const isHeading = (h: string) => h === 'Mã hộ';
    const sheet = await readSheet(Buffer.from(header + rows(3)), isHeading, small({ maxRows: 3 }));
    expect([sheet.headerRow, sheet.rows.length]).toEqual([3, 3]);
    await expect(readSheet(Buffer.from(header + rows(4)), isHeading, small({ maxRows: 3 }))).rejects.toThrow(
      'the file has more than 3 rows under its header; one import takes at most 3 (split it by commune)',
    );
  });

  it('names the row and column of a cell over the limit, and refuses too many columns or too much text', async () => {
    await expect(readSheet(Buffer.from('a,b\nx,yyyyyy\n'), none, small({ maxCellChars: 5 }))).rejects.toThrow(
      'row 2, column B holds more than 5 characters; a cell of a list holds at most that many',
    );
    await expect(
      readSheet(Buffer.from('a,b\n"x,y,z",1\n'), none, small({ maxColumns: 2 })),
    ).resolves.toBeTruthy();
    await expect(readSheet(Buffer.from('a,b\nx,y,z\n'), none, small({ maxColumns: 2 }))).rejects.toThrow(
      'line 2 has more than 2 columns; a list has at most that many',
    );
    await expect(readSheet(Buffer.from('a,b\nxx,yy\n'), none, small({ maxTextChars: 5 }))).rejects.toThrow(
      FileTooLarge,
    );
  });
});

describe('an .xlsx file within the limits', () => {
  async function xlsx(rows: unknown[][]) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('counts every inflated byte against the unpacked bound', async () => {
    const file = await xlsx([['Mã hộ'], ...Array.from({ length: 200 }, (_, i) => [`H-${i}`])]);
    await expect(readSheet(file, none, small({}))).resolves.toMatchObject({ headings: ['Mã hộ'] });
    await expect(readSheet(file, none, small({ maxUnpackedBytes: 5_000 }))).rejects.toThrow(
      /^the workbook unpacks to more than 0 MB/,
    );
  });

  it('bounds the shared-strings table and each cell, naming the cell', async () => {
    const file = await xlsx([
      ['Mã hộ', 'Họ và tên'],
      ['H-1', 'Nguyễn Văn Một'],
    ]);
    await expect(readSheet(file, none, small({ maxSharedStrings: 3 }))).rejects.toThrow(
      "the workbook's shared-strings table has more than 3 entries",
    );
    await expect(readSheet(file, none, small({ maxCellChars: 10 }))).rejects.toThrow(
      /^shared string 3 holds more than 10 characters/,
    );
    const wide = await xlsx([['Mã hộ', 'Họ và tên', 'Địa chỉ']]);
    await expect(readSheet(wide, none, small({ maxColumns: 2 }))).rejects.toThrow(
      'cell C1 is beyond column B; a list has at most 2 columns',
    );
  });
});
