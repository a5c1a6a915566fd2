import { figure, label, UNITS, type OrganisationLabels } from '../label';
import { HOUSEHOLD_STATUS_LABELS } from './people-committee';

const H = UNITS.households;
const P = UNITS.people;

export const WOMENS_UNION_LABELS: OrganisationLabels = {
  enums: {
    WomensUnionChapterLevel: {
      PROVINCE: label('Hội LHPN tỉnh, thành phố', 'Province union'),
      DISTRICT: label('Hội LHPN huyện', 'District union'),
      COMMUNE: label('Cơ sở Hội', 'Commune chapter'),
      BRANCH: label('Chi hội, tổ hội', 'Branch'),
    },
    FiveNoThreeCleanHouseholdStatus: HOUSEHOLD_STATUS_LABELS,
    SavingsLoanGroupLender: {
      VBSP: label('Ngân hàng Chính sách xã hội', 'Social Policy Bank'),
      CEP: label('Quỹ CEP', 'CEP'),
      CWED: label('Quỹ CWED', 'CWED'),
    },
    SavingsLoanGroupStatus: {
      ACTIVE: label('Đang hoạt động', 'Active'),
      SUSPENDED: label('Tạm ngừng hoạt động', 'Suspended'),
      DISSOLVED: label('Đã giải thể', 'Dissolved'),
    },
    SavingsLoanGroupMeetingFrequency: {
      WEEKLY: label('Hằng tuần', 'Weekly'),
      FORTNIGHTLY: label('Hai tuần một lần', 'Fortnightly'),
      MONTHLY: label('Hằng tháng', 'Monthly'),
    },
    SavingsDayContributorKind: {
      MEMBER: label('Hội viên', 'Member'),
      CHAPTER: label('Cơ sở Hội', 'Chapter'),
    },
    WomensUnionSupportKind: {
      STARTUP_TRAINING: label('Hỗ trợ khởi nghiệp', 'Start-up training'),
      VOCATIONAL_TRAINING: label('Đào tạo nghề', 'Vocational training'),
      SCHOLARSHIP: label('Học bổng', 'Scholarship'),
      HOUSE: label('Nhà ở', 'House'),
      LIVELIHOOD_GIFT: label('Hỗ trợ sinh kế', 'Livelihood gift'),
    },
    WomensUnionReportStatus: {
      NOT_YET_DUE: label('Chưa đến hạn', 'Not yet due'),
      DUE: label('Đến hạn', 'Due'),
      OVERDUE: label('Quá hạn', 'Overdue'),
      SUBMITTED_ON_TIME: label('Đã nộp đúng hạn', 'Submitted on time'),
      SUBMITTED_LATE: label('Đã nộp trễ hạn', 'Submitted late'),
    },
  },
  figures: {
    'WomensUnionAreaFigures.stocksAsOf': figure('Số tồn tính đến ngày', 'Stocks as of'),
    'WomensUnionAreaFigures.fiveNoThreeClean': figure(
      'Cuộc vận động "5 không 3 sạch"',
      '"5 no, 3 clean" campaign',
    ),
    'WomensUnionAreaFigures.savingsDay': figure(
      'Ngày tiết kiệm vì phụ nữ nghèo',
      'Savings day for poor women',
    ),
    'WomensUnionAreaFigures.savingsLoanGroups': figure('Tổ tiết kiệm và vay vốn', 'Savings-and-loan groups'),
    'WomensUnionAreaFigures.support': figure(
      'Hỗ trợ hội viên, hộ nghèo',
      'Support to members and poor households',
    ),
    'WomensUnionAreaFigures.membership': figure('Hội viên', 'Members'),
    'WomensUnionAreaFiveNoThreeClean.year': figure('Năm đăng ký', 'Pledge year'),
    'WomensUnionAreaFiveNoThreeClean.pledges': figure(
      'Số chi hội đăng ký',
      'Branches pledging',
      UNITS.branches,
    ),
    'WomensUnionAreaFiveNoThreeClean.targetHouseholds': figure(
      'Số hộ đăng ký giúp đỡ (chỉ tiêu)',
      'Households to help (target)',
      H,
    ),
    'WomensUnionAreaFiveNoThreeClean.householdsPledged': figure(
      'Số hộ có tên trong danh sách đăng ký',
      'Households named in pledges',
      H,
    ),
    'WomensUnionAreaFiveNoThreeClean.householdsReviewed': figure(
      'Số hộ đã được đánh giá',
      'Households reviewed',
      H,
    ),
    'WomensUnionAreaFiveNoThreeClean.householdsMeetingAllCriteria': figure(
      'Số hộ đạt đủ 8 tiêu chí',
      'Households meeting all 8 criteria',
      H,
    ),
    'WomensUnionAreaFiveNoThreeClean.householdsMeetingNoHungerOrPoverty': figure(
      'Số hộ đạt tiêu chí "không đói nghèo"',
      'Households meeting "no hunger or poverty"',
      H,
    ),
    'WomensUnionAreaFiveNoThreeClean.achievedPercent': figure(
      'Tỷ lệ đạt so với chỉ tiêu',
      'Achieved against target',
      UNITS.percent,
    ),
    'WomensUnionAreaSavingsDay.collectedAmount': figure('Số tiền tiết kiệm trong kỳ', 'Saved in the period'),
    'WomensUnionAreaSavingsDay.contributions': figure('Số lượt đóng góp', 'Contributions', UNITS.times),
    'WomensUnionAreaSavingsDay.contributingMembers': figure(
      'Số hội viên đóng góp',
      'Members contributing',
      P,
    ),
    'WomensUnionAreaSavingsDay.yearToDateAmount': figure('Lũy kế từ đầu năm', 'Year to date'),
    'WomensUnionAreaSavingsDay.targetAmount': figure('Chỉ tiêu năm', 'Yearly target'),
    'WomensUnionAreaSavingsDay.achievedPercent': figure(
      'Tỷ lệ đạt so với chỉ tiêu',
      'Achieved against target',
      UNITS.percent,
    ),
    'WomensUnionAreaSavingsLoanGroups.groups': figure('Số tổ đang hoạt động', 'Active groups', UNITS.groups),
    'WomensUnionAreaSavingsLoanGroups.groupsFormed': figure(
      'Số tổ thành lập trong kỳ',
      'Groups formed in the period',
      UNITS.groups,
    ),
    'WomensUnionAreaSavingsLoanGroups.members': figure('Số thành viên', 'Group members', P),
    'WomensUnionAreaSavingsLoanGroups.byLender': figure('Theo tổ chức cho vay', 'By lender'),
    'WomensUnionAreaLenderGroups.lender': figure('Tổ chức cho vay', 'Lender'),
    'WomensUnionAreaLenderGroups.groups': figure('Số tổ đang hoạt động', 'Active groups', UNITS.groups),
    'WomensUnionAreaLenderGroups.groupsFormed': figure(
      'Thành lập trong kỳ',
      'Formed in the period',
      UNITS.groups,
    ),
    'WomensUnionAreaLenderGroups.members': figure('Số thành viên', 'Group members', P),
    'WomensUnionAreaSupport.activities': figure('Số lượt hỗ trợ', 'Support given', UNITS.times),
    'WomensUnionAreaSupport.households': figure('Số hộ được hỗ trợ', 'Households supported', H),
    'WomensUnionAreaSupport.value': figure('Giá trị hỗ trợ', 'Value of support'),
    'WomensUnionAreaSupport.byKind': figure('Hỗ trợ theo hình thức', 'By kind'),
    'WomensUnionAreaSupportKind.kind': figure('Hình thức', 'Kind'),
    'WomensUnionAreaSupportKind.activities': figure('Số lượt', 'Times', UNITS.times),
    'WomensUnionAreaSupportKind.households': figure('Số hộ', 'Households', H),
    'WomensUnionAreaSupportKind.value': figure('Giá trị (đồng)', 'Value (VND)'),
    'WomensUnionAreaMembership.members': figure('Số hội viên', 'Members', P),
    'WomensUnionAreaMembership.joined': figure('Kết nạp trong kỳ', 'Joined in the period', P),
    'WomensUnionAreaMembership.left': figure('Ra khỏi hội trong kỳ', 'Left in the period', P),
  },
};
