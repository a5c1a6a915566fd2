import type { OrganisationId, Role } from '@chung-tay/common';

/**
 * The lists organisations exchange as Excel files, and the columns each one has. Headings are matched without
 * case or diacritics; the graph's field name is accepted as a heading too. Columns not named here (such as
 * "STT", the row count officers add) are ignored and listed in the report.
 */
export interface ImportColumn {
  field: string;
  /** The heading in the organisation's own template first, then other spellings seen in practice. */
  headings: string[];
  required?: boolean;
  /** A 12-digit national ID: a number cell has lost its leading zeros, which are put back. */
  nationalId?: boolean;
}

export interface ImportKind {
  /** In the endpoint's path: POST /imports/<name>. */
  name: string;
  description: string;
  /** The owning subgraph's mutation, which checks every row and writes all or nothing. */
  mutation: string;
  inputType: string;
  columns: ImportColumn[];
  /** Rows are linked to the register: the People's Committee's registerMatches gives personId and householdId. */
  linksToRegister: boolean;
  /**
   * Who may send the list: the owning organisation's writers, as its mutation requires. The gateway refuses
   * anyone else before reading a byte of the file; the subgraph checks again.
   */
  organisation: OrganisationId;
}

/** The roles that change records in every subgraph (each subgraph's assert…Writer). */
export const IMPORT_ROLES: readonly Role[] = ['officer', 'admin'];

const NATIONAL_ID: ImportColumn = {
  field: 'nationalId',
  headings: ['Số CCCD', 'CCCD', 'Số định danh cá nhân', 'Số CMND/CCCD'],
  nationalId: true,
};
const FULL_NAME: ImportColumn = { field: 'fullName', headings: ['Họ và tên', 'Họ tên'], required: true };

export const IMPORT_KINDS: ImportKind[] = [
  {
    name: 'households',
    description:
      "The People's Committee's household list: one row per member, the household code grouping them",
    mutation: 'importHouseholdList',
    inputType: 'ImportHouseholdListInput',
    linksToRegister: false,
    organisation: 'people-committee',
    columns: [
      { field: 'householdCode', headings: ['Mã hộ'], required: true },
      { field: 'unitCode', headings: ['Mã xã', 'Mã xã/phường', 'Mã đơn vị hành chính'], required: true },
      { field: 'address', headings: ['Địa chỉ'], required: true },
      { field: 'status', headings: ['Tình trạng', 'Phân loại hộ'], required: true },
      { field: 'statusSince', headings: ['Từ ngày'] },
      { field: 'poorCategory', headings: ['Nhóm', 'Nhóm A/B'] },
      { field: 'socialProtection', headings: ['Bảo trợ xã hội', 'BTXH'] },
      FULL_NAME,
      { field: 'birthDate', headings: ['Ngày sinh'], required: true },
      { field: 'sex', headings: ['Giới tính'], required: true },
      { field: 'relationToHead', headings: ['Quan hệ với chủ hộ', 'Quan hệ'], required: true },
      NATIONAL_ID,
      { field: 'ethnicity', headings: ['Dân tộc'] },
    ],
  },
  {
    name: 'union-members',
    description: "A union's member list; members whose national ID is in the register are linked to it",
    mutation: 'importUnionMemberList',
    inputType: 'ImportUnionMemberListInput',
    linksToRegister: true,
    organisation: 'labour-union',
    columns: [
      { field: 'memberNumber', headings: ['Số thẻ đoàn viên', 'Số thẻ'], required: true },
      FULL_NAME,
      NATIONAL_ID,
      { field: 'unionOrganisationCode', headings: ['Mã công đoàn cơ sở', 'Mã CĐCS'], required: true },
      { field: 'workplace', headings: ['Nơi làm việc', 'Đơn vị công tác'], required: true },
      { field: 'joinedDate', headings: ['Ngày vào công đoàn', 'Ngày gia nhập'], required: true },
    ],
  },
  {
    name: 'needs-list',
    description:
      "The Front's needs list: people of poor households under social protection needing a sponsor",
    mutation: 'importNeedsList',
    inputType: 'ImportNeedsListInput',
    linksToRegister: true,
    organisation: 'fatherland-front',
    columns: [
      { field: 'unitCode', headings: ['Mã xã', 'Mã xã/phường'], required: true },
      { field: 'listedOn', headings: ['Ngày nhận danh sách', 'Ngày nhận'], required: true },
      { field: 'sourceDocument', headings: ['Số văn bản', 'Văn bản'] },
      FULL_NAME,
      { field: 'birthYear', headings: ['Năm sinh'] },
      { ...NATIONAL_ID, required: true },
      { field: 'note', headings: ['Ghi chú'] },
    ],
  },
];

export const importKind = (name: string) => IMPORT_KINDS.find((k) => k.name === name);
