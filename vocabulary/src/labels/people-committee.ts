import { figure, label, UNITS, type OrganisationLabels } from '../label';
import { ORGANISATION_NAMES } from '../organisations';

const H = UNITS.households;
const { POOR, NEAR_POOR } = {
  POOR: label('Hộ nghèo', 'Poor'),
  NEAR_POOR: label('Hộ cận nghèo', 'Near-poor'),
};

/**
 * The register's household statuses. "Hộ mới thoát nghèo" as Decision 24/2021 and the province's plan (seed 003)
 * name a household recognised as out of poverty, which keeps support for a while; other organisations' copies of
 * the status (the Women's Union's pledges, the lender's borrowers) use the same words.
 */
export const HOUSEHOLD_STATUS_LABELS = {
  POOR,
  NEAR_POOR,
  ESCAPED_POVERTY: label('Hộ mới thoát nghèo', 'Escaped poverty'),
  ESCAPED_NEAR_POVERTY: label('Hộ mới thoát cận nghèo', 'Escaped near-poverty'),
  NOT_POOR: label('Hộ không nghèo', 'Not poor'),
};

/** Đồng Nai's split of poor households (seed 003). */
export const POOR_CATEGORY_LABELS = {
  A: label('Nhóm A (có khả năng lao động)', 'Group A (able to work)'),
  B: label('Nhóm B (thuộc diện bảo trợ xã hội)', 'Group B (under social protection)'),
};

const organisationEnum = Object.fromEntries(
  Object.entries(ORGANISATION_NAMES).map(([id, name]) => [id.toUpperCase().replace(/-/g, '_'), name]),
);

export const PEOPLE_COMMITTEE_LABELS: OrganisationLabels = {
  enums: {
    HouseholdStatus: HOUSEHOLD_STATUS_LABELS,
    PoorCategory: POOR_CATEGORY_LABELS,
    Organisation: organisationEnum,
    UnitLevel: {
      PROVINCE: label('Cấp tỉnh', 'Province'),
      DISTRICT: label('Cấp huyện', 'District'),
      COMMUNE: label('Cấp xã', 'Commune'),
    },
    UnitKind: {
      CENTRAL_CITY: label('Thành phố trực thuộc trung ương', 'Centrally governed city'),
      PROVINCE: label('Tỉnh', 'Province'),
      DISTRICT: label('Quận, huyện, thị xã', 'District'),
      WARD: label('Phường', 'Ward'),
      COMMUNE: label('Xã', 'Commune'),
      SPECIAL_ZONE: label('Đặc khu', 'Special zone'),
    },
    AreaType: { URBAN: label('Thành thị', 'Urban'), RURAL: label('Nông thôn', 'Rural') },
    Sex: { MALE: label('Nam', 'Male'), FEMALE: label('Nữ', 'Female') },
    RelationToHead: {
      HEAD: label('Chủ hộ', 'Head'),
      SPOUSE: label('Vợ/chồng', 'Spouse'),
      CHILD: label('Con', 'Child'),
      PARENT: label('Bố/mẹ', 'Parent'),
      GRANDCHILD: label('Cháu', 'Grandchild'),
      GRANDPARENT: label('Ông/bà', 'Grandparent'),
      SIBLING: label('Anh/chị/em', 'Sibling'),
      CHILD_IN_LAW: label('Con dâu/con rể', 'Child-in-law'),
      OTHER: label('Khác', 'Other'),
    },
    ReviewKind: {
      PERIODIC: label('Rà soát định kỳ', 'Periodic review'),
      AD_HOC: label('Rà soát thường xuyên', 'Ad-hoc review'),
    },
    Classification: {
      POOR: label('Nghèo', 'Poor'),
      NEAR_POOR: label('Cận nghèo', 'Near-poor'),
      MIDDLE_INCOME: label('Có mức sống trung bình', 'Middle income'),
      ABOVE_MIDDLE_INCOME: label('Trên mức sống trung bình', 'Above middle income'),
    },
    StatusChangeReason: {
      REGISTRATION: label('Đăng ký vào sổ', 'Registration'),
      PERIODIC_REVIEW: label('Rà soát định kỳ', 'Periodic review'),
      AD_HOC_REVIEW: label('Rà soát thường xuyên', 'Ad-hoc review'),
    },
    // The indicators as Decree 07/2021 (and Decree 351/2025 for waste treatment) name them.
    DeprivationIndicator: {
      EMPLOYMENT: label('Việc làm', 'Employment'),
      DEPENDANTS: label('Người phụ thuộc trong hộ gia đình', 'Dependants'),
      CHILD_NUTRITION: label('Dinh dưỡng', 'Child nutrition'),
      HEALTH_INSURANCE: label('Bảo hiểm y tế', 'Health insurance'),
      ADULT_EDUCATION: label('Trình độ giáo dục của người lớn', 'Adult education'),
      CHILD_SCHOOL_ATTENDANCE: label('Tình trạng đi học của trẻ em', 'Child school attendance'),
      HOUSING_QUALITY: label('Chất lượng nhà ở', 'Housing quality'),
      HOUSING_AREA: label('Diện tích nhà ở bình quân đầu người', 'Housing area per person'),
      CLEAN_WATER: label('Nguồn nước sinh hoạt', 'Clean water'),
      HYGIENIC_LATRINE: label('Nhà tiêu hợp vệ sinh', 'Hygienic latrine'),
      TELECOM_USE: label('Sử dụng dịch vụ viễn thông', 'Telecom use'),
      INFORMATION_ACCESS: label('Phương tiện phục vụ tiếp cận thông tin', 'Means of getting information'),
      WASTE_TREATMENT: label('Thu gom, xử lý rác thải', 'Waste treatment'),
    },
    ProgrammeKind: {
      NATIONAL_TARGET_PROGRAMME_PROJECT: label(
        'Dự án Chương trình MTQG',
        'National target programme project',
      ),
      HEALTH_INSURANCE: label('Bảo hiểm y tế', 'Health insurance'),
      TUITION: label('Miễn, giảm học phí', 'Tuition'),
      ELECTRICITY: label('Hỗ trợ tiền điện', 'Electricity'),
      VOCATIONAL_TRAINING: label('Đào tạo nghề', 'Vocational training'),
      LIVELIHOOD_MODEL: label('Mô hình sinh kế', 'Livelihood model'),
      HOUSING: label('Hỗ trợ nhà ở', 'Housing'),
      CREDIT: label('Tín dụng ưu đãi', 'Preferential credit'),
      OTHER: label('Hỗ trợ khác', 'Other'),
    },
    TargetMetric: {
      POOR_HOUSEHOLD_REDUCTION: label('Giảm tỷ lệ hộ nghèo', 'Reduce poor households'),
      POOR_A_HOUSEHOLD_REDUCTION: label('Giảm hộ nghèo nhóm A', 'Reduce poor households (A)'),
      NEAR_POOR_HOUSEHOLD_REDUCTION: label('Giảm tỷ lệ hộ cận nghèo', 'Reduce near-poor households'),
      HEALTH_INSURANCE_COVERAGE: label('Tỷ lệ tham gia bảo hiểm y tế', 'Health-insurance coverage'),
    },
    ReportSchedule: {
      MONTHLY: label('Hằng tháng', 'Monthly'),
      QUARTERLY: label('Hằng quý', 'Quarterly'),
      CUMULATIVE: label('3, 6, 9 tháng và năm', '3, 6, 9 months and the year'),
      YEARLY: label('Hằng năm', 'Yearly'),
    },
  },
  figures: {
    'PeopleCommitteeAreaFigures.householdsAtStart': figure('Hộ đầu kỳ', 'Households at the start'),
    'PeopleCommitteeAreaFigures.householdsAtEnd': figure('Hộ cuối kỳ', 'Households at the end'),
    'PeopleCommitteeAreaFigures.escaped': figure(
      'Số hộ thoát nghèo, thoát cận nghèo trong kỳ',
      'Households out of poverty or near-poverty in the period',
      H,
    ),
    'PeopleCommitteeAreaFigures.fellBack': figure(
      'Số hộ tái nghèo, tái cận nghèo',
      'Households back into poverty or near-poverty',
      H,
    ),
    'PeopleCommitteeAreaFigures.newlyPoorOrNearPoor': figure(
      'Số hộ nghèo, cận nghèo phát sinh',
      'Newly poor or near-poor households',
      H,
    ),
    'PeopleCommitteeAreaFigures.targets': figure(
      'Tiến độ thực hiện chỉ tiêu giảm nghèo',
      'Progress on targets',
    ),
    'PeopleCommitteeAreaFigures.benefits': figure('Chính sách hỗ trợ theo loại', 'Benefits by kind'),
    'PeopleCommitteeAreaFigures.benefitsGiven': figure('Tổng số lượt hỗ trợ', 'Benefits given', UNITS.times),
    'PeopleCommitteeAreaFigures.benefitsValue': figure('Tổng giá trị hỗ trợ', 'Value of benefits'),
    'PeopleCommitteeHouseholdCounts.asOf': figure('Tính đến ngày', 'As of'),
    'PeopleCommitteeHouseholdCounts.poor': figure('Hộ nghèo', 'Poor', H),
    'PeopleCommitteeHouseholdCounts.poorA': figure('Hộ nghèo nhóm A', 'Poor, group A', H),
    'PeopleCommitteeHouseholdCounts.poorB': figure('Hộ nghèo nhóm B', 'Poor, group B', H),
    'PeopleCommitteeHouseholdCounts.nearPoor': figure('Hộ cận nghèo', 'Near-poor', H),
    'PeopleCommitteeHouseholdCounts.escapedPoverty': figure('Hộ đã thoát nghèo', 'Escaped poverty', H),
    'PeopleCommitteeHouseholdCounts.escapedNearPoverty': figure(
      'Hộ đã thoát cận nghèo',
      'Escaped near-poverty',
      H,
    ),
    'PeopleCommitteeTargetProgress.metric': figure('Chỉ tiêu', 'Target'),
    'PeopleCommitteeTargetProgress.targetPercent': figure('Kế hoạch (%)', 'Planned (%)', UNITS.percent),
    'PeopleCommitteeTargetProgress.baseline': figure('Số đầu năm', 'Baseline'),
    'PeopleCommitteeTargetProgress.current': figure('Số hiện tại', 'Now'),
    'PeopleCommitteeTargetProgress.achievedPercent': figure('Thực hiện (%)', 'Achieved (%)', UNITS.percent),
    'PeopleCommitteeTargetProgress.met': figure('Đạt', 'Met'),
    'PeopleCommitteeBenefitFigures.kind': figure('Loại hỗ trợ', 'Kind of support'),
    'PeopleCommitteeBenefitFigures.benefits': figure('Số lượt', 'Times given', UNITS.times),
    'PeopleCommitteeBenefitFigures.households': figure('Số hộ', 'Households', H),
    'PeopleCommitteeBenefitFigures.value': figure('Giá trị (đồng)', 'Value (VND)'),
  },
};
