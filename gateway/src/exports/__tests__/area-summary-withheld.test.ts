import ExcelJS from 'exceljs';
import { excelBytes } from './excel-buffer';
import { buildSchema } from 'graphql';
import { areaSummaryPlan, areaSummaryWorkbook, SUMMARY_SHEET } from '../area-summary';

// The lender's figures as a Labour Union viewer gets them for a one-loan commune: withheld under the rule.
const schema = buildSchema(`
  scalar Money
  scalar PeriodCode
  type Query { areaPeriod(unitCode: String!, period: PeriodCode!): AreaPeriod administrativeUnit(code: String!): Unit }
  type Unit { name: String! }
  type AreaPeriod { unitCode: String! period: PeriodCode! microfinance: MicrofinanceAreaFigures }
  type MicrofinanceAreaFigures {
    disbursedLoans: Int
    disbursedAmount: Money
    outstandingPrincipal: Money
    buckets: [Bucket!]!
    disclosure: FigureDisclosure
  }
  type Bucket { bucket: String! loans: Int outstandingPrincipal: Money }
  type FigureDisclosure { exact: Boolean! minRecords: Int! suppressed: [String!]! }
`);

const data = {
  areaPeriod: {
    unitCode: '25222',
    period: '2025-04',
    microfinance: {
      disbursedLoans: null,
      disbursedAmount: null,
      outstandingPrincipal: 61_700_000,
      buckets: [
        { bucket: 'CURRENT', loans: 5, outstandingPrincipal: 50_300_000 },
        { bucket: 'DPD_1_30', loans: null, outstandingPrincipal: null },
      ],
      disclosure: {
        exact: false,
        minRecords: 5,
        suppressed: [
          'disbursedLoans',
          'disbursedAmount',
          'buckets.DPD_1_30.loans',
          'buckets.DPD_1_30.outstandingPrincipal',
        ],
      },
    },
  },
  administrativeUnit: { name: 'Xã Bù Gia Mập' },
};

describe('figures withheld from the reader in the cross-agency summary', () => {
  it('asks how the figures were protected, without listing it as a figure', () => {
    const plan = areaSummaryPlan(schema);
    expect(plan.query).toContain('disclosure { exact minRecords suppressed }');
    expect(plan.organisations[0]!.nodes.map((n) => n.path.join('.'))).not.toContain(
      'microfinance.disclosure',
    );
  });

  it('shows "<N" for withheld counts and "—" for withheld amounts, under a note saying why', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excelBytes(await areaSummaryWorkbook(areaSummaryPlan(schema), data)));
    const rows: unknown[][] = [];
    workbook.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const body = rows.slice(5).map((r) => r.slice(0, 4));
    expect(body[1]![1]).toEqual(expect.stringContaining('số đếm dưới 5 ghi "<5"'));
    expect(body.slice(2)).toEqual([
      ['1', 'Số món vay giải ngân trong kỳ', '<5', 'món'],
      ['2', 'Doanh số giải ngân', '—', 'đồng'],
      ['3', 'Dư nợ', 61_700_000, 'đồng'],
      ['4', 'Dư nợ theo số ngày quá hạn', undefined, undefined],
      [undefined, 'bucket', 'loans', 'outstandingPrincipal (đồng)'],
      [undefined, 'CURRENT', 5, 50_300_000],
      [undefined, 'DPD_1_30', '<5', '—'],
    ]);
  });
});
