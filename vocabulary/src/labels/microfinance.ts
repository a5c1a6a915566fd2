import { figure, label, UNITS, type OrganisationLabels } from '../label';
import { HOUSEHOLD_STATUS_LABELS, POOR_CATEGORY_LABELS } from './people-committee';

const L = UNITS.loans;

export const MICROFINANCE_LABELS: OrganisationLabels = {
  enums: {
    LenderKind: {
      MICROFINANCE_INSTITUTION: label('Tổ chức tài chính vi mô', 'Microfinance institution'),
      POLICY_BANK: label('Ngân hàng Chính sách xã hội', 'Policy bank'),
    },
    LoanProductKind: {
      MICROCREDIT: label('Vi mô', 'Microcredit'),
      POOR_HOUSEHOLD: label('Cho vay hộ nghèo', 'Poor household'),
      NEAR_POOR_HOUSEHOLD: label('Cho vay hộ cận nghèo', 'Near-poor household'),
      ESCAPED_POVERTY_HOUSEHOLD: label('Cho vay hộ mới thoát nghèo', 'Escaped-poverty household'),
      JOB_CREATION: label('Cho vay giải quyết việc làm', 'Job creation'),
    },
    LoanInterestMethod: {
      FLAT: label('Lãi phẳng', 'Flat'),
      DECLINING_BALANCE: label('Dư nợ giảm dần', 'Declining balance'),
    },
    LoanRepaymentFrequency: {
      WEEKLY: label('Hằng tuần', 'Weekly'),
      MONTHLY: label('Hằng tháng', 'Monthly'),
    },
    LoanStatus: {
      APPLIED: label('Đã nộp hồ sơ', 'Applied'),
      APPROVED: label('Đã duyệt', 'Approved'),
      DISBURSED: label('Đang vay', 'Disbursed'),
      CLOSED: label('Đã tất toán', 'Closed'),
      WRITTEN_OFF: label('Đã xử lý rủi ro', 'Written off'),
    },
    LoanArrearsBucket: {
      CURRENT: label('Trong hạn', 'Current'),
      DPD_1_30: label('Quá hạn 1–30 ngày', '1–30 days late'),
      DPD_31_60: label('Quá hạn 31–60 ngày', '31–60 days late'),
      DPD_61_90: label('Quá hạn 61–90 ngày', '61–90 days late'),
      DPD_OVER_90: label('Quá hạn trên 90 ngày', 'Over 90 days late'),
    },
    CentreMeetingDay: {
      MONDAY: label('Thứ Hai', 'Monday'),
      TUESDAY: label('Thứ Ba', 'Tuesday'),
      WEDNESDAY: label('Thứ Tư', 'Wednesday'),
      THURSDAY: label('Thứ Năm', 'Thursday'),
      FRIDAY: label('Thứ Sáu', 'Friday'),
      SATURDAY: label('Thứ Bảy', 'Saturday'),
      SUNDAY: label('Chủ nhật', 'Sunday'),
    },
    BorrowerHouseholdStatus: HOUSEHOLD_STATUS_LABELS,
    BorrowerPoorCategory: POOR_CATEGORY_LABELS,
    BorrowerSavingsTransactionKind: {
      DEPOSIT: label('Gửi tiết kiệm', 'Deposit'),
      WITHDRAWAL: label('Rút tiết kiệm', 'Withdrawal'),
    },
  },
  figures: {
    'MicrofinanceAreaFigures.asOf': figure('Số dư tính đến ngày', 'Balances as of'),
    'MicrofinanceAreaFigures.disbursedLoans': figure('Số món vay giải ngân trong kỳ', 'Loans disbursed', L),
    'MicrofinanceAreaFigures.disbursedAmount': figure('Doanh số giải ngân', 'Amount disbursed'),
    'MicrofinanceAreaFigures.repaidLoans': figure(
      'Số món vay có thu nợ trong kỳ',
      'Loans with repayments',
      L,
    ),
    'MicrofinanceAreaFigures.repaidPrincipal': figure('Thu nợ gốc trong kỳ', 'Principal repaid'),
    'MicrofinanceAreaFigures.repaidInterest': figure('Thu lãi trong kỳ', 'Interest collected'),
    'MicrofinanceAreaFigures.writtenOffLoans': figure('Số món vay xử lý rủi ro', 'Loans written off', L),
    'MicrofinanceAreaFigures.writtenOffAmount': figure('Nợ gốc xử lý rủi ro', 'Principal written off'),
    'MicrofinanceAreaFigures.outstandingLoans': figure('Số món vay còn dư nợ', 'Loans outstanding', L),
    'MicrofinanceAreaFigures.outstandingBorrowers': figure(
      'Số khách hàng còn dư nợ',
      'Borrowers with outstanding loans',
      UNITS.people,
    ),
    'MicrofinanceAreaFigures.outstandingPrincipal': figure('Dư nợ', 'Outstanding principal'),
    'MicrofinanceAreaFigures.overdueLoans': figure('Số món vay có nợ quá hạn', 'Overdue loans', L),
    'MicrofinanceAreaFigures.overduePrincipal': figure('Nợ gốc quá hạn', 'Overdue principal'),
    'MicrofinanceAreaFigures.arrearsAmount': figure(
      'Nợ quá hạn (gốc và lãi)',
      'Arrears (principal and interest)',
    ),
    'MicrofinanceAreaFigures.par30Principal': figure(
      'Dư nợ có rủi ro trên 30 ngày (PAR30)',
      'Portfolio at risk over 30 days (PAR30)',
    ),
    'MicrofinanceAreaFigures.par30Percent': figure('Tỷ lệ PAR30', 'PAR30 rate', UNITS.percent),
    'MicrofinanceAreaFigures.buckets': figure('Dư nợ theo số ngày quá hạn', 'Outstanding by days past due'),
    'MicrofinanceAreaBucket.bucket': figure('Nhóm quá hạn', 'Bucket'),
    'MicrofinanceAreaBucket.loans': figure('Số món vay', 'Loans', L),
    'MicrofinanceAreaBucket.outstandingPrincipal': figure('Dư nợ (đồng)', 'Outstanding (VND)'),
  },
};
