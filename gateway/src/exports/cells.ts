import type { Cell, Row, Worksheet } from 'exceljs';
import { parsePeriod, type Period } from '@chung-tay/common';
import type { FigureLeaf } from './figure-tree';
import { booleanLabelVi, enumLabelVi } from './labels';

/** Whole VND and counts with thousands separators; Floats (percentages, ratios) are shown as the graph gives them. */
export const MONEY_FORMAT = '#,##0';
export const COUNT_FORMAT = '#,##0';
export const MILLION_VND_FORMAT = '#,##0.000';
export const DATE_FORMAT = 'dd/mm/yyyy';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date as an Excel date (midnight UTC, so every reader gets the same day back). */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** 2026-09-30 → 30/09/2026 */
export const viDate = (iso: string) => iso.split('-').reverse().join('/');

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number) => ROMAN[n - 1] ?? String(n);

/** "Quý III năm 2026", "Tháng 7 năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
export function periodName(period: Period): string {
  switch (period.kind) {
    case 'MONTH':
      return `Tháng ${Number(period.code.slice(5, 7))} năm ${period.year}`;
    case 'QUARTER':
      return `Quý ${roman(Number(period.code.slice(6)))} năm ${period.year}`;
    case 'SIX_MONTHS':
      return `6 tháng đầu năm ${period.year}`;
    case 'NINE_MONTHS':
      return `9 tháng năm ${period.year}`;
    default:
      return `Năm ${period.year}`;
  }
}

export const periodLine = (code: string) => {
  const period = parsePeriod(code);
  return `Kỳ báo cáo: ${periodName(period)} (từ ngày ${viDate(period.start)} đến ngày ${viDate(period.end)})`;
};

export const unitLine = (unitCode: string, unitName: string | null | undefined) =>
  `Đơn vị: ${unitName ? `${unitName} (mã ${unitCode})` : `mã ${unitCode}`}`;

/** Today in Vietnam (UTC+7, no daylight saving), as the date printed under a workbook's title. */
export function exportedOnLine(now = new Date()) {
  const vn = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return `Ngày xuất số liệu: ${viDate(vn)}`;
}

/** Puts one GraphQL leaf value in a cell: numbers as numbers, enums and booleans in Vietnamese, dates as dates. */
export function setLeaf(cell: Cell, leaf: Pick<FigureLeaf, 'type' | 'list'>, value: unknown) {
  if (value === null || value === undefined) return;
  if (leaf.list && Array.isArray(value)) {
    cell.value = value.map((v) => leafText(leaf.type.name, v)).join(', ');
    return;
  }
  const typeName = leaf.type.name;
  if (typeof value === 'number') {
    cell.value = value;
    if (typeName === 'Money') cell.numFmt = MONEY_FORMAT;
    else if (typeName === 'Int') cell.numFmt = COUNT_FORMAT;
    return;
  }
  if (typeof value === 'boolean') {
    cell.value = booleanLabelVi(value);
    return;
  }
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    cell.value = excelDate(value);
    cell.numFmt = DATE_FORMAT;
    return;
  }
  cell.value = leafText(typeName, value);
}

function leafText(typeName: string, value: unknown): string {
  if (typeof value === 'boolean') return booleanLabelVi(value);
  if (typeof value === 'string') return enumLabelVi(typeName, value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const THIN = { style: 'thin' as const };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFD9E1F2' },
};
export const GROUP_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFF2F2F2' },
};

/** A title line merged across the sheet's columns. */
export function titleRow(
  sheet: Worksheet,
  text: string,
  width: number,
  style: 'title' | 'subtitle' | 'note',
) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  const cell = row.getCell(1);
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.font =
    style === 'title' ? { bold: true, size: 13 } : style === 'subtitle' ? { bold: true } : { italic: true };
  return row;
}

/** Borders on the cells from column `from` to `to` of a table row. */
export function frame(row: Row, from: number, to: number) {
  for (let c = from; c <= to; c++) row.getCell(c).border = BORDER;
}

export function headerRow(sheet: Worksheet, labels: string[], from = 1) {
  const row = sheet.addRow([...Array(from - 1).fill(null), ...labels]);
  for (let c = from; c < from + labels.length; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  }
  return row;
}
