import { figure, label, UNITS, type OrganisationLabels } from '../label';

const P = UNITS.people;
const ACTIVE = label('Đang thực hiện', 'Active');

export const FATHERLAND_FRONT_LABELS: OrganisationLabels = {
  enums: {
    FrontDonorKind: {
      INDIVIDUAL: label('Cá nhân', 'Individual'),
      ENTERPRISE: label('Doanh nghiệp', 'Enterprise'),
      AGENCY: label('Cơ quan, đơn vị', 'Agency'),
      UNION_ORGANISATION: label('Đoàn thể', 'Union or mass organisation'),
    },
    FrontDisbursementPurpose: {
      HOUSE: label('Hỗ trợ nhà ở', 'House'),
      GIFT: label('Tặng quà', 'Gift'),
      SPONSORSHIP_PAYMENT: label('Chi trả đỡ đầu', 'Sponsorship payment'),
      MEDICAL: label('Hỗ trợ khám chữa bệnh', 'Medical'),
      EDUCATION: label('Hỗ trợ học tập', 'Education'),
    },
    SolidarityHouseWork: {
      BUILD: label('Xây mới', 'New build'),
      REPAIR: label('Sửa chữa', 'Repair'),
    },
    SolidarityHouseStatus: {
      PLANNED: label('Đã duyệt, chưa khởi công', 'Planned'),
      UNDER_CONSTRUCTION: label('Đang xây dựng', 'Under construction'),
      COMPLETED: label('Đã bàn giao', 'Handed over'),
      CANCELLED: label('Đã hủy', 'Cancelled'),
    },
    SolidarityHouseFundingSource: {
      FRONT_FUND: label('Quỹ "Vì người nghèo"', 'For-the-Poor fund'),
      STATE_BUDGET: label('Ngân sách nhà nước', 'State budget'),
      ENTERPRISE: label('Doanh nghiệp', 'Enterprises'),
      UNION_ORGANISATION: label('Đoàn thể', 'Union organisations'),
      COMMUNITY: label('Cộng đồng, người thân, nhà hảo tâm', 'Community'),
      HOUSEHOLD: label('Hộ gia đình tự có', 'The household'),
      OTHER: label('Nguồn khác', 'Other'),
    },
    NeedsListRemovalReason: {
      ESCAPED_POVERTY: label('Đã thoát nghèo', 'Escaped poverty'),
      NO_LONGER_ELIGIBLE: label('Không còn thuộc diện', 'No longer eligible'),
      MOVED_AWAY: label('Chuyển đi nơi khác', 'Moved away'),
      DIED: label('Đã mất', 'Died'),
      OTHER: label('Lý do khác', 'Other'),
    },
    // Sponsors as Resolution 179/2019 (seed 004) lists them.
    FrontSponsorKind: {
      COMMUNE: label('Cấp xã', 'Commune'),
      DISTRICT_UNIT: label('Cơ quan, đơn vị cấp huyện', 'District unit'),
      PROVINCE_BODY: label('Cơ quan, đơn vị cấp tỉnh', 'Province body'),
      ENTERPRISE: label('Doanh nghiệp', 'Enterprise'),
      INDIVIDUAL: label('Cá nhân', 'Individual'),
      FAMILY: label('Gia đình', 'Family'),
      HOMETOWN_ASSOCIATION: label('Hội đồng hương', 'Hometown association'),
    },
    SponsorshipLevel: {
      COMMUNE: label('Cấp xã', 'Commune'),
      DISTRICT: label('Cấp huyện', 'District'),
      PROVINCE: label('Cấp tỉnh', 'Province'),
    },
    SponsorshipPaymentMethod: {
      CASH: label('Trao trực tiếp', 'Cash'),
      TRANSFER: label('Chuyển khoản', 'Bank transfer'),
    },
    SponsorshipPledgeStatus: {
      UPCOMING: label('Sắp thực hiện', 'Upcoming'),
      ACTIVE,
      ENDED: label('Đã kết thúc', 'Ended'),
    },
    SponsorshipCoverageRuleKind: {
      COMMUNE_SPONSORS_TWO: label('Mỗi xã đỡ đầu ít nhất 2 người', 'Each commune sponsors at least 2'),
      DISTRICT_UNIT_SPONSORS_ONE: label(
        'Đơn vị cấp huyện từ 10 cán bộ đỡ đầu ít nhất 1 người',
        'A district unit of 10 or more staff sponsors at least 1',
      ),
      SMALL_DISTRICT_UNITS_SHARE_ONE: label(
        'Hai đơn vị dưới 10 cán bộ cùng đỡ đầu 1 người',
        'Two units under 10 staff share 1',
      ),
      LOCAL_LEVELS_COVER_SEVENTY_PERCENT: label(
        'Cấp xã, huyện đỡ đầu ít nhất 70 %',
        'Commune and district levels cover at least 70 %',
      ),
    },
  },
  figures: {
    'FatherlandFrontAreaFigures.asOf': figure('Số tồn tính đến ngày', 'Stocks as of'),
    'FatherlandFrontAreaFigures.fund': figure('Quỹ "Vì người nghèo"', 'For-the-Poor fund'),
    'FatherlandFrontAreaFigures.houses': figure('Nhà Đại đoàn kết', 'Great-solidarity houses'),
    'FatherlandFrontAreaFigures.sponsorship': figure('Đỡ đầu hộ nghèo', 'Sponsorship'),
    'FatherlandFrontAreaFigures.coverage': figure('Bao phủ đỡ đầu', 'Sponsorship coverage'),
    'FatherlandFrontAreaFund.openingBalance': figure('Số dư đầu kỳ', 'Opening balance'),
    'FatherlandFrontAreaFund.donations': figure('Tiền ủng hộ trong kỳ', 'Donations in the period'),
    'FatherlandFrontAreaFund.donationCount': figure('Số lượt ủng hộ', 'Donations', UNITS.times),
    'FatherlandFrontAreaFund.disbursements': figure('Tiền chi hỗ trợ trong kỳ', 'Paid out in the period'),
    'FatherlandFrontAreaFund.disbursementCount': figure('Số lượt chi', 'Payments', UNITS.times),
    'FatherlandFrontAreaFund.householdsSupported': figure(
      'Số hộ được hỗ trợ',
      'Households supported',
      UNITS.households,
    ),
    'FatherlandFrontAreaFund.closingBalance': figure('Số dư cuối kỳ', 'Closing balance'),
    'FatherlandFrontAreaHouses.approved': figure(
      'Nhà được duyệt trong kỳ',
      'Approved in the period',
      UNITS.houses,
    ),
    'FatherlandFrontAreaHouses.built': figure('Nhà xây mới bàn giao', 'New houses handed over', UNITS.houses),
    'FatherlandFrontAreaHouses.repaired': figure(
      'Nhà sửa chữa bàn giao',
      'Repairs handed over',
      UNITS.houses,
    ),
    'FatherlandFrontAreaHouses.completedValue': figure('Giá trị nhà đã bàn giao', 'Value handed over'),
    'FatherlandFrontAreaHouses.inProgress': figure('Nhà đang thực hiện', 'In progress', UNITS.houses),
    'FatherlandFrontAreaSponsorship.peopleInNeed': figure('Số người cần đỡ đầu', 'People in need', P),
    'FatherlandFrontAreaSponsorship.pledgesSigned': figure(
      'Cam kết đỡ đầu ký trong kỳ',
      'Pledges signed in the period',
      UNITS.pledges,
    ),
    'FatherlandFrontAreaSponsorship.activePledges': figure(
      'Cam kết đang thực hiện',
      'Active pledges',
      UNITS.pledges,
    ),
    'FatherlandFrontAreaSponsorship.pledgedPerMonth': figure(
      'Số tiền cam kết mỗi tháng',
      'Pledged per month',
    ),
    'FatherlandFrontAreaSponsorship.paid': figure('Số tiền đã trao trong kỳ', 'Paid in the period'),
    'FatherlandFrontAreaSponsorship.paymentCount': figure('Số lượt trao', 'Payments', UNITS.times),
    'FatherlandFrontAreaSponsorship.arrears': figure('Số tiền chậm trao', 'Arrears'),
    'FatherlandFrontAreaSponsorship.pledgesInArrears': figure(
      'Cam kết chậm trao',
      'Pledges in arrears',
      UNITS.pledges,
    ),
    'FatherlandFrontAreaCoverage.coveredLocally': figure(
      'Được cấp xã, huyện đỡ đầu',
      'Sponsored by commune or district',
      P,
    ),
    'FatherlandFrontAreaCoverage.coveredByProvinceOnly': figure(
      'Chỉ được cấp tỉnh đỡ đầu',
      'Sponsored by the province only',
      P,
    ),
    'FatherlandFrontAreaCoverage.notCovered': figure('Chưa được đỡ đầu', 'Not sponsored', P),
    'FatherlandFrontAreaCoverage.provinceList': figure(
      'Danh sách chuyển cấp tỉnh',
      'On the province list',
      P,
    ),
    'FatherlandFrontAreaCoverage.localSharePercent': figure(
      'Tỷ lệ được cấp cơ sở đỡ đầu',
      'Share sponsored locally',
      UNITS.percent,
    ),
    'FatherlandFrontAreaCoverage.communesChecked': figure(
      'Số xã có người cần đỡ đầu',
      'Communes with people in need',
      UNITS.communes,
    ),
    'FatherlandFrontAreaCoverage.communesMeetingSeventyPercent': figure(
      'Số xã đạt tỷ lệ 70 %',
      'Communes meeting 70 %',
      UNITS.communes,
    ),
    'FatherlandFrontAreaCoverage.seventyPercentRuleMet': figure('Đạt quy định 70 %', '70 % rule met'),
    'FatherlandFrontAreaCoverage.communesSponsoringTwo': figure(
      'Số xã đỡ đầu từ 2 người trở lên',
      'Communes sponsoring 2 or more',
      UNITS.communes,
    ),
    'FatherlandFrontAreaCoverage.districtUnitsChecked': figure(
      'Số đơn vị cấp huyện',
      'District units',
      UNITS.units,
    ),
    'FatherlandFrontAreaCoverage.districtUnitsMeetingRule': figure(
      'Số đơn vị cấp huyện đạt quy định',
      'District units meeting the rule',
      UNITS.units,
    ),
    'FatherlandFrontAreaCoverage.allRulesMet': figure(
      'Đạt tất cả quy định bao phủ',
      'All coverage rules met',
    ),
  },
};
