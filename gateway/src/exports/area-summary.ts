import ExcelJS from 'exceljs';
import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { ORGANISATION_NAMES, ORGANISATIONS, type OrganisationId } from '@chung-tay/common';
import {
  exportedOnLine,
  frame,
  GROUP_FILL,
  headerRow,
  periodLine,
  roman,
  setLeaf,
  titleRow,
  unitLine,
} from './cells';
import { describeFigures, selectionOf, valueAt, type FigureLeaf, type FigureNode } from './figure-tree';
import { ExportRefused } from './operation';
import {
  DISCLOSURE_FIELDS,
  disclosureOf,
  entryPath,
  protectedNote,
  setWithheld,
  withheldText,
} from './withheld';

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The completeness counts and report columns the second sheet shows (the kit's AreaReporting). */
const REPORTING_COUNTS = 'expected submitted onTime late missing notYetDue accepted returned'.split(' ');
const REPORT_COLUMNS = 'section unitCode period dueOn timeliness submittedOn status version'.split(' ');

export const SUMMARY_SHEET = 'Tổng hợp';
export const REPORTING_SHEET = 'Tình hình báo cáo';
/** Column headings of the summary sheet; the last one names each row's fields in the graph. */
export const SUMMARY_HEADINGS = ['STT', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính'];
export const PATH_HEADING = 'Mã trường (GraphQL)';

interface OrganisationPart {
  org: OrganisationId;
  /** AreaPeriod field of the organisation's figures, e.g. labourUnion. */
  field: string;
  nodes: FigureNode[];
}

interface ReportingPart {
  org: OrganisationId;
  field: string;
  counts: FigureLeaf[];
  columns: FigureLeaf[];
}

export interface AreaSummaryPlan {
  query: string;
  organisations: OrganisationPart[];
  reporting: ReportingPart[];
}

const cache = new WeakMap<GraphQLSchema, AreaSummaryPlan>();

/**
 * What to ask and show for the cross-agency summary, read from the schema the gateway serves: each
 * organisation's figures field of AreaPeriod (People's Committee first, in the kit's organisation order) with
 * all their leaves, and each organisation's completeness field. An organisation the hub does not run is left out.
 */
export function areaSummaryPlan(schema: GraphQLSchema): AreaSummaryPlan {
  const cached = cache.get(schema);
  if (cached) return cached;
  const root = schema.getQueryType()?.getFields().areaPeriod;
  const areaType = root && getNamedType(root.type);
  if (!root || !isObjectType(areaType)) {
    throw new ExportRefused(404, 'This hub has no areaPeriod query to summarise an area from', 'NOT_FOUND');
  }
  const fields = areaType.getFields();
  const objectField = (name: string): GraphQLObjectType | null => {
    const type = fields[name] && getNamedType(fields[name].type);
    return type && isObjectType(type) ? type : null;
  };
  const organisations: OrganisationPart[] = [];
  const reporting: ReportingPart[] = [];
  for (const org of ORGANISATIONS) {
    const field = camel(org);
    const figures = objectField(field);
    if (figures) organisations.push({ org, field, nodes: describeFigures(figures, { path: [field] }) });
    const completeness = objectField(`${field}Reporting`);
    if (completeness) reporting.push({ org, field: `${field}Reporting`, ...reportingLeaves(completeness) });
  }
  const selection = selectionOf([
    ...organisations.flatMap((o) => o.nodes),
    ...organisations
      .filter((o) => objectField(o.field)?.getFields().disclosure)
      .flatMap((o) =>
        DISCLOSURE_FIELDS.map((f) => ({ kind: 'leaf' as const, path: [o.field, 'disclosure', f] })),
      ),
    ...reporting.flatMap((r) => [
      ...r.counts.map((c) => ({ ...c, path: [r.field, ...c.path] })),
      { kind: 'table' as const, path: [r.field, 'reports'], label: '', columns: r.columns },
    ]),
  ]);
  const query = `query AreaSummaryExport($unitCode: String!, $period: PeriodCode!) {
  areaPeriod(unitCode: $unitCode, period: $period) { unitCode period ${selection} }
  administrativeUnit(code: $unitCode) { name }
}`;
  const plan = { query, organisations, reporting };
  cache.set(schema, plan);
  return plan;
}

function reportingLeaves(type: GraphQLObjectType) {
  const nodes = describeFigures(type);
  const counts = REPORTING_COUNTS.map((name) =>
    nodes.find((n): n is FigureLeaf => n.kind === 'leaf' && n.path.join('.') === name),
  ).filter((n): n is FigureLeaf => !!n);
  const reports = nodes.find((n) => n.kind === 'table' && n.path.join('.') === 'reports');
  const columns =
    reports?.kind === 'table'
      ? REPORT_COLUMNS.map((name) => reports.columns.find((c) => c.path.join('.') === name)).filter(
          (c): c is FigureLeaf => !!c,
        )
      : [];
  return { counts, columns };
}

export interface AreaSummaryData {
  areaPeriod: Record<string, unknown> & { unitCode: string; period: string };
  administrativeUnit: { name: string } | null;
}

/**
 * Sheet "Tổng hợp": the unit, the period and every organisation's indicators, one row per figure (tables for
 * lists), each row naming its fields in the graph in the last column so a reader can trace every number.
 * Sheet "Tình hình báo cáo": per organisation, reports expected, submitted, on time, late, missing …, then
 * every expected report.
 */
export async function areaSummaryWorkbook(plan: AreaSummaryPlan, data: AreaSummaryData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chung Tay';
  workbook.title = 'Báo cáo tổng hợp liên ngành';
  summarySheet(workbook, plan, data);
  reportingSheet(workbook, plan, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function headings(sheet: ExcelJS.Worksheet, title: string, data: AreaSummaryData, width: number) {
  titleRow(sheet, title, width, 'title');
  titleRow(sheet, unitLine(data.areaPeriod.unitCode, data.administrativeUnit?.name), width, 'subtitle');
  titleRow(sheet, periodLine(data.areaPeriod.period), width, 'note');
  titleRow(sheet, exportedOnLine(), width, 'note');
  sheet.addRow([]);
}

function summarySheet(workbook: ExcelJS.Workbook, plan: AreaSummaryPlan, data: AreaSummaryData) {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 6 }],
  });
  // Tables start in column B; the trace column comes after the widest of them.
  const widest = Math.max(
    0,
    ...plan.organisations.flatMap((o) => o.nodes.map((n) => (n.kind === 'table' ? n.columns.length : 0))),
  );
  const width = Math.max(SUMMARY_HEADINGS.length, 1 + widest) + 1;
  const pathColumn = width;
  sheet.columns = Array.from({ length: width }, (_, i) => ({
    width: i === 0 ? 7 : i === 1 ? 58 : i === width - 1 ? 42 : 16,
  }));
  headings(sheet, 'BÁO CÁO TỔNG HỢP LIÊN NGÀNH VỀ GIẢM NGHÈO BỀN VỮNG', data, width);
  const header = [
    ...SUMMARY_HEADINGS,
    ...Array(width - 1 - SUMMARY_HEADINGS.length).fill(null),
    PATH_HEADING,
  ];
  headerRow(sheet, header);

  const trace = (row: ExcelJS.Row, text: string) => {
    const cell = row.getCell(pathColumn);
    cell.value = text;
    cell.font = { color: { argb: 'FF808080' }, size: 9 };
  };
  plan.organisations.forEach((part, i) => {
    const heading = sheet.addRow([roman(i + 1), ORGANISATION_NAMES[part.org].vi]);
    heading.font = { bold: true };
    for (let c = 1; c <= width; c++) heading.getCell(c).fill = GROUP_FILL;
    trace(heading, part.field);
    frame(heading, 1, width);
    const disclosure = disclosureOf(data.areaPeriod[part.field]);
    if (disclosure && !disclosure.exact) {
      const note = sheet.addRow([null, protectedNote(disclosure)]);
      note.getCell(2).font = { italic: true, size: 9 };
      note.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      trace(note, `${part.field}.disclosure`);
    }
    let n = 0;
    for (const node of part.nodes) {
      n++;
      if (node.kind === 'leaf') {
        const row = sheet.addRow([String(n), node.label, null, node.unit || null]);
        setLeaf(row.getCell(3), node, valueAt(data.areaPeriod, node.path));
        const withheld = withheldText(disclosure, node.path.slice(1).join('.'), node);
        if (withheld) setWithheld(row.getCell(3), withheld);
        row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
        trace(row, node.path.join('.'));
        frame(row, 1, width);
        continue;
      }
      const items = (valueAt(data.areaPeriod, node.path) as Record<string, unknown>[] | null) ?? [];
      const title = sheet.addRow([String(n), node.label, items.length ? null : 'Không có']);
      title.getCell(2).font = { bold: true };
      title.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      trace(title, node.path.join('.'));
      frame(title, 1, width);
      const columns = headerRow(
        sheet,
        node.columns.map((c) =>
          c.unit && !c.label.includes(`(${c.unit})`) ? `${c.label} (${c.unit})` : c.label,
        ),
        2,
      );
      trace(columns, node.columns.map((c) => c.path.join('.')).join(', '));
      items.forEach((item, k) => {
        const row = sheet.addRow([]);
        node.columns.forEach((column, j) => {
          setLeaf(row.getCell(2 + j), column, valueAt(item, column.path));
          const table = node.path.slice(1).join('.');
          const path = entryPath(table, item, column.path.join('.'), disclosure);
          const withheld = path && withheldText(disclosure, path, column);
          if (withheld) setWithheld(row.getCell(2 + j), withheld);
        });
        trace(row, `${node.path.join('.')}[${k}]`);
        frame(row, 2, 1 + node.columns.length);
      });
    }
  });
}

function reportingSheet(workbook: ExcelJS.Workbook, plan: AreaSummaryPlan, data: AreaSummaryData) {
  const sheet = workbook.addWorksheet(REPORTING_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const counts = plan.reporting[0]?.counts ?? [];
  const columns = plan.reporting[0]?.columns ?? [];
  const width = Math.max(2 + counts.length, 2 + columns.length);
  sheet.columns = Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 7 : i === 1 ? 26 : 15 }));
  headings(sheet, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, TỔ CHỨC', data, width);

  sheet.addRow(['1. Số báo cáo theo cơ quan, tổ chức']).font = { bold: true };
  headerRow(sheet, ['STT', 'Cơ quan, tổ chức', ...counts.map((c) => c.label)]).height = 30;
  const totals = counts.map(() => 0);
  plan.reporting.forEach((part, i) => {
    const figures = data.areaPeriod[part.field] as Record<string, unknown>;
    const row = sheet.addRow([i + 1, ORGANISATION_NAMES[part.org].vi]);
    counts.forEach((c, j) => {
      const value = valueAt(figures, c.path);
      setLeaf(row.getCell(3 + j), c, value);
      totals[j] += typeof value === 'number' ? value : 0;
    });
    frame(row, 1, 2 + counts.length);
  });
  const total = sheet.addRow([null, 'Cộng', ...totals]);
  total.font = { bold: true };
  frame(total, 1, 2 + counts.length);

  sheet.addRow([]);
  sheet.addRow(['2. Chi tiết các báo cáo phải nộp']).font = { bold: true };
  headerRow(sheet, ['STT', 'Cơ quan, tổ chức', ...columns.map((c) => c.label)]);
  let n = 0;
  for (const part of plan.reporting) {
    const reports =
      (valueAt(data.areaPeriod, [part.field, 'reports']) as Record<string, unknown>[] | null) ?? [];
    for (const report of reports) {
      const row = sheet.addRow([++n, ORGANISATION_NAMES[part.org].vi]);
      columns.forEach((c, j) => setLeaf(row.getCell(3 + j), c, valueAt(report, c.path)));
      frame(row, 1, 2 + columns.length);
    }
  }
  if (!n) sheet.addRow([null, 'Không có báo cáo nào phải nộp trong kỳ.']);
}
