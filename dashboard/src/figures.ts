import { ORGANISATION_REGISTRY, organisationField, type OrganisationEntry } from '@chung-tay/vocabulary';
import type { Language, OrganisationId } from './i18n';

/**
 * What the area view shows of each organisation's figures, in order, with Vietnamese labels as the Excel
 * exports word them. Paths are field paths inside AreaPeriod (`peopleCommittee.householdsAtEnd.poor`); the
 * queries are built from this layout, so every figure shown is asked for and nothing else.
 */
export type FigureKind = 'int' | 'money' | 'percent' | 'date' | 'bool' | 'text';
export type Label = Record<Language, string>;

export interface RowItem {
  type: 'row';
  path: string;
  label: Label;
  kind: FigureKind;
}
export interface HeadingItem {
  type: 'heading';
  label: Label;
}
export interface ListColumn {
  field: string;
  label: Label;
  kind: FigureKind;
  /** The enum the field holds, for its label. */
  enumName?: string;
}
/** A list field shown as a small table, one line per element. */
export interface ListItem {
  type: 'list';
  path: string;
  label: Label;
  columns: ListColumn[];
}
/** A table whose cells are figures at `${row.path}.${column.field}`. */
export interface MatrixItem {
  type: 'matrix';
  label: Label;
  rows: { path: string; label: Label }[];
  columns: { field: string; label: Label; kind: FigureKind }[];
}
export type LayoutItem = RowItem | HeadingItem | ListItem | MatrixItem;

export interface OrganisationLayout {
  org: OrganisationId;
  /** The AreaPeriod field holding its figures; `${field}Reporting` holds its report completeness. */
  field: string;
  items: LayoutItem[];
}

const L = (vi: string, en: string): Label => ({ vi, en });
const row = (path: string, vi: string, en: string, kind: FigureKind = 'int'): RowItem => ({
  type: 'row',
  path,
  label: L(vi, en),
  kind,
});
const heading = (vi: string, en: string): HeadingItem => ({ type: 'heading', label: L(vi, en) });
const col = (
  field: string,
  vi: string,
  en: string,
  kind: FigureKind = 'int',
  enumName?: string,
): ListColumn => ({
  field,
  label: L(vi, en),
  kind,
  enumName,
});
const list = (path: string, vi: string, en: string, columns: ListColumn[]): ListItem => ({
  type: 'list',
  path,
  label: L(vi, en),
  columns,
});

const HOUSEHOLD_COUNTS: [string, string, string][] = [
  ['poor', 'Hộ nghèo', 'Poor'],
  ['poorA', 'Hộ nghèo nhóm A', 'Poor, group A'],
  ['poorB', 'Hộ nghèo nhóm B', 'Poor, group B'],
  ['nearPoor', 'Hộ cận nghèo', 'Near-poor'],
  ['escapedPoverty', 'Hộ đã thoát nghèo', 'Escaped poverty'],
  ['escapedNearPoverty', 'Hộ đã thoát cận nghèo', 'Escaped near-poverty'],
];

/** The hand-written views of the organisations' own figures. */
const WRITTEN: OrganisationLayout[] = [
  {
    org: 'people-committee',
    field: 'peopleCommittee',
    items: [
      {
        type: 'matrix',
        label: L('Hộ nghèo, cận nghèo', 'Poor and near-poor households'),
        rows: HOUSEHOLD_COUNTS.map(([f, vi, en]) => ({ path: f, label: L(vi, en) })),
        columns: [
          { field: '', label: L('Đầu kỳ', 'Start'), kind: 'int' },
          { field: '', label: L('Cuối kỳ', 'End'), kind: 'int' },
        ],
      },
      row('peopleCommittee.householdsAtStart.asOf', 'Hộ đầu kỳ tính đến ngày', 'Start counted on', 'date'),
      row('peopleCommittee.householdsAtEnd.asOf', 'Hộ cuối kỳ tính đến ngày', 'End counted on', 'date'),
      row('peopleCommittee.escaped', 'Số hộ thoát nghèo, thoát cận nghèo trong kỳ', 'Escaped in the period'),
      row('peopleCommittee.fellBack', 'Số hộ tái nghèo, tái cận nghèo', 'Fell back'),
      row(
        'peopleCommittee.newlyPoorOrNearPoor',
        'Số hộ nghèo, cận nghèo phát sinh',
        'Newly poor or near-poor',
      ),
      row('peopleCommittee.benefitsGiven', 'Tổng số lượt hỗ trợ', 'Benefits given'),
      row('peopleCommittee.benefitsValue', 'Tổng giá trị hỗ trợ', 'Value of benefits', 'money'),
      list('peopleCommittee.benefits', 'Chính sách hỗ trợ theo loại', 'Benefits by kind', [
        col('kind', 'Loại hỗ trợ', 'Kind', 'text', 'ProgrammeKind'),
        col('benefits', 'Số lượt', 'Given'),
        col('households', 'Số hộ', 'Households'),
        col('value', 'Giá trị', 'Value', 'money'),
      ]),
    ],
  },
  {
    org: 'labour-union',
    field: 'labourUnion',
    items: [
      row('labourUnion.asOf', 'Số tồn tính đến ngày', 'Stocks as of', 'date'),
      heading('Đoàn viên', 'Union members'),
      row('labourUnion.members.active', 'Đoàn viên đang sinh hoạt', 'Active members'),
      row('labourUnion.members.linked', 'Đã liên kết với sổ hộ', 'Linked to the register'),
      row('labourUnion.members.inPoorHouseholds', 'Thuộc hộ nghèo', 'In poor households'),
      row('labourUnion.members.inNearPoorHouseholds', 'Thuộc hộ cận nghèo', 'In near-poor households'),
      row(
        'labourUnion.members.inPoorOrNearPoorHouseholds',
        'Thuộc hộ nghèo, cận nghèo',
        'In poor or near-poor',
      ),
      row('labourUnion.members.poorHouseholds', 'Số hộ nghèo có đoàn viên', 'Poor households with a member'),
      row(
        'labourUnion.members.nearPoorHouseholds',
        'Số hộ cận nghèo có đoàn viên',
        'Near-poor households with a member',
      ),
      heading('Thăm hỏi, tặng quà', 'Visits and gifts'),
      row('labourUnion.care.number', 'Số lượt thăm hỏi, tặng quà', 'Visits and gifts'),
      row('labourUnion.care.valueVnd', 'Giá trị', 'Value', 'money'),
      row('labourUnion.care.householdsReached', 'Số hộ được thăm hỏi, tặng quà', 'Households reached'),
      row('labourUnion.care.membersReached', 'Số đoàn viên được thăm hỏi, tặng quà', 'Members reached'),
      list('labourUnion.care.byKind', 'Theo hình thức', 'By kind', [
        col('kind', 'Hình thức', 'Kind', 'text', 'CareActivityKind'),
        col('number', 'Số lượt', 'Number'),
        col('valueVnd', 'Giá trị', 'Value', 'money'),
      ]),
      list('labourUnion.care.byFundingSource', 'Theo nguồn kinh phí', 'By funding source', [
        col('fundingSource', 'Nguồn kinh phí', 'Source', 'text', 'CareFundingSource'),
        col('number', 'Số lượt', 'Number'),
        col('valueVnd', 'Giá trị', 'Value', 'money'),
      ]),
      ...(['approved', 'completed'] as const).map((flow): MatrixItem => ({
        type: 'matrix',
        label:
          flow === 'approved'
            ? L('Nhà "Mái ấm công đoàn" được duyệt trong kỳ', '"Union home" houses approved')
            : L('Nhà "Mái ấm công đoàn" bàn giao trong kỳ', '"Union home" houses handed over'),
        rows: [
          { path: `labourUnion.houses.${flow}.built`, label: L('Xây mới', 'Built') },
          { path: `labourUnion.houses.${flow}.repaired`, label: L('Sửa chữa', 'Repaired') },
          { path: `labourUnion.houses.${flow}`, label: L('Cộng', 'Total') },
        ],
        columns: [
          { field: 'number', label: L('Số căn', 'Houses'), kind: 'int' },
          { field: 'valueVnd', label: L('Kinh phí hỗ trợ', 'Grants'), kind: 'money' },
        ],
      })),
      list(
        'labourUnion.fund',
        'Kết quả vận động, hỗ trợ Quỹ "Vì người nghèo" (mẫu 001)',
        'For-the-Poor fund (template 001)',
        [
          col('line', 'Stt', 'No.', 'text'),
          col('title', 'Tên chỉ tiêu', 'Item', 'text'),
          col('number', 'Số lượng', 'Number'),
          col('valueVnd', 'Giá trị', 'Value', 'money'),
        ],
      ),
    ],
  },
  {
    org: 'womens-union',
    field: 'womensUnion',
    items: [
      row('womensUnion.stocksAsOf', 'Số tồn tính đến ngày', 'Stocks as of', 'date'),
      heading('Cuộc vận động "5 không 3 sạch"', '"5 no, 3 clean" campaign'),
      row('womensUnion.fiveNoThreeClean.year', 'Năm đăng ký', 'Pledge year', 'text'),
      row('womensUnion.fiveNoThreeClean.pledges', 'Số chi hội đăng ký', 'Chapters pledging'),
      row(
        'womensUnion.fiveNoThreeClean.targetHouseholds',
        'Số hộ đăng ký giúp đỡ (chỉ tiêu)',
        'Target households',
      ),
      row(
        'womensUnion.fiveNoThreeClean.householdsPledged',
        'Số hộ có tên trong danh sách đăng ký',
        'Households listed',
      ),
      row('womensUnion.fiveNoThreeClean.householdsReviewed', 'Số hộ đã được đánh giá', 'Households reviewed'),
      row(
        'womensUnion.fiveNoThreeClean.householdsMeetingAllCriteria',
        'Số hộ đạt đủ 8 tiêu chí',
        'Meeting all 8',
      ),
      row(
        'womensUnion.fiveNoThreeClean.householdsMeetingNoHungerOrPoverty',
        'Số hộ đạt tiêu chí "không đói nghèo"',
        'Meeting "no hunger or poverty"',
      ),
      row('womensUnion.fiveNoThreeClean.achievedPercent', 'Tỷ lệ đạt so với chỉ tiêu', 'Achieved', 'percent'),
      heading('Ngày tiết kiệm vì phụ nữ nghèo', 'Savings day for poor women'),
      row(
        'womensUnion.savingsDay.collectedAmount',
        'Số tiền tiết kiệm trong kỳ',
        'Saved in the period',
        'money',
      ),
      row('womensUnion.savingsDay.contributions', 'Số lượt đóng góp', 'Contributions'),
      row('womensUnion.savingsDay.contributingMembers', 'Số hội viên đóng góp', 'Members contributing'),
      row('womensUnion.savingsDay.yearToDateAmount', 'Lũy kế từ đầu năm', 'Year to date', 'money'),
      row('womensUnion.savingsDay.targetAmount', 'Chỉ tiêu năm', 'Yearly target', 'money'),
      row('womensUnion.savingsDay.achievedPercent', 'Tỷ lệ đạt so với chỉ tiêu', 'Achieved', 'percent'),
      heading('Tổ tiết kiệm và vay vốn', 'Savings-and-loan groups'),
      row('womensUnion.savingsLoanGroups.groups', 'Số tổ đang hoạt động', 'Active groups'),
      row('womensUnion.savingsLoanGroups.groupsFormed', 'Số tổ thành lập trong kỳ', 'Formed in the period'),
      row('womensUnion.savingsLoanGroups.members', 'Số thành viên', 'Members'),
      list('womensUnion.savingsLoanGroups.byLender', 'Theo tổ chức cho vay', 'By lender', [
        col('lender', 'Tổ chức cho vay', 'Lender', 'text', 'SavingsLoanGroupLender'),
        col('groups', 'Số tổ', 'Groups'),
        col('groupsFormed', 'Thành lập', 'Formed'),
        col('members', 'Thành viên', 'Members'),
      ]),
      heading('Hỗ trợ hội viên, hộ nghèo', 'Support to members and poor households'),
      row('womensUnion.support.activities', 'Số lượt hỗ trợ', 'Support given'),
      row('womensUnion.support.households', 'Số hộ được hỗ trợ', 'Households supported'),
      row('womensUnion.support.value', 'Giá trị hỗ trợ', 'Value', 'money'),
      list('womensUnion.support.byKind', 'Hỗ trợ theo hình thức', 'By kind', [
        col('kind', 'Hình thức', 'Kind', 'text', 'WomensUnionSupportKind'),
        col('activities', 'Số lượt', 'Given'),
        col('households', 'Số hộ', 'Households'),
        col('value', 'Giá trị', 'Value', 'money'),
      ]),
      heading('Hội viên', 'Members'),
      row('womensUnion.membership.members', 'Số hội viên', 'Members'),
      row('womensUnion.membership.joined', 'Kết nạp trong kỳ', 'Joined'),
      row('womensUnion.membership.left', 'Ra khỏi hội trong kỳ', 'Left'),
    ],
  },
  {
    org: 'fatherland-front',
    field: 'fatherlandFront',
    items: [
      row('fatherlandFront.asOf', 'Số tồn tính đến ngày', 'Stocks as of', 'date'),
      heading('Quỹ "Vì người nghèo"', 'For-the-Poor fund'),
      row('fatherlandFront.fund.openingBalance', 'Số dư đầu kỳ', 'Opening balance', 'money'),
      row('fatherlandFront.fund.donations', 'Tiền ủng hộ trong kỳ', 'Donations', 'money'),
      row('fatherlandFront.fund.donationCount', 'Số lượt ủng hộ', 'Donations (count)'),
      row('fatherlandFront.fund.disbursements', 'Tiền chi hỗ trợ trong kỳ', 'Paid out', 'money'),
      row('fatherlandFront.fund.disbursementCount', 'Số lượt chi', 'Payments (count)'),
      row('fatherlandFront.fund.householdsSupported', 'Số hộ được hỗ trợ', 'Households supported'),
      row('fatherlandFront.fund.closingBalance', 'Số dư cuối kỳ', 'Closing balance', 'money'),
      heading('Nhà Đại đoàn kết', 'Great-solidarity houses'),
      row('fatherlandFront.houses.approved', 'Nhà được duyệt trong kỳ', 'Approved'),
      row('fatherlandFront.houses.built', 'Nhà xây mới bàn giao', 'Built, handed over'),
      row('fatherlandFront.houses.repaired', 'Nhà sửa chữa bàn giao', 'Repaired, handed over'),
      row('fatherlandFront.houses.completedValue', 'Giá trị nhà đã bàn giao', 'Value handed over', 'money'),
      row('fatherlandFront.houses.inProgress', 'Nhà đang thực hiện', 'In progress'),
      heading('Đỡ đầu hộ nghèo', 'Sponsorship'),
      row('fatherlandFront.sponsorship.peopleInNeed', 'Số người cần đỡ đầu', 'People in need'),
      row('fatherlandFront.sponsorship.pledgesSigned', 'Cam kết đỡ đầu ký trong kỳ', 'Pledges signed'),
      row('fatherlandFront.sponsorship.activePledges', 'Cam kết đang thực hiện', 'Active pledges'),
      row(
        'fatherlandFront.sponsorship.pledgedPerMonth',
        'Số tiền cam kết mỗi tháng',
        'Pledged per month',
        'money',
      ),
      row('fatherlandFront.sponsorship.paid', 'Số tiền đã trao trong kỳ', 'Paid', 'money'),
      row('fatherlandFront.sponsorship.paymentCount', 'Số lượt trao', 'Payments'),
      row('fatherlandFront.sponsorship.arrears', 'Số tiền chậm trao', 'Arrears', 'money'),
      row('fatherlandFront.sponsorship.pledgesInArrears', 'Cam kết chậm trao', 'Pledges in arrears'),
      heading('Bao phủ đỡ đầu', 'Sponsorship coverage'),
      row('fatherlandFront.coverage.coveredLocally', 'Được cấp xã, huyện đỡ đầu', 'Covered locally'),
      row(
        'fatherlandFront.coverage.coveredByProvinceOnly',
        'Chỉ được cấp tỉnh đỡ đầu',
        'By the province only',
      ),
      row('fatherlandFront.coverage.notCovered', 'Chưa được đỡ đầu', 'Not covered'),
      row('fatherlandFront.coverage.provinceList', 'Danh sách chuyển cấp tỉnh', 'On the province list'),
      row(
        'fatherlandFront.coverage.localSharePercent',
        'Tỷ lệ được cấp cơ sở đỡ đầu',
        'Local share',
        'percent',
      ),
      row(
        'fatherlandFront.coverage.communesChecked',
        'Số xã có người cần đỡ đầu',
        'Communes with people in need',
      ),
      row(
        'fatherlandFront.coverage.communesMeetingSeventyPercent',
        'Số xã đạt tỷ lệ 70 %',
        'Communes at 70 %',
      ),
      row('fatherlandFront.coverage.seventyPercentRuleMet', 'Đạt quy định 70 %', '70 % rule met', 'bool'),
      row(
        'fatherlandFront.coverage.communesSponsoringTwo',
        'Số xã đỡ đầu từ 2 người trở lên',
        'Communes sponsoring 2+',
      ),
      row('fatherlandFront.coverage.districtUnitsChecked', 'Số đơn vị cấp huyện', 'District units'),
      row(
        'fatherlandFront.coverage.districtUnitsMeetingRule',
        'Số đơn vị cấp huyện đạt quy định',
        'Meeting the rule',
      ),
      row(
        'fatherlandFront.coverage.allRulesMet',
        'Đạt tất cả quy định bao phủ',
        'All coverage rules met',
        'bool',
      ),
    ],
  },
  {
    org: 'microfinance',
    field: 'microfinance',
    items: [
      row('microfinance.asOf', 'Số dư tính đến ngày', 'Balances as of', 'date'),
      heading('Trong kỳ', 'In the period'),
      row('microfinance.disbursedLoans', 'Số món vay giải ngân trong kỳ', 'Loans disbursed'),
      row('microfinance.disbursedAmount', 'Doanh số giải ngân', 'Amount disbursed', 'money'),
      row('microfinance.repaidLoans', 'Số món vay có thu nợ trong kỳ', 'Loans repaid in the period'),
      row('microfinance.repaidPrincipal', 'Thu nợ gốc trong kỳ', 'Principal repaid', 'money'),
      row('microfinance.repaidInterest', 'Thu lãi trong kỳ', 'Interest repaid', 'money'),
      row('microfinance.writtenOffLoans', 'Số món vay xử lý rủi ro', 'Loans written off'),
      row('microfinance.writtenOffAmount', 'Nợ gốc xử lý rủi ro', 'Principal written off', 'money'),
      heading('Dư nợ', 'Outstanding'),
      row('microfinance.outstandingLoans', 'Số món vay còn dư nợ', 'Loans outstanding'),
      row('microfinance.outstandingBorrowers', 'Số khách hàng còn dư nợ', 'Borrowers'),
      row('microfinance.outstandingPrincipal', 'Dư nợ', 'Outstanding principal', 'money'),
      row('microfinance.overdueLoans', 'Số món vay có nợ quá hạn', 'Loans overdue'),
      row('microfinance.overduePrincipal', 'Nợ gốc quá hạn', 'Overdue principal', 'money'),
      row(
        'microfinance.arrearsAmount',
        'Nợ quá hạn (gốc và lãi)',
        'Arrears (principal and interest)',
        'money',
      ),
      row(
        'microfinance.par30Principal',
        'Dư nợ có rủi ro trên 30 ngày (PAR30)',
        'Portfolio at risk > 30 days',
        'money',
      ),
      row('microfinance.par30Percent', 'Tỷ lệ PAR30', 'PAR30', 'percent'),
      list('microfinance.buckets', 'Dư nợ theo số ngày quá hạn', 'Outstanding by days past due', [
        col('bucket', 'Nhóm quá hạn', 'Bucket', 'text', 'LoanArrearsBucket'),
        col('loans', 'Số món vay', 'Loans'),
        col('outstandingPrincipal', 'Dư nợ', 'Outstanding', 'money'),
      ]),
    ],
  },
];

/**
 * The section of an organisation without a hand-written view (one added with `npm run new-organisation`, until it
 * writes its own): the figures its registry entry names, in order.
 */
export const genericLayout = (entry: OrganisationEntry): OrganisationLayout => ({
  org: entry.id as OrganisationId,
  field: organisationField(entry.id),
  items: (entry.figures ?? []).map((f) =>
    row(`${organisationField(entry.id)}.${f.path}`, f.vi, f.en, f.kind),
  ),
});

/** Every organisation of the registry, in its order: its hand-written view, or else the generic one. */
export const LAYOUT: OrganisationLayout[] = ORGANISATION_REGISTRY.map(
  (o) => WRITTEN.find((l) => l.org === o.id) ?? genericLayout(o),
);

// The People's Committee's start/end table: rows are counts, columns the two dates.
const pcMatrix = WRITTEN[0]!.items[0] as MatrixItem;
export const matrixCellPath = (m: MatrixItem, rowIndex: number, columnIndex: number): string =>
  m === pcMatrix
    ? `peopleCommittee.${columnIndex === 0 ? 'householdsAtStart' : 'householdsAtEnd'}.${m.rows[rowIndex]!.path}`
    : `${m.rows[rowIndex]!.path}.${m.columns[columnIndex]!.field}`;

/** Every leaf path an organisation's layout shows (lists as `path.field`, without an index). */
export function layoutPaths(layout: OrganisationLayout): string[] {
  const paths: string[] = [];
  for (const item of layout.items) {
    if (item.type === 'row') paths.push(item.path);
    if (item.type === 'list') paths.push(...item.columns.map((c) => `${item.path}.${c.field}`));
    if (item.type === 'matrix')
      item.rows.forEach((_, r) => item.columns.forEach((_c, c) => paths.push(matrixCellPath(item, r, c))));
  }
  return paths;
}

export const REPORTING_FIELDS = [
  'expected',
  'submitted',
  'onTime',
  'late',
  'missing',
  'notYetDue',
  'accepted',
  'returned',
] as const;

export const REPORTING_LABELS: Record<(typeof REPORTING_FIELDS)[number], Label> = {
  expected: L('Phải nộp', 'Expected'),
  submitted: L('Đã nộp', 'Submitted'),
  onTime: L('Đúng hạn', 'On time'),
  late: L('Trễ hạn', 'Late'),
  missing: L('Quá hạn chưa nộp', 'Missing'),
  notYetDue: L('Chưa đến hạn', 'Not yet due'),
  accepted: L('Đã được chấp nhận', 'Accepted'),
  returned: L('Bị trả lại', 'Returned'),
};

/** A GraphQL selection set for dotted paths: ['a.b', 'a.c.d'] → `a { b c { d } }`. */
export function selectionFor(paths: string[]): string {
  interface Tree {
    [field: string]: Tree;
  }
  const tree: Tree = {};
  for (const p of paths) {
    let node = tree;
    for (const key of p.split('.')) node = node[key] ??= {};
  }
  const print = (t: Tree): string =>
    Object.entries(t)
      .map(([k, sub]) => (Object.keys(sub).length ? `${k} { ${print(sub)} }` : k))
      .join(' ');
  return print(tree);
}
