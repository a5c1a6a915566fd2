import { Length, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/**
 * One row of a household list (the People's Committee's Excel list): one member, with the household's columns.
 * Every cell is text as the file gives it, so that a wrong cell is reported with its row and column rather than
 * refusing the whole request. Household columns may be left blank on all but one row of a household.
 */
@InputType({ description: 'One row of a household list file: a household and one of its members.' })
export class HouseholdListRowInput {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1).' })
  @Min(2, { message: 'row numbers start at 2 (row 1 is the header)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Mã hộ: groups the members of one household.' })
  householdCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Mã xã: 5-digit code of the commune or ward.' })
  unitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Tình trạng: Hộ nghèo, Hộ cận nghèo, … or POOR, …' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'Từ ngày: when the status took effect.' })
  statusSince?: string | null;

  @Field(() => String, { nullable: true, description: 'Nhóm: A or B (poor households only).' })
  poorCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Bảo trợ xã hội: Có / Không.' })
  socialProtection?: string | null;

  @Field(() => String, { nullable: true, description: 'Họ và tên.' })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày sinh.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Giới tính: Nam / Nữ.' })
  sex?: string | null;

  @Field(() => String, { nullable: true, description: 'Quan hệ với chủ hộ: Chủ hộ, Vợ, Chồng, Con, …' })
  relationToHead?: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD: 12 digits.' })
  nationalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Dân tộc.' })
  ethnicity?: string | null;
}

@InputType({ description: "A household list file (the People's Committee's Excel list), read row by row." })
export class ImportHouseholdListInput {
  @Field({ description: 'The name of the file the rows come from, for the report and the audit log.' })
  @Length(1, 200, { message: 'file name must be 1 to 200 characters' })
  fileName!: string;

  @Field(() => [HouseholdListRowInput], { description: "The file's data rows, in order." })
  @ValidateNested({ each: true })
  rows!: HouseholdListRowInput[];
}
