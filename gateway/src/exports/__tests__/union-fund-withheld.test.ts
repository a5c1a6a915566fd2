import ExcelJS from 'exceljs';
import {
  UNION_FUND_FIRST_ROW,
  UNION_FUND_REPORT_QUERY,
  UNION_FUND_SHEET,
  unionFundWorkbook,
  type UnionFundReportData,
} from '../union-fund-report';

// The fund report as another organisation reads it for a commune with one visit paid from the fund.
const data: UnionFundReportData = {
  unionFundReport: {
    period: '2024',
    unitCode: '25222',
    campaignStartDate: '2024-10-17',
    campaignEndDate: '2024-11-18',
    dueDate: '2024-11-30',
    rows: [
      {
        line: '1',
        title: 'Kết quả vận động',
        number: 50,
        valueVnd: 5_000_480,
        valueMillionVnd: 5,
        note: null,
      },
      { line: '2', title: 'Hỗ trợ', number: null, valueVnd: null, valueMillionVnd: null, note: null },
      { line: '2.1', title: 'Nhà ở', number: 0, valueVnd: 0, valueMillionVnd: 0, note: null },
      {
        line: '2.2',
        title: 'Thăm, tặng quà',
        number: null,
        valueVnd: null,
        valueMillionVnd: null,
        note: null,
      },
    ],
    disclosure: {
      exact: false,
      minRecords: 5,
      suppressed: ['rows.2.number', 'rows.2.valueVnd', 'rows.2.2.number', 'rows.2.2.valueVnd'],
    },
  },
  administrativeUnit: { name: 'Xã Bù Gia Mập' },
};

describe('the fund report workbook for another organisation', () => {
  it('asks how the figures were protected', () => {
    expect(UNION_FUND_REPORT_QUERY).toContain('disclosure { exact minRecords suppressed }');
  });

  it('shows "<N" for withheld numbers and "—" for withheld values, under a note saying why', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await unionFundWorkbook(data, '25222')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(UNION_FUND_SHEET)!;
    const cells = (row: number) =>
      [3, 4].map((c) => sheet.getRow(UNION_FUND_FIRST_ROW + row).getCell(c).value);
    expect(cells(0)).toEqual([50, 5]);
    expect(cells(1)).toEqual(['<5', '—']);
    expect(cells(2)).toEqual([0, 0]);
    expect(cells(3)).toEqual(['<5', '—']);
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.some((t) => t.includes('Số liệu của tổ chức khác đã được bảo vệ'))).toBe(true);
  });
});
