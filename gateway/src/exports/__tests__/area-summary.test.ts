import ExcelJS from 'exceljs';
import { excelBytes } from './excel-buffer';
import { buildSchema } from 'graphql';
import {
  areaSummaryPlan,
  areaSummaryWorkbook,
  PATH_HEADING,
  REPORTING_SHEET,
  SUMMARY_SHEET,
} from '../area-summary';

// A supergraph-like API schema with two organisations' figures: the plan must follow whatever types it finds.
const schema = buildSchema(`
  scalar Money
  scalar PeriodCode
  scalar LocalDate
  enum ReportTimeliness { ON_TIME LATE MISSING NOT_YET_DUE }
  enum ReportSection { UNION_FUND POVERTY_REDUCTION }
  enum CareKind { VISIT GIFT }
  type Query { areaPeriod(unitCode: String!, period: PeriodCode!): AreaPeriod administrativeUnit(code: String!): Unit }
  type Unit { name: String! }
  type AreaPeriod {
    unitCode: String!
    period: PeriodCode!
    labourUnion: FixtureUnionFigures!
    labourUnionReporting: AreaReporting!
    fatherlandFront: FatherlandFrontAreaFigures!
  }
  type FixtureUnionFigures {
    "Members living in poor households."
    membersInPoorHouseholds: Int!
    care: FixtureUnionCare!
    byKind: [FixtureUnionByKind!]!
    "Needs an argument: left out."
    withArgument(kind: CareKind!): Int!
  }
  type FixtureUnionCare { "Visits and gifts." count: Int! "Their value." value: Money! }
  type FixtureUnionByKind { kind: CareKind! count: Int! value: Money! }
  type FatherlandFrontAreaFigures {
    asOf: LocalDate!
    fund: FatherlandFrontAreaFund!
    coverage: FatherlandFrontAreaCoverage!
  }
  type FatherlandFrontAreaFund { openingBalance: Money! donations: Money! }
  type FatherlandFrontAreaCoverage { localSharePercent: Float seventyPercentRuleMet: Boolean }
  type AreaReporting {
    expected: Int! submitted: Int! onTime: Int! late: Int! missing: Int! notYetDue: Int! accepted: Int! returned: Int!
    reports: [ExpectedReportStatus!]!
  }
  type ExpectedReportStatus {
    section: ReportSection! unitCode: String! period: PeriodCode! dueOn: LocalDate! timeliness: ReportTimeliness!
    submittedOn: LocalDate status: String version: Int
  }
`);

const data = {
  areaPeriod: {
    unitCode: '75',
    period: '2026-Q3',
    labourUnion: {
      membersInPoorHouseholds: 12,
      care: { count: 3, value: 2_400_000 },
      byKind: [
        { kind: 'VISIT', count: 2, value: 1_600_000 },
        { kind: 'GIFT', count: 1, value: 800_000 },
      ],
    },
    labourUnionReporting: {
      expected: 2,
      submitted: 1,
      onTime: 0,
      late: 1,
      missing: 1,
      notYetDue: 0,
      accepted: 0,
      returned: 0,
      reports: [
        {
          section: 'UNION_FUND',
          unitCode: '75',
          period: '2026-Q3',
          dueOn: '2026-10-05',
          timeliness: 'LATE',
          submittedOn: '2026-10-09',
          status: null,
          version: 1,
        },
      ],
    },
    fatherlandFront: {
      asOf: '2026-09-30',
      fund: { openingBalance: 10_000_000, donations: 5_500_000 },
      coverage: { localSharePercent: 71.4, seventyPercentRuleMet: true },
    },
  },
  administrativeUnit: { name: 'Đồng Nai' },
};

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('the cross-agency summary built from the schema', () => {
  it('selects every leaf of the figure types, skipping fields that need arguments', () => {
    const plan = areaSummaryPlan(schema);
    expect(plan.organisations.map((o) => o.field)).toEqual(['labourUnion', 'fatherlandFront']);
    expect(plan.query.replace(/\s+/g, ' ')).toContain(
      'labourUnion { membersInPoorHouseholds care { count value } byKind { kind count value } } ' +
        'fatherlandFront { asOf fund { openingBalance donations } coverage { localSharePercent seventyPercentRuleMet } }',
    );
    expect(plan.query).not.toContain('withArgument');
    expect(plan.query).toContain(
      'labourUnionReporting { expected submitted onTime late missing notYetDue accepted returned reports { section unitCode period dueOn timeliness submittedOn status version } }',
    );
  });

  it('writes one row per figure, "Group — field" labels, tables for lists, Vietnamese labels where known', async () => {
    const plan = areaSummaryPlan(schema);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excelBytes(await areaSummaryWorkbook(plan, data)));
    const rows = rowsOf(workbook.getWorksheet(SUMMARY_SHEET)!);
    expect(rows[0]![0]).toBe('BÁO CÁO TỔNG HỢP LIÊN NGÀNH VỀ GIẢM NGHÈO BỀN VỮNG');
    expect(rows[1]![0]).toBe('Đơn vị: Đồng Nai (mã 75)');
    expect(rows[2]![0]).toBe('Kỳ báo cáo: Quý III năm 2026 (từ ngày 01/07/2026 đến ngày 30/09/2026)');
    expect(rows[4]).toEqual(['STT', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính', PATH_HEADING]);
    expect(rows.slice(5)).toEqual([
      ['I', 'Liên đoàn Lao động', undefined, undefined, 'labourUnion'],
      ['1', 'Members living in poor households.', 12, undefined, 'labourUnion.membersInPoorHouseholds'],
      ['2', 'care — Visits and gifts.', 3, undefined, 'labourUnion.care.count'],
      ['3', 'care — Their value.', 2_400_000, 'đồng', 'labourUnion.care.value'],
      ['4', 'byKind', undefined, undefined, 'labourUnion.byKind'],
      [undefined, 'kind', 'count', 'value (đồng)', 'kind, count, value'],
      [undefined, 'VISIT', 2, 1_600_000, 'labourUnion.byKind[0]'],
      [undefined, 'GIFT', 1, 800_000, 'labourUnion.byKind[1]'],
      ['II', 'Mặt trận Tổ quốc', undefined, undefined, 'fatherlandFront'],
      ['1', 'Số tồn tính đến ngày', new Date('2026-09-30T00:00:00Z'), undefined, 'fatherlandFront.asOf'],
      ['2', 'Quỹ "Vì người nghèo" — Số dư đầu kỳ', 10_000_000, 'đồng', 'fatherlandFront.fund.openingBalance'],
      [
        '3',
        'Quỹ "Vì người nghèo" — Tiền ủng hộ trong kỳ',
        5_500_000,
        'đồng',
        'fatherlandFront.fund.donations',
      ],
      [
        '4',
        'Bao phủ đỡ đầu — Tỷ lệ được cấp cơ sở đỡ đầu',
        71.4,
        '%',
        'fatherlandFront.coverage.localSharePercent',
      ],
      [
        '5',
        'Bao phủ đỡ đầu — Đạt quy định 70 %',
        'Có',
        undefined,
        'fatherlandFront.coverage.seventyPercentRuleMet',
      ],
    ]);
    const money = workbook.getWorksheet(SUMMARY_SHEET)!.getCell('C8');
    expect(money.numFmt).toBe('#,##0');
  });

  it('counts reports per organisation and lists each expected report', async () => {
    const plan = areaSummaryPlan(schema);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excelBytes(await areaSummaryWorkbook(plan, data)));
    const rows = rowsOf(workbook.getWorksheet(REPORTING_SHEET)!);
    expect(rows.slice(5, 8)).toEqual([
      [
        'STT',
        'Cơ quan, tổ chức',
        'Phải nộp',
        'Đã nộp',
        'Đúng hạn',
        'Trễ hạn',
        'Quá hạn chưa nộp',
        'Chưa đến hạn',
        'Đã được chấp nhận',
        'Bị trả lại',
      ],
      [1, 'Liên đoàn Lao động', 2, 1, 0, 1, 1, 0, 0, 0],
      [undefined, 'Cộng', 2, 1, 0, 1, 1, 0, 0, 0],
    ]);
    expect(rows.slice(9)).toEqual([
      [
        'STT',
        'Cơ quan, tổ chức',
        'Phần báo cáo',
        'Mã đơn vị',
        'Kỳ báo cáo',
        'Hạn nộp',
        'Tình trạng nộp',
        'Ngày nộp',
        'Trạng thái',
        'Phiên bản',
      ],
      [
        1,
        'Liên đoàn Lao động',
        'Kết quả vận động, hỗ trợ Quỹ Vì người nghèo (mẫu 001)',
        '75',
        '2026-Q3',
        new Date('2026-10-05T00:00:00Z'),
        'Trễ hạn',
        new Date('2026-10-09T00:00:00Z'),
        undefined,
        1,
      ],
    ]);
  });

  it('refuses when the hub has no areaPeriod', () => {
    expect(() => areaSummaryPlan(buildSchema('type Query { a: Int }'))).toThrow(/no areaPeriod/);
  });
});
