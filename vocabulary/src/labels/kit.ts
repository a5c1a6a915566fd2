import { figure, label, type OrganisationLabels } from '../label';
import { REPORT_SECTION_IDS, REPORT_SECTIONS } from '../report-sections';

/** Labels of what the kit gives every subgraph: report completeness, report life cycle, the audit log. */
export const KIT_LABELS: OrganisationLabels = {
  enums: {
    ReportSection: Object.fromEntries(
      REPORT_SECTION_IDS.map((s) => [s, label(REPORT_SECTIONS[s].vi, REPORT_SECTIONS[s].en)]),
    ),
    ReportTimeliness: {
      ON_TIME: label('Đúng hạn', 'On time'),
      LATE: label('Trễ hạn', 'Late'),
      MISSING: label('Quá hạn chưa nộp', 'Missing'),
      NOT_YET_DUE: label('Chưa đến hạn', 'Not yet due'),
    },
    AreaReportStatus: {
      DRAFT: label('Bản nháp', 'Draft'),
      SUBMITTED: label('Đã nộp, chờ duyệt', 'Submitted, awaiting review'),
      ACCEPTED: label('Đã chấp nhận', 'Accepted'),
      RETURNED: label('Bị trả lại', 'Returned'),
    },
    AreaReportDecision: {
      ACCEPT: label('Chấp nhận', 'Accept'),
      RETURN: label('Trả lại', 'Return'),
    },
    AuditKind: {
      READ_SENSITIVE: label('Xem dữ liệu cá nhân', 'Read of personal data'),
      WRITE: label('Thay đổi dữ liệu', 'Change'),
      WRITE_ATTEMPT: label('Thay đổi không thành công', 'Failed change'),
      SEARCH: label('Tìm kiếm dữ liệu cá nhân', 'Search over personal data'),
    },
  },
  figures: {
    'AreaReporting.expected': figure('Phải nộp', 'Expected'),
    'AreaReporting.submitted': figure('Đã nộp', 'Submitted'),
    'AreaReporting.onTime': figure('Đúng hạn', 'On time'),
    'AreaReporting.late': figure('Trễ hạn', 'Late'),
    'AreaReporting.missing': figure('Quá hạn chưa nộp', 'Missing'),
    'AreaReporting.notYetDue': figure('Chưa đến hạn', 'Not yet due'),
    'AreaReporting.accepted': figure('Đã được chấp nhận', 'Accepted'),
    'AreaReporting.returned': figure('Bị trả lại', 'Returned'),
    'ExpectedReportStatus.section': figure('Phần báo cáo', 'Section'),
    'ExpectedReportStatus.unitCode': figure('Mã đơn vị', 'Unit code'),
    'ExpectedReportStatus.period': figure('Kỳ báo cáo', 'Period'),
    'ExpectedReportStatus.dueOn': figure('Hạn nộp', 'Due on'),
    'ExpectedReportStatus.timeliness': figure('Tình trạng nộp', 'Timeliness'),
    'ExpectedReportStatus.submittedOn': figure('Ngày nộp', 'Submitted on'),
    'ExpectedReportStatus.status': figure('Trạng thái', 'Status'),
    'ExpectedReportStatus.version': figure('Phiên bản', 'Version'),
  },
};
