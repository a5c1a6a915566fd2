import { CareActivityKind, CareFundingSource, UnionHouseKind } from '../enums';
import { sumOf, type CareTotals, type GiftTotals, type HouseTotals } from './totals';

/** One row of the seed 001 template: Stt, Tên chỉ tiêu, Số lượng, Giá trị, Ghi chú. */
export interface FundRowData {
  line: '1' | '2' | '2.1' | '2.2';
  title: string;
  counts: string;
  number: number;
  valueVnd: number;
  note: string | null;
}

const FROM_FUND = CareFundingSource.FOR_THE_POOR_FUND;

/**
 * Rows 1, 2, 2.1 and 2.2 of the For-the-Poor campaign report (seed 001) from the records' totals for a period:
 * the same rows for the union's own report (unionFundReport) and for its section of the area report.
 */
export function fundRows(care: CareTotals, houses: HouseTotals, gifts: GiftTotals): FundRowData[] {
  const fromFund = houses.rows.filter((r) => r.fundingSource === FROM_FUND);
  const granted = sumOf(
    fromFund,
    () => true,
    (r) => r.approved,
  );
  const built = sumOf(
    fromFund,
    (r) => r.kind === UnionHouseKind.BUILD,
    (r) => r.approved,
  ).number;
  const given = sumOf(
    care.rows,
    (r) => r.fundingSource === FROM_FUND,
    (r) => r,
  );
  const visits = sumOf(
    care.rows,
    (r) => r.fundingSource === FROM_FUND && r.kind === CareActivityKind.VISIT,
    (r) => r,
  ).number;
  const row21: FundRowData = {
    line: '2.1',
    title:
      'Hỗ trợ kinh phí xây dựng nhà ở cho CNVCLĐ khó khăn (từ nguồn hỗ trợ của UBMTTQ Việt Nam cùng cấp)',
    counts:
      'Union houses (build or repair) granted from the For-the-Poor fund, approved in the period; grants.',
    ...granted,
    note: granted.number ? `${built} xây mới, ${granted.number - built} sửa chữa` : null,
  };
  const row22: FundRowData = {
    line: '2.2',
    title: 'Thăm, tặng quà CNVCLĐ khó khăn (từ nguồn hỗ trợ của UBMTTQ cùng cấp)',
    counts: 'Visits and gifts paid from the For-the-Poor fund in the period; their value.',
    ...given,
    note: given.number ? `${visits} lượt thăm, ${given.number - visits} suất quà` : null,
  };
  return [
    {
      line: '1',
      title: 'Kết quả vận động CNVCLĐ ủng hộ Quỹ "Vì người nghèo"',
      counts: "Workers' gifts to the For-the-Poor fund in the period: workers who gave; amount.",
      number: gifts.contributors,
      valueVnd: gifts.amount,
      note: gifts.handovers ? `${gifts.handovers} lần nộp quỹ, ${gifts.organisations} công đoàn` : null,
    },
    {
      line: '2',
      title: 'Kết quả hỗ trợ CNVCLĐ khó khăn từ nguồn kinh phí cuộc vận động "Vì người nghèo"',
      counts: 'Support paid from the For-the-Poor fund: rows 2.1 and 2.2 together.',
      number: row21.number + row22.number,
      valueVnd: row21.valueVnd + row22.valueVnd,
      note: null,
    },
    row21,
    row22,
  ];
}
