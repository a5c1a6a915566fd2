import { figure, label, UNITS, type OrganisationLabels } from '../label';
import { HOUSEHOLD_STATUS_LABELS } from './people-committee';

const H = UNITS.households;
const P = UNITS.people;
const BUILD = label('Xây mới', 'New build');
const REPAIR = label('Sửa chữa', 'Repair');

export const LABOUR_UNION_LABELS: OrganisationLabels = {
  enums: {
    UnionOrganisationLevel: {
      PROVINCE_FEDERATION: label('Liên đoàn Lao động tỉnh, thành phố', 'Province labour federation'),
      DISTRICT_FEDERATION: label('Liên đoàn Lao động huyện, khu vực', 'District labour federation'),
      SECTOR_UNION: label('Công đoàn ngành', 'Sector union'),
      INDUSTRIAL_ZONE_UNION: label('Công đoàn các Khu công nghiệp', 'Industrial zone union'),
      GRASSROOTS_UNION: label('Công đoàn cơ sở', 'Grassroots union'),
    },
    UnionMemberStatus: {
      ACTIVE: label('Đang sinh hoạt', 'Active'),
      SUSPENDED: label('Tạm dừng sinh hoạt', 'Suspended'),
      LEFT: label('Đã ra khỏi tổ chức', 'Left'),
    },
    UnionListedHouseholdStatus: {
      POOR: HOUSEHOLD_STATUS_LABELS.POOR,
      NEAR_POOR: HOUSEHOLD_STATUS_LABELS.NEAR_POOR,
    },
    CarePlanStatus: {
      ACTIVE: label('Đang thực hiện', 'Active'),
      CLOSED: label('Đã kết thúc', 'Closed'),
    },
    CareActivityKind: {
      VISIT: label('Thăm hỏi', 'Visit'),
      TET_GIFT: label('Quà Tết', 'Tết gift'),
      HOLIDAY_GIFT: label('Quà dịp lễ', 'Holiday gift'),
      OTHER: label('Khác', 'Other'),
    },
    CareFundingSource: {
      UNION_FUND: label('Kinh phí công đoàn', 'Union funds'),
      FOR_THE_POOR_FUND: label('Quỹ "Vì người nghèo"', 'For-the-Poor fund'),
      SPONSOR: label('Nhà tài trợ', 'Sponsor'),
    },
    UnionHouseKind: { BUILD, REPAIR },
    UnionHouseStatus: {
      PROPOSED: label('Đề xuất', 'Proposed'),
      APPROVED: label('Đã duyệt', 'Approved'),
      COMPLETED: label('Đã bàn giao', 'Handed over'),
      CANCELLED: label('Đã hủy', 'Cancelled'),
    },
  },
  figures: {
    'LabourUnionAreaFigures.asOf': figure('Số tồn tính đến ngày', 'Stocks as of'),
    'LabourUnionAreaFigures.members': figure('Đoàn viên', 'Union members'),
    'LabourUnionAreaFigures.care': figure('Thăm hỏi, tặng quà', 'Visits and gifts'),
    'LabourUnionAreaFigures.houses': figure('Nhà "Mái ấm công đoàn"', '"Union home" houses'),
    'LabourUnionAreaFigures.fund': figure(
      'Kết quả vận động, hỗ trợ Quỹ "Vì người nghèo" (mẫu 001)',
      'For-the-Poor fund gifts and support (template 001)',
    ),
    'LabourUnionMemberFigures.active': figure('Đoàn viên đang sinh hoạt', 'Active members', P),
    'LabourUnionMemberFigures.linked': figure('Đã liên kết với sổ hộ', 'Linked to the register', P),
    'LabourUnionMemberFigures.inPoorHouseholds': figure('Thuộc hộ nghèo', 'In poor households', P),
    'LabourUnionMemberFigures.inNearPoorHouseholds': figure(
      'Thuộc hộ cận nghèo',
      'In near-poor households',
      P,
    ),
    'LabourUnionMemberFigures.inPoorOrNearPoorHouseholds': figure(
      'Thuộc hộ nghèo, cận nghèo',
      'In poor or near-poor households',
      P,
    ),
    'LabourUnionMemberFigures.poorHouseholds': figure(
      'Số hộ nghèo có đoàn viên',
      'Poor households with a member',
      H,
    ),
    'LabourUnionMemberFigures.nearPoorHouseholds': figure(
      'Số hộ cận nghèo có đoàn viên',
      'Near-poor households with a member',
      H,
    ),
    'LabourUnionCareFigures.number': figure('Số lượt thăm hỏi, tặng quà', 'Visits and gifts', UNITS.times),
    'LabourUnionCareFigures.valueVnd': figure('Giá trị', 'Value'),
    'LabourUnionCareFigures.householdsReached': figure(
      'Số hộ được thăm hỏi, tặng quà',
      'Households reached',
      H,
    ),
    'LabourUnionCareFigures.membersReached': figure(
      'Số đoàn viên được thăm hỏi, tặng quà',
      'Members reached',
      P,
    ),
    'LabourUnionCareFigures.byKind': figure('Thăm hỏi, tặng quà theo hình thức', 'By kind'),
    'LabourUnionCareFigures.byFundingSource': figure(
      'Thăm hỏi, tặng quà theo nguồn kinh phí',
      'By funding source',
    ),
    'LabourUnionCareOfKind.kind': figure('Hình thức', 'Kind'),
    'LabourUnionCareOfKind.number': figure('Số lượt', 'Times', UNITS.times),
    'LabourUnionCareOfKind.valueVnd': figure('Giá trị (đồng)', 'Value (VND)'),
    'LabourUnionCareFromSource.fundingSource': figure('Nguồn kinh phí', 'Funding source'),
    'LabourUnionCareFromSource.number': figure('Số lượt', 'Times', UNITS.times),
    'LabourUnionCareFromSource.valueVnd': figure('Giá trị (đồng)', 'Value (VND)'),
    'LabourUnionHouseFigures.approved': figure('Được duyệt trong kỳ', 'Approved in the period'),
    'LabourUnionHouseFigures.completed': figure('Bàn giao trong kỳ', 'Handed over in the period'),
    'LabourUnionHouseFlow.number': figure('Số căn', 'Houses', UNITS.houses),
    'LabourUnionHouseFlow.valueVnd': figure('Kinh phí hỗ trợ', 'Grants'),
    'LabourUnionHouseFlow.built': figure(BUILD.vi, BUILD.en),
    'LabourUnionHouseFlow.repaired': figure(REPAIR.vi, REPAIR.en),
    'LabourUnionNumberAndValue.number': figure('Số căn', 'Houses', UNITS.houses),
    'LabourUnionNumberAndValue.valueVnd': figure('Kinh phí hỗ trợ', 'Grants'),
    'LabourUnionFundRow.line': figure('Stt', 'Line'),
    'LabourUnionFundRow.title': figure('Tên chỉ tiêu', 'Indicator'),
    'LabourUnionFundRow.number': figure('Số lượng', 'Number'),
    'LabourUnionFundRow.valueVnd': figure('Giá trị (đồng)', 'Value (VND)'),
    'LabourUnionFundRow.valueMillionVnd': figure('Giá trị (triệu đồng)', 'Value (million VND)'),
    'LabourUnionFundRow.note': figure('Ghi chú', 'Note'),
  },
};
