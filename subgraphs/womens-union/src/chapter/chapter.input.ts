import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { DateScalar } from '@chung-tay/common';
import { WomensUnionChapterLevel } from '../enums';

@InputType({ description: "A new chapter of the Women's Union." })
export class CreateWomensUnionChapterInput {
  @Field(() => WomensUnionChapterLevel, {
    description: 'Province, district or commune union, or a branch (chi/tổ hội).',
  })
  level!: WomensUnionChapterLevel;

  @Field({ description: 'e.g. Hội Liên hiệp Phụ nữ xã Bù Gia Mập, Chi hội ấp 3.' })
  @Length(3, 200, { message: 'name must be 3 to 200 characters' })
  name!: string;

  @Field({
    nullable: true,
    description:
      "Unit code: the province for a province union, the commune or ward for a commune chapter; a branch takes its commune chapter's unit. A district union takes its district, or (districts were abolished on 1 Jul 2025) its province.",
  })
  @IsOptional()
  @Matches(/^\d{2}(\d{1,3})?$/, { message: 'unit code must be 2, 3 or 5 digits' })
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: 'The chapter above; none for a province union.' })
  @IsOptional()
  parentId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the chapter was formed, if known.' })
  @IsOptional()
  formedOn?: string;
}

@InputType({ description: 'Which chapters to list. Every condition given must hold.' })
export class WomensUnionChapterFilter {
  @Field({ nullable: true, description: 'Chapters on this unit and on every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => WomensUnionChapterLevel, { nullable: true, description: 'Only these levels.' })
  @IsOptional()
  level?: WomensUnionChapterLevel;

  @Field(() => ID, { nullable: true, description: 'Chapters directly under this one.' })
  @IsOptional()
  parentId?: string;
}
