import ExcelJS from 'exceljs';
import { parsePeriod } from '@chung-tay/common';
import {
  COUNT_FORMAT,
  exportedOnLine,
  frame,
  headerRow,
  MILLION_VND_FORMAT,
  periodLine,
  periodName,
  titleRow,
  unitLine,
  viDate,
} from './cells';
import { protectedNote, setWithheld, type Disclosure } from './withheld';

/** The Labour Union's existing report query, with the unit's name for the heading. */
export const UNION_FUND_REPORT_QUERY = `query UnionFundReportExport($unitCode: String!, $period: PeriodCode!) {
  unionFundReport(unitCode: $unitCode, period: $period) {
    period unitCode campaignStartDate campaignEndDate dueDate
    rows { line title number valueVnd valueMillionVnd note }
    disclosure { exact minRecords suppressed }
  }
  administrativeUnit(code: $unitCode) { name }
}`;

export interface UnionFundReportData {
  unionFundReport: {
    period: string;
    unitCode: string | null;
    campaignStartDate: string;
    campaignEndDate: string;
    dueDate: string | null;
    rows: {
      line: string;
      title: string;
      number: number | null;
      valueVnd: number | null;
      valueMillionVnd: number | null;
      note: string | null;
    }[];
    disclosure?: Disclosure | null;
  };
  administrativeUnit: { name: string } | null;
}

/** The columns of the seed 001 template (Stt, Tên chỉ tiêu, Số lượng, Giá trị (triệu đồng), Ghi chú). */
export const UNION_FUND_HEADINGS = ['Stt', 'Tên chỉ tiêu', 'Số lượng', 'Giá trị (triệu đồng)', 'Ghi chú'];
export const UNION_FUND_SHEET = 'Quỹ Vì người nghèo';
/** First row of the figures (rows 1, 2, 2.1, 2.2 follow in that order). */
export const UNION_FUND_FIRST_ROW = 8;

/**
 * The For-the-Poor campaign report as the province federation's template lays it out (seed 001): the title,
 * then rows 1 (workers' gifts to the fund), 2 (support paid from it), 2.1 (houses) and 2.2 (visits and gifts),
 * values in million VND to 3 decimals as the Labour Union computes them.
 */
export async function unionFundWorkbook(data: UnionFundReportData, unitCode: string): Promise<Buffer> {
  const report = data.unionFundReport;
  const period = parsePeriod(report.period);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chung Tay';
  workbook.title = 'Kết quả vận động ủng hộ Quỹ "Vì người nghèo"';
  const sheet = workbook.addWorksheet(UNION_FUND_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 7 }, { width: 70 }, { width: 12 }, { width: 16 }, { width: 36 }];
  const width = UNION_FUND_HEADINGS.length;

  titleRow(sheet, 'KẾT QUẢ', width, 'title');
  const yearOrPeriod = period.kind === 'YEAR' ? `NĂM ${period.year}` : periodName(period).toUpperCase();
  titleRow(
    sheet,
    'VẬN ĐỘNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ LAO ĐỘNG ỦNG HỘ QUỸ “VÌ NGƯỜI NGHÈO” VÀ THỰC HIỆN CHƯƠNG ' +
      `TRÌNH AN SINH XÃ HỘI ${yearOrPeriod}`,
    width,
    'title',
  ).height = 32;
  titleRow(sheet, unitLine(unitCode, data.administrativeUnit?.name), width, 'note');
  titleRow(sheet, periodLine(report.period), width, 'note');
  titleRow(
    sheet,
    `Tháng cao điểm "Vì người nghèo": từ ngày ${viDate(report.campaignStartDate)} đến ngày ` +
      `${viDate(report.campaignEndDate)}` +
      (report.dueDate ? `; hạn gửi báo cáo: ${viDate(report.dueDate)}` : ''),
    width,
    'note',
  );
  sheet.addRow([]);
  headerRow(sheet, UNION_FUND_HEADINGS).height = 30;

  for (const line of report.rows) {
    const row = sheet.addRow([line.line, line.title, line.number, line.valueMillionVnd, line.note]);
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(3).numFmt = COUNT_FORMAT;
    row.getCell(4).numFmt = MILLION_VND_FORMAT;
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    // Rows 1 and 2 are the headline figures; 2.1 and 2.2 break row 2 down.
    if (!line.line.includes('.')) row.font = { bold: true };
    // A figure the Labour Union withheld from another organisation is marked, never left blank like a zero.
    if (line.number === null) setWithheld(row.getCell(3), `<${report.disclosure?.minRecords ?? ''}`);
    if (line.valueMillionVnd === null) setWithheld(row.getCell(4), '—');
    frame(row, 1, width);
  }
  sheet.addRow([]);
  if (report.disclosure && !report.disclosure.exact)
    titleRow(sheet, protectedNote(report.disclosure), width, 'note').getCell(1).alignment = {
      horizontal: 'left',
      wrapText: true,
    };
  titleRow(
    sheet,
    'Giá trị tính bằng triệu đồng, làm tròn đến nghìn đồng. ' + exportedOnLine() + ', từ hệ thống Chung Tay.',
    width,
    'note',
  ).getCell(1).alignment = { horizontal: 'left', wrapText: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
