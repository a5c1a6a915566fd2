import { Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * One row of a union's member list (Danh sách đoàn viên): one member. Every cell is text as the file gives it, so
 * that a wrong cell is reported with its row and column rather than refusing the whole request.
 */
@InputType({ description: 'One row of a union member list file.' })
export class UnionMemberListRowInput {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1).' })
  @Min(2, { message: 'row numbers start at 2 (row 1 is the header)' })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Số thẻ đoàn viên: 4–20 capital letters, digits or dashes.',
  })
  memberNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Họ và tên.' })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD: 12 digits; matched against the register.' })
  nationalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã công đoàn cơ sở: the code of the grassroots union, e.g. CDCS-75-0001.',
  })
  unionOrganisationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Nơi làm việc.' })
  workplace?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày vào công đoàn.' })
  joinedDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "From registerMatches when the row's national ID is in the register: person { id }.",
  })
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "From registerMatches when the row's national ID is in the register: household { id }.",
  })
  householdId?: string | null;
}

@InputType({ description: 'A union member list file, read row by row.' })
export class ImportUnionMemberListInput {
  @Field({ description: 'The name of the file the rows come from, for the report and the audit log.' })
  @Length(1, 200, { message: 'file name must be 1 to 200 characters' })
  fileName!: string;

  @Field(() => [UnionMemberListRowInput], { description: "The file's data rows, in order." })
  @ValidateNested({ each: true })
  rows!: UnionMemberListRowInput[];
}
