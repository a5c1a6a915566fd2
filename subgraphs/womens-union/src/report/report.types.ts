import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Period } from '@chung-tay/common';
import { FigureDisclosure, MoneyScalar } from '@chung-tay/common';
import { SavingsLoanGroupLender, WomensUnionChapterLevel, WomensUnionSupportKind } from '../enums';

@ObjectType({
  description:
    "A chapter's periodic report on sustainable poverty reduction (3, 6, 9 months and the year, cumulative from " +
    'January), computed from its records and those of the chapters below it.',
})
export class WomensUnionReport {
  @Field(() => ID, { description: '<chapter id>:<period code>' })
  id!: string;

  chapterId!: string;
  periodValue!: Period;
}

const WITHHELD = ' Null when withheld from another organisation (see disclosure).';
const DISCLOSURE = {
  nullable: true,
  description:
    "How these figures were protected for the reader: exact for the Women's Union's own people, under the " +
    'threshold rule for other organisations.',
};

@ObjectType({ description: '"5 không 3 sạch" in the report: pledges of the year as of the period\'s end.' })
export class WomensUnionReportFiveNoThreeClean {
  @Field(() => Int, { description: 'Pledges made by the chapter and the chapters below it.' })
  pledges!: number;
  @Field(() => Int, { description: 'Households pledged (the targets added up).' })
  targetHouseholds!: number;
  @Field(() => Int, { nullable: true, description: 'Households named on the pledges.' + WITHHELD })
  pledged!: number | null;
  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  reviewed!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Households whose latest review by the period end meets all 8 criteria.' + WITHHELD,
  })
  meetingAllCriteria!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Households whose latest review meets "không đói nghèo".' + WITHHELD,
  })
  meetingNoHungerOrPoverty!: number | null;
  @Field(() => Float, { nullable: true, description: 'Meeting all 8 as a percentage of the target.' })
  achievedPercent!: number | null;
  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}

@ObjectType({ description: '"Savings day for poor women" in the report: money given in the period.' })
export class WomensUnionReportSavingsDay {
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The chapter's target for the year's campaign(s), if it was given one.",
  })
  targetAmount!: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: WITHHELD.trim() })
  contributedAmount!: number | null;
  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  contributions!: number | null;
  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  contributingMembers!: number | null;
  @Field(() => Float, { nullable: true, description: 'Contributed as a percentage of the target.' })
  achievedPercent!: number | null;
  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}

@ObjectType({ description: 'Savings-and-loan groups of one lender in the report.' })
export class WomensUnionReportSavingsLoanGroups {
  @Field(() => SavingsLoanGroupLender, { description: 'The lender.' })
  lender!: SavingsLoanGroupLender;
  @Field(() => Int, { description: 'Groups formed and not dissolved at the period end.' })
  groups!: number;
  @Field(() => Int, { description: 'Groups formed in the period.' })
  formed!: number;
  @Field(() => Int, { nullable: true, description: 'Their members at the period end.' + WITHHELD })
  members!: number | null;
  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}

@ObjectType({ description: 'Support of one kind given in the period.' })
export class WomensUnionReportSupport {
  @Field(() => WomensUnionSupportKind, { description: 'The kind of support.' })
  kind!: WomensUnionSupportKind;
  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  activities!: number | null;
  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  households!: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: WITHHELD.trim() })
  value!: number | null;
  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}

@ObjectType({ description: 'Members in the report.' })
export class WomensUnionReportMembership {
  @Field(() => Int, { nullable: true, description: 'Members at the period end.' + WITHHELD })
  members!: number | null;
  @Field(() => Int, { nullable: true, description: 'Joined in the period.' + WITHHELD })
  joined!: number | null;
  @Field(() => Int, { nullable: true, description: 'Left in the period.' + WITHHELD })
  left!: number | null;
  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}

@InputType({ description: 'Which chapters to report on.' })
export class WomensUnionReportFilter {
  @Field({ nullable: true, description: 'Chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => WomensUnionChapterLevel, {
    defaultValue: WomensUnionChapterLevel.COMMUNE,
    description: 'Chapters of this level.',
  })
  level!: WomensUnionChapterLevel;
}
