import type { ApolloServer } from '@apollo/server';
import type { Caller } from '@chung-tay/common';
import ExcelJS from 'exceljs';
import type express from 'express';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DATE_FORMAT, excelDate } from './cells';
import { booleanLabelVi, enumLabelVi } from './labels';
import { ExportRefused, runOperation, type ExportContext } from './operation';

/** The register's list filter, as `households(filter:)` takes it. */
export interface HouseholdListFilter {
  unitCode: string;
  status?: string[];
  poorCategory?: string;
  socialProtection?: boolean;
  reviewYear?: number;
}

const STATUSES = ['POOR', 'NEAR_POOR', 'ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY', 'NOT_POOR'];
/** A workbook is for people to read: past this many rows, ask for a smaller unit or a narrower filter. */
export const MAX_HOUSEHOLD_ROWS = 100_000;
const PAGE = 100;

const refuse = (message: string, field: string) => new ExportRefused(400, message, 'BAD_USER_INPUT', field);

/** `?unitCode=75&status=POOR,NEAR_POOR&poorCategory=A&socialProtection=true&reviewYear=2025`, each checked. */
export function householdListParams(query: express.Request['query']): HouseholdListFilter {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
  const filter: HouseholdListFilter = { unitCode: text('unitCode') };
  if (!/^\d{2}(\d{3})?$/.test(filter.unitCode))
    throw refuse('unitCode must be a province (2 digits) or commune (5 digits) code', 'unitCode');
  if (text('status')) {
    const status = text('status')
      .split(',')
      .map((s) => s.trim().toUpperCase());
    const bad = status.filter((s) => !STATUSES.includes(s));
    if (bad.length) throw refuse(`status ${bad.join(', ')} is not one of ${STATUSES.join(', ')}`, 'status');
    filter.status = status;
  }
  if (text('poorCategory')) {
    if (!['A', 'B'].includes(text('poorCategory')))
      throw refuse('poorCategory must be A or B', 'poorCategory');
    filter.poorCategory = text('poorCategory');
  }
  if (text('socialProtection')) {
    if (!['true', 'false'].includes(text('socialProtection')))
      throw refuse('socialProtection must be true or false', 'socialProtection');
    filter.socialProtection = text('socialProtection') === 'true';
  }
  if (text('reviewYear')) {
    if (!/^\d{4}$/.test(text('reviewYear')))
      throw refuse('reviewYear must be a year such as 2025', 'reviewYear');
    filter.reviewYear = Number(text('reviewYear'));
  }
  return filter;
}

interface Column {
  header: string;
  width: number;
  value: (h: HouseholdRow) => ExcelJS.CellValue;
  /** Personal data: only for the People's Committee, which keeps the register. */
  personal?: boolean;
}

export interface HouseholdRow {
  code: string;
  unitCode: string;
  unit: { name: string };
  areaType: string;
  status: string;
  statusSince: string;
  poorCategory: string | null;
  socialProtection: boolean;
  address?: string | null;
  head?: { fullName: string | null } | null;
}

const label = (type: string, value: string | null) => (value ? enumLabelVi(type, value) : null);

export const HOUSEHOLD_COLUMNS: Column[] = [
  { header: 'Mã hộ', width: 18, value: (h) => h.code },
  { header: 'Mã đơn vị', width: 10, value: (h) => h.unitCode },
  { header: 'Xã, phường', width: 24, value: (h) => h.unit.name },
  { header: 'Chủ hộ', width: 24, value: (h) => h.head?.fullName ?? null, personal: true },
  { header: 'Địa chỉ', width: 28, value: (h) => h.address ?? null, personal: true },
  { header: 'Khu vực', width: 12, value: (h) => label('AreaType', h.areaType) },
  { header: 'Tình trạng', width: 18, value: (h) => label('HouseholdStatus', h.status) },
  { header: 'Từ ngày', width: 12, value: (h) => excelDate(h.statusSince) },
  { header: 'Nhóm hộ nghèo', width: 14, value: (h) => h.poorCategory },
  { header: 'Bảo trợ xã hội', width: 14, value: (h) => booleanLabelVi(h.socialProtection) },
];

/** What the caller may see: the People's Committee's own register columns only for the People's Committee. */
export const columnsFor = (caller: Pick<Caller, 'org'>) =>
  HOUSEHOLD_COLUMNS.filter((c) => !c.personal || caller.org === 'people-committee');

export const householdListQuery = (
  personal: boolean,
) => `query HouseholdListExport($filter: HouseholdFilter!, $after: String) {
  households(filter: $filter, first: ${PAGE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code unitCode unit { name } areaType status statusSince poorCategory socialProtection
      ${personal ? 'address head { fullName }' : ''} }
  }
}`;

interface Page {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: HouseholdRow[];
  };
}

/** The households the filter selects, as the caller may see them: their count and their pages, one at a time. */
export interface HouseholdList {
  total: number;
  pages: AsyncGenerator<HouseholdRow[]>;
}

/**
 * The household list through the caller's own access, page by page. The first page is read before anything is
 * sent, so a refusal (a unit outside the token, too many rows) is a JSON answer; each further page is read only
 * when the workbook has taken the one before.
 */
export async function householdList(
  apollo: ApolloServer<ExportContext>,
  caller: Caller,
  filter: HouseholdListFilter,
): Promise<HouseholdList> {
  const query = householdListQuery(caller.org === 'people-committee');
  const read = (after: string | null) => runOperation<Page>(apollo, caller, query, { filter, after });
  const first = await read(null);
  if (first.households.totalCount > MAX_HOUSEHOLD_ROWS)
    throw new ExportRefused(
      400,
      `the filter selects ${first.households.totalCount} households, more than ${MAX_HOUSEHOLD_ROWS} in one workbook: ` +
        'choose a commune or a narrower status',
      'BAD_USER_INPUT',
      'unitCode',
    );
  async function* pages() {
    let page = first;
    let rows = 0;
    for (;;) {
      rows += page.households.nodes.length;
      // Households registered while the list is written: the workbook still ends at the limit.
      if (rows > MAX_HOUSEHOLD_ROWS) return;
      const { hasNextPage, endCursor } = page.households.pageInfo;
      // The next page is asked for while this one is written: two pages in memory, never more.
      const next = hasNextPage ? read(endCursor) : null;
      next?.catch(() => {}); // awaited below; a workbook given up on must not leave it unhandled
      yield page.households.nodes;
      if (!next) return;
      page = await next;
    }
  }
  return { total: first.households.totalCount, pages: pages() };
}

/** Waits until `out` has sent what it holds; a client that went away ends the export (no more pages are read). */
async function taken(out: Writable) {
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  if (out.destroyed) throw new Error('the client closed the connection before the workbook was written');
}

/**
 * One sheet: a title naming the filter, a header row (frozen, filterable) and one row per household, written to
 * `out` as the pages come (exceljs's streaming writer, strings inline): each row is committed and let go, and the
 * next page is asked for only when `out` has taken the last, so memory stays the same at 100 or 100,000 rows.
 */
export async function writeHouseholdList(
  out: Writable,
  list: HouseholdList,
  filter: HouseholdListFilter,
  columns: Column[],
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Danh sách hộ', { views: [{ state: 'frozen', ySplit: 2 }] });
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    if (c.header === 'Từ ngày') sheet.getColumn(i + 1).numFmt = DATE_FORMAT;
  });
  const described = [
    `Đơn vị ${filter.unitCode}`,
    filter.status?.map((s) => label('HouseholdStatus', s)).join(', '),
    filter.poorCategory && `nhóm ${filter.poorCategory}`,
    filter.socialProtection !== undefined && `bảo trợ xã hội: ${booleanLabelVi(filter.socialProtection)}`,
    filter.reviewYear && `rà soát năm ${filter.reviewYear}`,
  ].filter(Boolean);
  const title = sheet.addRow([`Danh sách hộ — ${described.join('; ')} (${list.total} hộ)`]);
  title.font = { bold: true };
  title.commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  for await (const page of list.pages) {
    for (const row of page) sheet.addRow(columns.map((c) => c.value(row))).commit();
    await taken(out);
  }
  sheet.commit();
  await workbook.commit();
}
