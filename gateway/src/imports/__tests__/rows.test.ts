import ExcelJS from 'exceljs';
import { importKind } from '../kinds';
import { cellText, isHeadingOf, mapColumns, rowValues } from '../rows';
import { uploadLimits } from '../limits';
import { readSheet, UnreadableFile } from '../sheet';

const households = importKind('households')!;
const limits = uploadLimits(20_000_000);
const none = () => false;
const column = (field: string) => households.columns.find((c) => c.field === field)!;

describe('reading a list file', () => {
  it('finds headings without case or diacritics, accepts field names, lists the others as ignored', () => {
    const mapping = mapColumns(households, ['STT', 'ma ho', 'MÃ XÃ', 'address', 'Tình trạng', 'Ghi chú']);
    expect([...mapping.at.entries()].map(([i, c]) => [i, c.field])).toEqual([
      [1, 'householdCode'],
      [2, 'unitCode'],
      [3, 'address'],
      [4, 'status'],
    ]);
    expect(mapping.ignored).toEqual(['STT', 'Ghi chú']);
    expect(mapping.headingOf).toMatchObject({
      householdCode: 'ma ho',
      unitCode: 'MÃ XÃ',
      birthDate: 'Ngày sinh',
    });
    expect(mapping.missing.map((c) => c.field)).toEqual(['fullName', 'birthDate', 'sex', 'relationToHead']);
  });

  it('gives a number-typed national ID its leading zero back, and date cells as ISO days', () => {
    expect(cellText(75084990002, column('nationalId'))).toBe('075084990002');
    expect(cellText(75084990002, column('householdCode'))).toBe('75084990002');
    expect(cellText(new Date(Date.UTC(1958, 2, 2)), column('birthDate'))).toBe('1958-03-02');
    expect(cellText(null, column('address'))).toBeNull();
  });

  it('reads a semicolon CSV with a BOM and quoted cells, keeping file row numbers and skipping blank rows', async () => {
    const csv = '\uFEFFMã hộ;Địa chỉ;Số CCCD\r\nA-0001;"Tổ 1; ấp 2";075084990002\r\n;;\r\nA-0002;Ấp 3;\r\n';
    const sheet = await readSheet(Buffer.from(csv), none, limits);
    expect(sheet.headings).toEqual(['Mã hộ', 'Địa chỉ', 'Số CCCD']);
    const rows = rowValues(sheet, mapColumns(households, sheet.headings));
    expect(rows).toEqual([
      { row: 2, householdCode: 'A-0001', address: 'Tổ 1; ấp 2', nationalId: '075084990002' },
      { row: 4, householdCode: 'A-0002', address: 'Ấp 3', nationalId: '' },
    ]);
  });

  it('finds the header under a title, and reads rich text and formulas as their text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Danh sách hộ nghèo xã Bù Gia Mập']);
    sheet.addRow([]);
    sheet.getCell('A3').value = 'Mã hộ';
    sheet.getCell('B3').value = { richText: [{ text: 'Họ và ' }, { text: 'tên' }] };
    sheet.getCell('A4').value = { formula: '"N-"&"0001"', result: 'N-0001' };
    sheet.getCell('B4').value = 'Lê Văn Tám';
    const read = await readSheet(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      isHeadingOf(households),
      limits,
    );
    expect(read.headerRow).toBe(3);
    expect(read.headings).toEqual(['Mã hộ', 'Họ và tên']);
    expect(read.rows.map((r) => [r.row, ...r.cells])).toEqual([[4, 'N-0001', 'Lê Văn Tám']]);
  });

  it('refuses what it cannot read, saying what it wanted', async () => {
    await expect(readSheet(Buffer.from('M\xe3 h\xf4\n', 'latin1'), none, limits)).rejects.toThrow(/UTF-8/);
    await expect(readSheet(Buffer.from('PK\u0003\u0004junk'), none, limits)).rejects.toThrow(UnreadableFile);
    await expect(readSheet(Buffer.from('\n\n'), none, limits)).rejects.toThrow(/empty/);
  });
});
