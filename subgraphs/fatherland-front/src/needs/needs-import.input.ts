import { IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * One row of a needs list (the People's Committee's Excel list for a commune): one person. Every cell is text as
 * the file gives it, so that a wrong cell is reported with its row and column rather than refusing the whole
 * request. The register ids are not the file's: the gateway looks the national ID up (registerMatches).
 */
@InputType({ description: 'One row of a needs list file: a person in need and their household.' })
export class NeedsListRowInput {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1).' })
  @Min(2, { message: 'row numbers start at 2 (row 1 is the header)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Mã xã: 5-digit code of the commune or ward.' })
  unitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày nhận: day the list was received.' })
  listedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Văn bản: the document that sent it, e.g. 125/UBND-VX.',
  })
  sourceDocument?: string | null;

  @Field(() => String, { nullable: true, description: 'Họ và tên.' })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Năm sinh.' })
  birthYear?: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD: 12 digits.' })
  nationalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú.' })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The register's person with this national ID, when within the caller's units (from registerMatches); " +
      'null when the register has no such person there.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'person id must be a UUID' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "That person's household (from registerMatches)." })
  @IsOptional()
  @IsUUID('all', { message: 'household id must be a UUID' })
  householdId?: string | null;
}

@InputType({ description: 'A needs list file, read row by row.' })
export class ImportNeedsListInput {
  @Field({ description: 'The name of the file the rows come from, for the report and the audit log.' })
  @Length(1, 200, { message: 'file name must be 1 to 200 characters' })
  fileName!: string;

  @Field(() => [NeedsListRowInput], { description: "The file's data rows, in order." })
  @ValidateNested({ each: true })
  rows!: NeedsListRowInput[];
}
